"""Light and dark palettes: the application QPalette and every theme's colours in one mode."""
from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette

from reader.core.codebook import Codebook
from reader.ui.colors import Scheme, readable_tint, scheme
from reader.ui.lazy_qt import Qt

# Opacity of a theme's tint under a passage: soft when all themes show, strong for the
# focused theme. readable_tint lowers them where a colour would hurt the contrast.
TINT_ALPHA = 0.26
FOCUS_ALPHA = 0.45


class ThemeColors:
    """Every colour the views need for one codebook in one mode (light or dark)."""

    def __init__(self, codebook: Codebook, dark: bool):
        self.dark = dark
        self.scheme: Scheme = scheme(dark)
        s = self.scheme
        self._line: dict[str, str] = {}
        self._tint: dict[str, str] = {}
        self._focus: dict[str, str] = {}
        for theme in codebook.themes:
            line = theme.color_dark if dark else theme.color
            self._line[theme.id] = line
            self._tint[theme.id] = readable_tint(line, s.base, s.text, TINT_ALPHA)
            self._focus[theme.id] = readable_tint(line, s.base, s.text, FOCUS_ALPHA)

    def theme_ids(self) -> list[str]:
        """The codebook's theme ids, in its order."""
        return list(self._line)

    def line(self, theme_id: str) -> QColor:
        """The theme's own colour in this mode: chips, stripes, underlines, bars."""
        return QColor(self._line.get(theme_id, "#888888"))

    def line_hex(self, theme_id: str) -> str:
        return self._line.get(theme_id, "#888888")

    def tint(self, theme_id: str) -> QColor:
        """Background of a passage of this theme when every theme shows."""
        return QColor(self._tint.get(theme_id, self.scheme.base))

    def focus_tint(self, theme_id: str) -> QColor:
        """Background of a passage of the focused theme."""
        return QColor(self._focus.get(theme_id, self.scheme.base))

    def color(self, name: str) -> QColor:
        """A named colour of the reading surface (base, text, muted, mention, ...)."""
        return QColor(getattr(self.scheme, name))


def solid_brush(color: QColor) -> QBrush:
    """A solid brush of `color`, made without QBrush's constructor: choosing among its
    overloads (or converting a QColor to a QBrush) makes PySide build its whole Qt namespace,
    ~40 ms, which the window's first paint does without."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, color)
    return palette.brush(QPalette.ColorRole.Text)


def system_prefers_dark() -> bool:
    """True when the desktop asks for a dark colour scheme (Qt >= 6.5 knows)."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def palette_looks_dark() -> bool:
    """The desktop's dark preference as its palette shows it: a quick first guess.

    Asking `system_prefers_dark` builds PySide's Qt namespace (~40 ms), so the window starts
    with this guess and checks the real scheme once the text is on screen; desktops in dark
    mode hand Qt a dark palette, so the two agree and nothing switches.
    """
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def application_palette(dark: bool) -> QPalette:
    """A complete QPalette for the chosen mode, so every widget follows the toggle."""
    s = scheme(dark)
    p = QPalette()
    if dark:
        window, button, text, alt = QColor("#25282d"), QColor("#2e3238"), QColor(s.text), "#23262b"
        highlight, disabled = QColor("#3d6fa8"), QColor("#6b7079")
    else:
        window, button, text, alt = QColor("#f1f0ec"), QColor("#f7f6f3"), QColor(s.text), "#f6f5f1"
        highlight, disabled = QColor("#3b78c2"), QColor("#a0a4aa")
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, QColor(s.base))
    p.setColor(QPalette.ColorRole.AlternateBase, QColor(alt))
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, button)
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor(s.base))
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor(s.muted))
    p.setColor(QPalette.ColorRole.Highlight, highlight)
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Link, highlight)
    p.setColor(QPalette.ColorRole.Mid, QColor("#3a3e45" if dark else "#d6d4ce"))
    p.setColor(QPalette.ColorRole.Midlight, QColor("#33373d" if dark else "#e4e2dc"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p
