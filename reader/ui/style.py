"""The application style sheet: quiet panels around the page, in light and dark."""
from __future__ import annotations

from reader.ui.colors import scheme


def style_sheet(dark: bool) -> str:
    s = scheme(dark)
    border = "#3a3e45" if dark else "#dcd9d2"
    error_bg, error_fg = ("#4a2326", "#ffd7d9") if dark else ("#fde8e8", "#8a1c22")
    warn_bg, warn_fg = ("#463b17", "#ffe9a8") if dark else ("#fff4d6", "#6b4e00")
    return f"""
    QLabel#panelTitle {{
        font-weight: 600; color: {s.muted}; padding: 4px 2px 0 2px;
        text-transform: uppercase; letter-spacing: 1px; font-size: 9pt;
    }}
    QLabel#focusLabel {{ font-weight: 600; }}
    QLabel#passageCounter {{ font-weight: 600; padding: 0 4px; }}
    QLabel#placeholder {{ color: {s.muted}; }}
    QWidget#leftPanel {{ background: {s.panel}; }}
    QTreeView, QListView {{ background: {s.panel}; }}
    QTabWidget::pane {{ border: none; }}
    QSplitter::handle {{ background: {border}; }}
    QSplitter::handle:horizontal {{ width: 1px; }}
    QToolBar {{ border: none; border-bottom: 1px solid {border}; spacing: 4px; padding: 2px 6px; }}
    QStatusBar {{ border-top: 1px solid {border}; }}
    QWidget#banner[kind="error"] {{ background: {error_bg}; }}
    QWidget#banner[kind="error"] QLabel {{ color: {error_fg}; }}
    QWidget#banner[kind="warning"] {{ background: {warn_bg}; }}
    QWidget#banner[kind="warning"] QLabel {{ color: {warn_fg}; }}
    FindBar {{ border-top: 1px solid {border}; }}
    """
