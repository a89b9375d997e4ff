"""AnnotatedView: the article view plus the user's own highlights, selection and context menu."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, Signal
from PySide6.QtGui import QPaintEvent, QTextCharFormat
from PySide6.QtWidgets import QMenu, QTextEdit, QWidget

from reader.ui.article_view import VISIBLE_SLACK, ArticleView, _span_cursor
from reader.ui.lazy_qt import Qt  # PySide's Qt namespace is built after the first paint
from reader.ui.palette import ThemeColors

if TYPE_CHECKING:  # uuid and datetime are not needed for the first paint
    # (nor the mouse events' Python classes, ~0.4 ms: PySide makes them when one arrives)
    from PySide6.QtGui import QContextMenuEvent, QMouseEvent

    from reader.core.annotations import Highlight

# The user's highlights are marked in the right margin (automatic passages use the left):
# one bar per highlight, overlapping ones side by side in lanes.
BAR_WIDTH, BAR_GAP, BAR_INSET = 4, 3, 10
NOTE_DOT = 7

MenuBuilder = Callable[[QMenu, int], None]


def assign_lanes(spans: Sequence[tuple[int, int]]) -> list[int]:
    """A lane per span (in the given text order) so that overlapping spans never share one."""
    lane_ends: list[int] = []
    lanes = []
    for start, end in spans:
        for n, last_end in enumerate(lane_ends):
            if last_end <= start:
                lane_ends[n] = end
                lanes.append(n)
                break
        else:
            lane_ends.append(end)
            lanes.append(len(lane_ends) - 1)
    return lanes


class AnnotatedView(ArticleView):
    """ArticleView that also draws the user's highlights and offers annotating actions.

    A user's highlight gets a strong tint of its theme and a bar in the right margin (a dot
    on it when it has a note); automatic passages keep their soft tint and left stripes, so
    the two are told apart at a glance. `menu_builder(menu, offset)` adds the annotating
    entries to the right-click menu.

    Signals:
        user_highlight_clicked(str): fires with a highlight's id when it is clicked (a
            click, not a drag that selects text).
    """

    user_highlight_clicked = Signal(str)

    # Class defaults: ArticleView.__init__ may already call the overrides below.
    _user: tuple[Highlight, ...] | list[Highlight] = ()
    _lanes: tuple[int, ...] | list[int] = ()
    menu_builder: MenuBuilder | None = None

    def __init__(self, colors: ThemeColors, parent: QWidget | None = None):
        super().__init__(colors, parent)
        self._user = []
        self._lanes = []

    # --- the user's highlights -----------------------------------------------------------
    def set_user_highlights(self, highlights: Sequence[Highlight]) -> None:
        """The article's highlights (orphans are skipped: they have no place in the text)."""
        length = len(self.article().text) if self.article() else 0
        placed = [h for h in highlights if not h.orphan and 0 <= h.start < h.end <= length]
        placed.sort(key=lambda h: (h.start, h.end))
        self._user = placed
        self._lanes = assign_lanes([(h.start, h.end) for h in placed])
        self._refresh(force=True)
        self.viewport().update()

    def update_user_highlight(self, h: Highlight) -> None:
        """A highlight whose note changed: repaint only if its note dot comes or goes."""
        for n, old in enumerate(self._user):
            if old.id == h.id:
                self._user[n] = h
                if bool(old.note.strip()) != bool(h.note.strip()):
                    self.viewport().update()
                return

    def user_highlights(self) -> list[Highlight]:
        return list(self._user)

    def highlights_at(self, offset: int) -> list[Highlight]:
        return [h for h in self._user if h.start <= offset < h.end]

    def _user_shown(self, h: Highlight) -> bool:
        focus = self.focus_theme()
        if focus is not None:
            return h.theme_id == focus
        return h.theme_id not in self._hidden

    def setExtraSelections(self, selections: Sequence[QTextEdit.ExtraSelection]) -> None:
        # ArticleView rebuilds its selections in _refresh and hands them here: the user's
        # highlights go on top, so they stay visible over the automatic tints.
        if self._user and self.article() is not None:
            selections = list(selections) + self._user_selections()
        super().setExtraSelections(selections)

    def _user_selections(self) -> list[QTextEdit.ExtraSelection]:
        lo, hi = self.visible_range()
        lo, hi = lo - VISIBLE_SLACK, hi + VISIBLE_SLACK
        doc = self.document()
        to_doc = self._map.to_doc
        out = []
        for h in self._user:
            if h.end < lo or h.start > hi or not self._user_shown(h):
                continue
            fmt = QTextCharFormat()
            fmt.setBackground(self._colors.focus_tint(h.theme_id))
            fmt.setForeground(self._colors.color("text"))
            out.append(self._selection(doc, to_doc(h.start), to_doc(h.end), fmt))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._user:
            self._paint_bars()

    def _paint_bars(self) -> None:
        from PySide6.QtGui import QPainter  # built on the first paint with highlights

        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        height = self.viewport().height()
        doc = self.document()
        first, last = self.visible_range()
        left = self.viewport().width() - self._margin + BAR_INSET
        # The user's highlights are few (tens): a scan costs less than keeping an index.
        for h, lane in zip(self._user, self._lanes, strict=True):
            if h.start > last:
                break
            if h.end < first or not self._user_shown(h):
                continue
            top = self.cursorRect(_span_cursor(doc, *(2 * [self._map.to_doc(h.start)])))
            bottom = self.cursorRect(_span_cursor(doc, *(2 * [self._map.to_doc(h.end)])))
            y0, y1 = max(0, top.top() + 1), min(height, bottom.bottom() - 1)
            if y1 <= y0:
                continue
            x = left + lane * (BAR_WIDTH + BAR_GAP)
            color = self._colors.line(h.theme_id)
            painter.fillRect(QRect(x, y0, BAR_WIDTH, y1 - y0), color)
            if h.note.strip():
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(color)
                painter.drawEllipse(QRect(x + BAR_WIDTH + 1, y0, NOTE_DOT, NOTE_DOT))
        painter.end()

    def tooltip_at(self, pos: QPoint) -> str:
        """The automatic themes' tooltip, with the user's highlights (and notes) first."""
        base = super().tooltip_at(pos)
        if self.article() is None:
            return base
        mine = [h for h in self.highlights_at(self.offset_at(pos)) if self._user_shown(h)]
        if not mine:
            return base
        import html  # not needed before the first paint (see ArticleView.tooltip_at)

        rows = []
        for h in mine:
            name = html.escape(self._theme_names.get(h.theme_id, h.theme_id), quote=False)
            note = html.escape(h.note if len(h.note) <= 300 else h.note[:299] + "…", quote=False)
            rows.append(f"<tr><td style='white-space:nowrap'>"
                        f"<span style='color:{self._colors.line_hex(h.theme_id)}'>▌"
                        f"</span> <b>Your highlight: {name}</b></td>"
                        f"<td>&nbsp;{note}</td></tr>")
        return "<table>" + "".join(rows) + "</table>" + base

    # --- selection and menu ---------------------------------------------------------------
    def selection_span(self) -> tuple[int, int] | None:
        """The selected article text as [start, end), trimmed of surrounding white space."""
        cursor = self.textCursor()
        if not cursor.hasSelection() or self.article() is None:
            return None
        text = self.article().text
        start = self._map.to_text(cursor.selectionStart())
        end = self._map.to_text(cursor.selectionEnd())
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None

    def select_span(self, start: int, end: int) -> None:
        """Select article offsets [start, end) as a mouse drag would (tests use it)."""
        self.setTextCursor(_span_cursor(self.document(), self._map.to_doc(start),
                                        self._map.to_doc(end)))

    def context_menu_at(self, pos: QPoint) -> QMenu:
        """The right-click menu for viewport point `pos` (Copy, then the annotating entries)."""
        menu = self.createStandardContextMenu(self.viewport().mapToGlobal(pos))
        if self.menu_builder is not None and self.article() is not None:
            self.menu_builder(menu, self.offset_at(pos))
        return menu

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        mine = [h for h in self.highlights_at(self.offset_at(event.position().toPoint()))
                if self._user_shown(h)]
        if mine:
            # The innermost (shortest) one when several overlap: the most specific mark.
            self.user_highlight_clicked.emit(min(mine, key=lambda h: h.end - h.start).id)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu_at(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()
