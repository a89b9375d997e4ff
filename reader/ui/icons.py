"""Toolbar and button icons (qtawesome, imported only when first needed) and the app icon."""
from __future__ import annotations

import os

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

# Every icon the window uses, by purpose; tests/ui/test_icons.py checks each one resolves.
ICON_NAMES: dict[str, str] = {
    "open": "mdi6.folder-open-outline",
    "recent": "mdi6.history",
    "export": "mdi6.file-export-outline",
    "zoom_in": "mdi6.magnify-plus-outline",
    "zoom_out": "mdi6.magnify-minus-outline",
    "zoom_reset": "mdi6.magnify-scan",
    "dark_mode": "mdi6.theme-light-dark",
    "find": "mdi6.magnify",
    "next": "mdi6.chevron-down",
    "previous": "mdi6.chevron-up",
    "close": "mdi6.close",
    "clear_focus": "mdi6.filter-remove-outline",
    "participants": "mdi6.account-group-outline",
    "commitments": "mdi6.handshake-outline",
    "quit": "mdi6.exit-to-app",
    "about": "mdi6.information-outline",
}
# Actions whose icon purpose differs from their key.
ACTION_ICONS = {"next_passage": "next", "previous_passage": "previous",
                "show_participants": "participants", "show_commitments": "commitments"}


def themed_icon(purpose: str, color: str) -> QIcon:
    """The icon for `purpose` drawn in `color` (the toolbar's text colour)."""
    # qtawesome reads QT_API at import; it costs ~0.2 s, so the window asks for icons
    # only after its first paint.
    os.environ.setdefault("QT_API", "pyside6")
    import qtawesome

    return qtawesome.icon(ICON_NAMES[purpose], color=color, color_disabled="#9a9ea5")


def app_icon() -> QIcon:
    """Parley's icon, drawn: a page with three coloured passage stripes (no file to ship)."""
    icon = QIcon()
    for size in (16, 32, 64, 128, 256):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        s = size / 64
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#2f3a4a"))
        p.drawRoundedRect(QRectF(6 * s, 4 * s, 52 * s, 56 * s), 8 * s, 8 * s)
        p.setBrush(QColor("#fcfbf8"))
        p.drawRoundedRect(QRectF(11 * s, 9 * s, 42 * s, 46 * s), 4 * s, 4 * s)
        for n, color in enumerate(("#d55e00", "#009e73", "#0072b2", "#e69f00")):
            p.setBrush(QColor(color))
            width = (34, 26, 30, 20)[n]
            p.drawRoundedRect(QRectF(15 * s, (15 + n * 10) * s, width * s, 5 * s), 2 * s, 2 * s)
        p.end()
        icon.addPixmap(pixmap)
    return icon
