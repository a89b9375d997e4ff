"""DocumentStrip: the article's sentences in one line, coloured by theme; click to go there."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from reader.core.analysis import Sentence
from reader.ui.palette import ThemeColors


class DocumentStrip(QWidget):
    """Where each theme sits in the text: x is the offset in the article.

    A sentence with several themes is split into horizontal bands, one per theme, so every
    theme of it shows. A frame marks the part of the text on screen.

    Signals:
        offset_clicked(int): fires when the strip is clicked, with the article offset there.
    """

    offset_clicked = Signal(int)

    def __init__(self, colors: ThemeColors, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName("Document strip")
        self.setToolTip("Where each theme sits in the article: click to go there")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._colors = colors
        self._sentences: list[Sentence] = []
        self._length = 1
        self._hidden: set[str] = set()
        self._focus: str | None = None
        self._visible = (0, 0)

    def sizeHint(self) -> QSize:
        return QSize(200, 22)

    def set_sentences(self, sentences: Sequence[Sentence], length: int) -> None:
        self._sentences = list(sentences)
        self._length = max(1, length)
        self.update()

    def set_colors(self, colors: ThemeColors) -> None:
        self._colors = colors
        self.update()

    def set_hidden_themes(self, hidden: set[str]) -> None:
        self._hidden = set(hidden)
        self.update()

    def set_focus_theme(self, theme_id: str | None) -> None:
        self._focus = theme_id
        self.update()

    def set_visible_range(self, start: int, end: int) -> None:
        self._visible = (start, end)
        self.update()

    def x_of(self, offset: int) -> float:
        """Widget x of an article offset."""
        return 1 + (self.width() - 2) * offset / self._length

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.fillRect(rect, self._colors.color("base"))
        top, height = 3.0, self.height() - 6.0
        neutral = QColor(self._colors.color("muted"))
        neutral.setAlpha(70)
        for s in self._sentences:
            x0, x1 = self.x_of(s.start), self.x_of(s.end)
            width = max(1.0, x1 - x0)
            themes = [t.id for t in s.themes if t.id not in self._hidden]
            if self._focus is not None:
                themes = [self._focus] if self._focus in s.theme_ids else []
            if not themes:
                painter.fillRect(QRectF(x0, top + height * 0.4, width, height * 0.2), neutral)
                continue
            band = height / len(themes)
            for n, theme_id in enumerate(themes):
                painter.fillRect(QRectF(x0, top + n * band, width, band),
                                 self._colors.line(theme_id))
        start, end = self._visible
        if end > start:
            pen = QPen(self._colors.color("text"))
            pen.setWidthF(1.5)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            x0, x1 = self.x_of(start), self.x_of(end)
            painter.drawRoundedRect(QRectF(x0, 1, max(4.0, x1 - x0), self.height() - 2), 2, 2)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            x = event.position().x()
            offset = round((x - 1) / max(1, self.width() - 2) * self._length)
            self.offset_clicked.emit(max(0, min(self._length, offset)))
        super().mousePressEvent(event)
