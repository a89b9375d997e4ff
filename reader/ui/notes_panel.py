"""NotesPanel: the article's highlights with notes edited in place, and the article memo."""
from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Protocol

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reader.core.annotations import ORIGIN_AUTO, Highlight
from reader.core.commands import ChangeTheme, DeleteHighlight, EditNote, SetMemo
from reader.ui.undo import UndoHistory

QUOTE_CHARS = 280  # a long quote is cut in the card; the whole passage is in the text
NOTE_MAX_LINES = 8


class HighlightSource(Protocol):
    """What the panel reads from reader.store.Store."""

    def highlights(self, article_id: str) -> list[Highlight]: ...
    def get_memo(self, article_id: str) -> str: ...


def chip_style(color: str) -> str:
    """Style sheet for a theme chip: the theme colour with black or white text, readable."""
    r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    light = (0.299 * r + 0.587 * g + 0.114 * b) > 150
    return (f"background: {color}; color: {'#111111' if light else '#ffffff'};"
            " border-radius: 3px; padding: 1px 6px; font-weight: 600;")


def menu_text(text: str) -> str:
    """User text for a menu entry or button: '&' shown as itself, not as a shortcut mark."""
    return text.replace("&", "&&")


def rich_escaped(text: str) -> str:
    """User text for a tooltip (Qt guesses markup there): always shown as plain text."""
    return f"<p>{html.escape(text, quote=False)}</p>"


def short_quote(quote: str) -> str:
    quote = " ".join(quote.split())
    return quote if len(quote) <= QUOTE_CHARS else quote[:QUOTE_CHARS - 1].rstrip() + "…"


class NoteEdit(QPlainTextEdit):
    """A note editor that grows with its text (up to a few lines) instead of scrolling."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(self._fit)
        self._fit()

    def _fit(self) -> None:
        # Measured from the text and the width: the editor's own layout is lazy and may
        # not have wrapped the lines yet when a note is first shown.
        margin = int(self.document().documentMargin())
        width = max(40, self.viewport().width() - 2 * margin)
        metrics = self.fontMetrics()
        text = self.toPlainText() or " "
        flags = int(Qt.TextFlag.TextWordWrap)
        height = metrics.boundingRect(QRect(0, 0, width, 1_000_000), flags, text).height()
        lines = max(1, min(NOTE_MAX_LINES, round(height / metrics.lineSpacing())))
        frame = 2 * self.frameWidth()
        self.setFixedHeight(lines * metrics.lineSpacing() + 2 * margin + frame + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def sizeHint(self) -> QSize:
        return QSize(200, self.height())


class HighlightCard(QFrame):
    """One highlight: theme chip, quote (orphans marked), and its note edited in place.

    Signals:
        activated(int, int): fires when the quote is clicked, with the highlight's span.
        context_requested(str, QPoint): fires on right-click, with the id and global point.
    """

    activated = Signal(int, int)
    context_requested = Signal(str, QPoint)

    def __init__(self, highlight: Highlight, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("highlightCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.highlight = highlight
        self._shown: tuple[Highlight, str, str] | None = None
        self.chip = QLabel()
        self.chip.setTextFormat(Qt.TextFormat.PlainText)
        self.chip.setAccessibleName("Theme")
        self.origin = QLabel()
        self.origin.setObjectName("cardMeta")
        self.orphan_mark = QLabel("⚠ not found in the current text")
        self.orphan_mark.setObjectName("orphanMark")
        self.orphan_mark.setToolTip("The article changed and this passage could not be found "
                                    "again. It is kept with its quote; delete it if it is no "
                                    "longer wanted.")
        self.quote = QLabel()
        self.quote.setObjectName("cardQuote")
        self.quote.setTextFormat(Qt.TextFormat.PlainText)  # user and article text: never markup
        self.quote.setWordWrap(True)
        self.quote.setCursor(Qt.CursorShape.PointingHandCursor)
        self.quote.setAccessibleName("Quote")
        self.note = NoteEdit()
        self.note.setPlaceholderText("Add a note…")
        self.note.setAccessibleName("Note")
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.chip)
        top.addWidget(self.origin)
        top.addStretch(1)
        top.addWidget(self.orphan_mark)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.quote)
        layout.addWidget(self.note)
        self.quote.mousePressEvent = self._quote_pressed  # type: ignore[method-assign]

    def show_highlight(self, h: Highlight, name: str, color: str) -> None:
        """Show `h` (text set only when it differs, so an editor being typed in keeps its
        cursor)."""
        shown = (h, name, color)
        if shown == self._shown:
            return  # the panel refreshes on every keystroke: unchanged cards cost nothing
        self._shown = shown
        self.highlight = h
        self.chip.setText(name)
        self.chip.setStyleSheet(chip_style(color))
        self.origin.setText("automatic, annotated" if h.origin == ORIGIN_AUTO else "")
        self.orphan_mark.setVisible(h.orphan)
        self.quote.setText(f"“{short_quote(h.quote)}”")
        self.quote.setToolTip("" if h.orphan else "Click to show it in the text")
        if self.note.toPlainText() != h.note:
            self.note.blockSignals(True)
            self.note.setPlainText(h.note)
            self.note.blockSignals(False)

    def _quote_pressed(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self.highlight.orphan:
            self.activated.emit(self.highlight.start, self.highlight.end)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.context_requested.emit(self.highlight.id, event.globalPos())


class NotesPanel(QWidget):
    """Lists the open article's highlights (text order, orphans last) and its memo.

    Every edit is an undoable command pushed on `history`; the panel redraws from the
    store when `refresh()` is called (the window calls it after each change).

    Signals:
        highlight_activated(int, int): fires when a highlight's quote is clicked or "Show in
            text" is chosen, with its span in article offsets.
    """

    highlight_activated = Signal(int, int)

    def __init__(self, history: UndoHistory, store: HighlightSource,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName("Highlights and notes")
        # The card of the highlight last clicked in the text stands out.
        self.setStyleSheet('QFrame#highlightCard[current="true"]'
                           " { border: 2px solid palette(highlight); border-radius: 3px; }")
        self.history = history
        self.store = store
        self.article_id: str | None = None
        self._names: dict[str, str] = {}
        self._colors: dict[str, str] = {}
        self._theme_order: list[str] = []
        self._cards: dict[str, HighlightCard] = {}
        self._order: list[str] = []

        self.title = QLabel("Your highlights")
        self.title.setObjectName("panelTitle")
        self.title.setWordWrap(True)  # narrow windows: wrap, not widen the column
        self.placeholder = QLabel("Select text and press 1–9 (or right-click) to highlight it "
                                  "with a theme. Your notes go here.")
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setWordWrap(True)
        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(6, 4, 6, 4)
        self._list_layout.setSpacing(6)
        self._list_layout.addWidget(self.placeholder)
        self._list_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self._list)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        memo_title = QLabel("Article memo")
        memo_title.setObjectName("panelTitle")
        memo_title.setWordWrap(True)  # narrow windows: wrap, not widen the column
        self.memo = QPlainTextEdit()
        self.memo.setAccessibleName("Article memo")
        self.memo.setPlaceholderText("Free notes on the whole article…")
        self.memo.setTabChangesFocus(True)
        self.memo.setMaximumHeight(140)
        self.memo.textChanged.connect(self._memo_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 6)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(memo_title)
        layout.addWidget(self.memo)
        self.set_article(None)

    # --- what is shown --------------------------------------------------------------------
    def set_themes(self, names: Mapping[str, str], colors: Mapping[str, str]) -> None:
        """Theme id -> name and -> colour (the mode's line colour), in codebook order."""
        self._names = dict(names)
        self._colors = dict(colors)
        self._theme_order = list(names)
        if self.article_id is not None:
            self.refresh()

    def set_article(self, article_id: str | None) -> None:
        self.article_id = article_id
        self.memo.setEnabled(article_id is not None)
        self.refresh()

    def refresh(self) -> None:
        """Redraw highlights and memo from the store, keeping editors that did not change."""
        highlights = self.store.highlights(self.article_id) if self.article_id else []
        # Orphans last: they have no place in the text order.
        highlights.sort(key=lambda h: h.orphan)
        ids = [h.id for h in highlights]
        if ids != self._order:
            self._rebuild(highlights)
        for h in highlights:
            self._cards[h.id].show_highlight(h, self._names.get(h.theme_id, h.theme_id),
                                             self._colors.get(h.theme_id, "#888888"))
        orphans = sum(h.orphan for h in highlights)
        title = f"Your highlights ({len(highlights)})" if highlights else "Your highlights"
        self.title.setText(title + (f" · {orphans} not found" if orphans else ""))
        self.placeholder.setVisible(not highlights)
        memo = self.store.get_memo(self.article_id) if self.article_id else ""
        if self.memo.toPlainText() != memo:
            self.memo.blockSignals(True)
            self.memo.setPlainText(memo)
            self.memo.blockSignals(False)

    def _rebuild(self, highlights: list[Highlight]) -> None:
        old = self._cards
        self._cards = {}
        for h in highlights:
            card = old.pop(h.id, None)
            if card is None:
                card = HighlightCard(h)
                card.note.textChanged.connect(lambda c=card: self._note_changed(c))
                card.activated.connect(self.highlight_activated)
                card.context_requested.connect(self._context_menu)
            self._cards[h.id] = card
        for card in old.values():
            card.deleteLater()
        # Re-insert in order: cards first, then the placeholder and the stretch.
        for card in self._cards.values():
            self._list_layout.removeWidget(card)
        for n, h in enumerate(highlights):
            self._list_layout.insertWidget(n, self._cards[h.id])
        self._order = [h.id for h in highlights]

    def set_current(self, highlight_id: str | None) -> None:
        """Mark one card (the highlight clicked in the text) and scroll it into view."""
        for card_id, card in self._cards.items():
            current = card_id == highlight_id
            if card.property("current") != current:
                card.setProperty("current", current)
                card.style().unpolish(card)
                card.style().polish(card)
        if highlight_id in self._cards:
            self.scroll.ensureWidgetVisible(self._cards[highlight_id])

    def current(self) -> str | None:
        return next((i for i, c in self._cards.items() if c.property("current")), None)

    def card(self, highlight_id: str) -> HighlightCard:
        return self._cards[highlight_id]

    def cards(self) -> list[HighlightCard]:
        return [self._cards[i] for i in self._order]

    # --- edits -----------------------------------------------------------------------------
    def _note_changed(self, card: HighlightCard) -> None:
        # One command per keystroke; consecutive ones merge into one undo step.
        self.history.push(EditNote(card.highlight.id, card.note.toPlainText()))

    def _memo_changed(self) -> None:
        if self.article_id is not None:
            self.history.push(SetMemo(self.article_id, self.memo.toPlainText()))

    def context_menu(self, highlight_id: str) -> QMenu:
        """The card's menu: show in text, change theme, delete (tests trigger its actions)."""
        card = self._cards[highlight_id]
        h = card.highlight
        menu = QMenu(self)
        show = menu.addAction("Show in text")
        show.setEnabled(not h.orphan)
        show.triggered.connect(lambda: self.highlight_activated.emit(h.start, h.end))
        themes = menu.addMenu("Change theme")
        for theme_id in self._theme_order:
            action = themes.addAction(menu_text(self._names[theme_id]))
            action.setCheckable(True)
            action.setChecked(theme_id == h.theme_id)
            action.triggered.connect(
                lambda _c=False, t=theme_id: self.change_theme(h.id, t))
        menu.addSeparator()
        delete = menu.addAction("Delete highlight")
        delete.triggered.connect(lambda: self.delete(h.id))
        return menu

    def _context_menu(self, highlight_id: str, point: QPoint) -> None:
        self.context_menu(highlight_id).popup(point)

    def change_theme(self, highlight_id: str, theme_id: str) -> None:
        h = self._cards[highlight_id].highlight
        if theme_id != h.theme_id:
            self.history.push(ChangeTheme(highlight_id, theme_id))

    def delete(self, highlight_id: str) -> None:
        self.history.push(DeleteHighlight(self._cards[highlight_id].highlight))
