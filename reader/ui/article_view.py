"""ArticleView: the article text in a reading layout with theme, mention and find highlights."""
from __future__ import annotations

import time
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from reader.core.article import Article
from reader.ui.offsets import OffsetMap
from reader.ui.palette import ThemeColors, solid_brush

if TYPE_CHECKING:  # the analysis modules load after the first paint
    from PySide6.QtGui import QHelpEvent

    from reader.core.records import Analysis, Sentence

# A comfortable measure: about 72 characters per line, and never flush against the edge.
LINE_CHARS = 72
MIN_SIDE_MARGIN = 40
BASE_POINT_SIZE = 12.5
ZOOM_RANGE = (-5, 14)
# Highlights are built for the text on screen plus this many characters either side, so
# a focus change or a step to the next passage costs the same on 4 KB as on 10 MB.
VISIBLE_SLACK = 3000
FLASH_MS = 1100
# Above this many characters a re-layout is noticeable (0.1 s and more).
LARGE_DOCUMENT = 200_000
STRIPE_WIDTH, STRIPE_GAP = 3, 2
# A tooltip's list of matched words is broken into lines of about this many characters.
TOOLTIP_LINE_CHARS = 60
# How long the view keeps asking again (every 120 ms) for the visible range while Qt's hit
# test answers it inverted (see visible_range), and the characters it assumes a screen
# holds until it has measured one.
UNSETTLED_WAIT_S = 3.0
SCREEN_CHARS_GUESS = 4000
# How long a restored position waits for the scroll bar to reach it (see scroll_to_offset).
PENDING_SCROLL_S = 2.0
READING_FAMILIES = ["Charter", "Georgia", "Iowan Old Style", "Source Serif 4", "Noto Serif",
                    "Liberation Serif", "DejaVu Serif", "serif"]


def _span_cursor(doc: QTextDocument, start: int, end: int) -> QTextCursor:
    cursor = QTextCursor(doc)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor


class ArticleView(QTextEdit):
    """Shows one Article and draws what the analysis found on it.

    Overlapping themes stay visible: a passage's background takes its first shown theme's
    tint, every theme underlines its own matched words in its colour, and a stripe per
    theme runs in the left margin beside the passage.

    Signals:
        first_painted(): fires once per article, after the first paint that showed its text.
        highlights_painted(): fires after the first paint that followed `set_analysis`.
        visible_range_changed(int, int): fires when scrolling or resizing changes which
            article offsets [start, end) are on screen.
    """

    first_painted = Signal()
    highlights_painted = Signal()
    visible_range_changed = Signal(int, int)

    def __init__(self, colors: ThemeColors, parent: QWidget | None = None):
        super().__init__(parent)
        # Our own viewport widget, made in Python: the first viewport() call on the one
        # QTextEdit makes has PySide search every QWidget subclass for its type, building
        # ~70 classes' enums (about 15 ms) before the first paint. What QTextEdit sets on
        # its viewport is set here, and the rest (cursor, touch) in _finish_viewport.
        self._viewport = QWidget()
        self._viewport.setAutoFillBackground(True)
        self._viewport.setBackgroundRole(QPalette.ColorRole.Base)
        self._viewport.setMouseTracking(True)
        self.setViewport(self._viewport)
        self.setReadOnly(True)
        self.setAcceptDrops(False)  # files dropped on the text go to the window
        # Mouse selection only: no caret blinking in the text; keys scroll, like a browser.
        # (setReadOnly gives exactly Qt.TextSelectableByMouse; naming the flag here would
        # build PySide's whole Qt namespace, ~40 ms, before the first paint.)
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        self.setAccessibleName("Article text")
        self.setAccessibleDescription("The article, with theme passages highlighted")
        self._colors = colors
        self._theme_names: dict[str, str] = {}
        self._zoom = 0
        self._article: Article | None = None
        self._map = OffsetMap("")
        self._header_len = 0
        self._sentences: list[Sentence] = []
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._hidden: set[str] = set()
        self._focus: str | None = None
        self._current: tuple[int, int] | None = None
        self._mentions: list[tuple[int, int]] = []
        self._find: list[tuple[int, int]] = []
        self._find_current = -1
        self._flash: tuple[int, int] | None = None
        self._flash_timer = QTimer(self, singleShot=True, interval=FLASH_MS)
        self._flash_timer.timeout.connect(self._end_flash)
        self._painted_text = False
        self._painted_analysis = True
        self._last_range = (-1, -1)
        self._margin = MIN_SIDE_MARGIN
        self._visible_cache: tuple[tuple, tuple[int, int]] | None = None
        self._tooltips: _TooltipFilter | None = None  # made after the first paint
        self._resize_top: int | None = None  # the top line while a resize re-wraps the text
        self._resize_value: int | None = None  # the scroll value the last resize left
        # (offset, until when, the clamped scroll value it was left at)
        self._pending_scroll: tuple[int, float, int] | None = None
        self._follows_range = False
        self._settled_span = 0  # characters on screen, as last measured
        self._unsettled = False  # the last answer of visible_range was an estimate
        self._unsettled_until: float | None = None
        self._margin_timer = QTimer(self, singleShot=True, interval=120)
        self._margin_timer.timeout.connect(self._settle_margins)
        self.setDocument(self._new_document())
        self._apply_palette()

    # --- content ---------------------------------------------------------------------------
    def article(self) -> Article | None:
        return self._article

    def set_article(self, article: Article) -> None:
        """Show `article` (title, dates, source, then the body); forgets the old analysis."""
        self._article = article
        self._sentences, self._starts, self._ends = [], [], []
        self._current, self._mentions, self._find, self._flash = None, [], [], None
        self._painted_text = False
        doc = self._new_document()
        cursor = QTextCursor(doc)
        title_block = QTextBlockFormat()
        title_block.setBottomMargin(6)
        title_fmt = QTextCharFormat()
        title_fmt.setFontWeight(QFont.Weight.DemiBold)
        title_fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, 3)
        cursor.setBlockFormat(title_block)
        cursor.insertText(article.title, title_fmt)
        meta_block = QTextBlockFormat()
        meta_block.setBottomMargin(22)
        meta_fmt = QTextCharFormat()
        meta_fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
        meta_fmt.setForeground(solid_brush(self._colors.color("muted")))
        cursor.insertBlock(meta_block, meta_fmt)
        meta_start = cursor.position()
        cursor.insertText(self._meta_line(article) or "\u00a0")
        self._meta_range = (meta_start, cursor.position())
        body_block = QTextBlockFormat()
        body_block.setLineHeight(150, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        body_block.setBottomMargin(2)
        cursor.insertBlock(body_block, QTextCharFormat())
        self._header_len = cursor.position()
        # Offsets in Article.text are code points; the document counts UTF-16 units.
        self._map = OffsetMap(article.text, self._header_len)
        self._insert_body(cursor, article)
        self._update_margins(force=True, doc=doc)  # before the view lays the text out
        # No extra selections until the first paint (see _refresh); drop the old ones while
        # they still point into the old document.
        self.setExtraSelections([])
        self.setDocument(doc)
        self._last_range = (-1, -1)
        self._visible_cache = None
        self._unsettled_until = None  # a new article gets its own time to settle
        self._pending_scroll = None
        self._resize_top = self._resize_value = None

    def _insert_body(self, cursor: QTextCursor, article: Article) -> None:
        """The body text, with boilerplate in smaller italics (set apart from the statement).

        Formats are given while inserting into a document no view shows yet: formatting
        afterwards would re-lay out the text once per range.
        """
        body, boiler = QTextCharFormat(), QTextCharFormat()
        boiler.setFontItalic(True)
        boiler.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
        text, position = article.text, 0
        for start, end in article.boilerplate:
            if start > position:
                cursor.insertText(text[position:start], body)
            cursor.insertText(text[start:end], boiler)
            position = end
        if position < len(text):
            cursor.insertText(text[position:], body)

    @staticmethod
    def _meta_line(article: Article) -> str:
        parts = [article.date or article.meta.get("date", ""), article.place or "",
                 article.source or ""]
        meeting = article.meta.get("meeting_date")
        if meeting and meeting != article.date:
            parts.insert(1, f"meeting {meeting}")
        return "  ·  ".join(p for p in parts if p)

    def set_analysis(self, analysis: Analysis | None) -> None:
        """Draw the theme passages of `analysis` (None clears them)."""
        self._sentences = list(analysis.sentences) if analysis else []
        self._starts = [s.start for s in self._sentences]
        # Sentences are in text order and do not overlap, so ends are sorted as well.
        self._ends = [s.end for s in self._sentences]
        self._current = None
        self._painted_analysis = False
        self._refresh(force=True)
        # Qt repaints only where selections changed, which may be off screen: ask for a
        # full paint so highlights_painted is sure to follow (and the stripes are drawn).
        self.viewport().update()

    def sentences(self) -> list[Sentence]:
        return self._sentences

    # --- what is drawn -------------------------------------------------------------------------
    def set_colors(self, colors: ThemeColors) -> None:
        self._colors = colors
        self._apply_palette()
        if self._article is not None:
            meta = QTextCharFormat()
            meta.setForeground(colors.color("muted"))
            _span_cursor(self.document(), *self._meta_range).mergeCharFormat(meta)
        self._refresh(force=True)

    def set_hidden_themes(self, hidden: set[str]) -> None:
        self._hidden = set(hidden)
        self._refresh(force=True)

    def set_focus_theme(self, theme_id: str | None) -> None:
        """Make `theme_id` the focus (its passages strong, the rest dimmed); None for all."""
        self._focus = theme_id
        self._current = None
        self._refresh(force=True)

    def focus_theme(self) -> str | None:
        return self._focus

    def set_current_passage(self, span: tuple[int, int] | None) -> None:
        """Mark one passage of the focused theme (the one "2 / 7" points at)."""
        self._current = span
        self._refresh(force=True)

    def current_passage(self) -> tuple[int, int] | None:
        return self._current

    def set_mentions(self, spans: Sequence[Sequence[int]]) -> None:
        """Mark a participant's mentions (article offsets); empty to clear."""
        self._mentions = sorted((int(s), int(e)) for s, e in spans)
        self._refresh(force=True)

    def mentions(self) -> list[tuple[int, int]]:
        return list(self._mentions)

    def set_find_matches(self, spans: Sequence[tuple[int, int]], current: int) -> None:
        self._find = list(spans)
        self._find_current = current
        self._refresh(force=True)

    def flash(self, start: int, end: int) -> None:
        """Briefly mark [start, end), e.g. the commitment the reader just jumped to."""
        self._flash = (start, end)
        self._flash_timer.start()
        self._refresh(force=True)

    def flashing(self) -> tuple[int, int] | None:
        return self._flash

    def _end_flash(self) -> None:
        self._flash = None
        self._refresh(force=True)

    # --- zoom ------------------------------------------------------------------------------
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, steps: int) -> None:
        """Text size in steps of one point from the default, kept within ZOOM_RANGE."""
        top = self.top_offset()  # (a restored position still on its way counts)
        self._zoom = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], int(steps)))
        self._visible_cache = None
        self.document().setDefaultFont(self._reading_font())
        self._update_margins(force=True)
        self.scroll_to_offset(top)

    def _reading_font(self) -> QFont:
        font = QFont()
        font.setFamilies(READING_FAMILIES)
        font.setPointSizeF(BASE_POINT_SIZE + self._zoom)
        return font

    # --- positions and scrolling -------------------------------------------------------------
    def visible_range(self) -> tuple[int, int]:
        """Article offsets [start, end) of the text on screen."""
        if self._article is None:
            return (0, 0)
        vp = self.viewport().rect()
        # Asked several times per repaint; hit-testing the layout is the costly part.
        key = (self.verticalScrollBar().value(), vp.width(), vp.height(), self._zoom,
               self._margin, id(self.document()))
        if self._visible_cache is not None and self._visible_cache[0] == key:
            self._unsettled = False  # only settled answers are kept
            return self._visible_cache[1]
        first = self.cursorForPosition(QPoint(0, 0)).position()
        last = self.cursorForPosition(QPoint(vp.width(), vp.height())).position()
        start, end = self._map.to_text(first), self._map.to_text(last)
        if start <= end:
            self._unsettled = False
            self._settled_span = end - start
            self._visible_cache = (key, (start, end))
            return (start, end)
        # Qt's hit test put the top of the screen after its bottom: a layout still settling
        # after a resize or new margins (a start near the end of a 33,000-character text
        # was seen), or a text taller than its reach (10 MB in a narrow column). The bottom
        # answer holds; the start is estimated from it, and not kept (see _refresh).
        self._unsettled = True
        return (max(0, end - (self._settled_span or SCREEN_CHARS_GUESS)), end)

    def top_offset(self) -> int:
        """Article offset of the first text on screen (saved with the session); while a
        restored position is still on its way (see scroll_to_offset), that position."""
        target = self._pending_target()
        return target if target is not None else self.visible_range()[0]

    def _doc_y(self, offset: int) -> int:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_doc(offset))
        return self.cursorRect(cursor).top() + self.verticalScrollBar().value()

    def scroll_to_offset(self, offset: int) -> None:
        """Put article offset `offset` at the top of the view (restoring a position)."""
        if self._article is None:
            return
        offset = max(0, min(offset, len(self._article.text)))
        y = 0 if offset == 0 else self._doc_y(offset) - 4
        bar = self.verticalScrollBar()
        bar.setValue(y)
        self._resize_top = None  # a jump made now is where the reader is
        # On a long text the scroll bar learns the document's height a moment after the
        # layout does: a position restored in the middle of 1 MB was clamped to the first
        # screens. The rest of the way is gone when the range grows (see _on_range_changed)
        # if the layout reaches that far: on the last screen no value ever will.
        self._pending_scroll = None
        reach = int(self.document().size().height()) - self.viewport().height()
        if bar.value() < y <= reach:
            self._pending_scroll = (offset, time.monotonic() + PENDING_SCROLL_S, bar.value())
            if not self._follows_range:
                self._follows_range = True
                bar.rangeChanged.connect(self._on_range_changed)

    def _pending_target(self) -> int | None:
        """The offset a scroll still on its way is going to; None once it is done, late, or
        anything else moved the text."""
        pending = self._pending_scroll
        if pending is None:
            return None
        if time.monotonic() >= pending[1] or self.verticalScrollBar().value() != pending[2]:
            self._pending_scroll = None
            return None
        return pending[0]

    def _on_range_changed(self) -> None:
        target = self._pending_target()
        if target is not None:
            self.scroll_to_offset(target)

    def reveal(self, start: int, end: int) -> None:
        """Scroll [start, end) into view; a passage already on screen does not move."""
        if self._article is None:
            return
        self._pending_scroll = None  # the reader's jump wins over a position being restored
        self._resize_top = None
        bar = self.verticalScrollBar()
        top = self._doc_y(start)
        end_cursor = QTextCursor(self.document())
        end_cursor.setPosition(self._map.to_doc(end))
        bottom = self.cursorRect(end_cursor).bottom() + bar.value()
        height = self.viewport().height()
        if top >= bar.value() and bottom <= bar.value() + height:
            return
        # A third of the way down: the reader sees what leads up to the passage.
        bar.setValue(max(0, top - height // 3))

    def offset_at(self, pos: QPoint) -> int:
        """Article offset under a viewport point."""
        return self._map.to_text(self.cursorForPosition(pos).position())

    def sentence_at(self, offset: int) -> Sentence | None:
        n = bisect_right(self._starts, offset) - 1
        if n >= 0 and offset < self._ends[n]:
            return self._sentences[n]
        return None

    # --- drawing -------------------------------------------------------------------------------
    def _new_document(self) -> QTextDocument:
        doc = QTextDocument(self)
        doc.setUndoRedoEnabled(False)  # read-only text: the undo stack would only cost memory
        doc.setDefaultFont(self._reading_font())
        doc.setDocumentMargin(28)
        return doc

    def _apply_palette(self) -> None:
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Base, self._colors.color("base"))
        pal.setColor(QPalette.ColorRole.Text, self._colors.color("text"))
        self.setPalette(pal)
        self.viewport().setPalette(pal)

    def _update_margins(self, force: bool = False, doc: QTextDocument | None = None) -> None:
        """Centre a column of about LINE_CHARS characters; margins hold the theme stripes."""
        width = self.viewport().width()
        char = max(1, self.fontMetrics().averageCharWidth()
                   * (BASE_POINT_SIZE + self._zoom) / max(1, self.font().pointSizeF()))
        column = int(char * LINE_CHARS)
        margin = max(MIN_SIDE_MARGIN, (width - column) // 2)
        if margin == self._margin and not force:
            return
        self._margin = margin
        self._visible_cache = None
        frame = (doc or self.document()).rootFrame()
        fmt = frame.frameFormat()
        fmt.setLeftMargin(margin)
        fmt.setRightMargin(margin)
        fmt.setTopMargin(24)
        fmt.setBottomMargin(48)
        frame.setFrameFormat(fmt)

    def _settle_margins(self) -> None:
        moved = self._moved_since_resize()  # asked before new margins move the text
        self._update_margins()
        self._keep_reading_position(moved)
        self._refresh()

    def _on_scrolled(self) -> None:
        self._refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The text re-wraps to the new width, and the same scroll value then shows other
        # text (making a 1 MB article's window wider moved its top from character 515,873
        # to 954,818): the first line on screen is noted now and brought back after.
        if self._painted_text and self._resize_top is None:
            self._resize_top = self.top_offset()
        super().resizeEvent(event)
        if self.document().characterCount() > LARGE_DOCUMENT:
            # New margins re-lay out the whole text: on a long one, once the drag settles.
            # Whatever moves the text meanwhile (the wheel, a jump to a passage) wins.
            self._resize_value = self.verticalScrollBar().value()
            self._margin_timer.start()
        else:
            self._update_margins()
            self._keep_reading_position(moved=False)
        self._refresh()

    def _moved_since_resize(self) -> bool:
        return (self._resize_value is not None
                and self.verticalScrollBar().value() != self._resize_value)

    def _keep_reading_position(self, moved: bool) -> None:
        top, self._resize_top, self._resize_value = self._resize_top, None, None
        if top and not moved:
            self.scroll_to_offset(top)

    def _shown(self, sentence: Sentence) -> list[str]:
        return [t.id for t in sentence.themes if t.id not in self._hidden]

    def _visible_sentences(self) -> tuple[int, int]:
        """Index range [i, j) of the sentences near the screen."""
        start, end = self.visible_range()
        i = bisect_left(self._ends, start - VISIBLE_SLACK)
        j = bisect_right(self._starts, end + VISIBLE_SLACK)
        return i, j

    def _refresh(self, force: bool = False) -> None:
        """Rebuild the extra selections for the text on (and near) the screen."""
        if self._article is None or not self._painted_text:
            # Setting selections makes Qt lay out the whole document first (0.2 s for 1 MB):
            # the text is painted before that (paintEvent schedules the first refresh).
            return
        visible = self.visible_range()
        if self._unsettled:
            # Drawn now from the estimate, so no change waits; asked again every 120 ms
            # for a while, and redrawn once the answer settles.
            now = time.monotonic()
            if self._unsettled_until is None:
                self._unsettled_until = now + UNSETTLED_WAIT_S
            if now < self._unsettled_until:
                self._margin_timer.start()
        else:
            self._unsettled_until = None
        if visible != self._last_range:
            self._last_range = visible
            self.visible_range_changed.emit(*visible)
        elif not force:
            return
        lo, hi = visible[0] - VISIBLE_SLACK, visible[1] + VISIBLE_SLACK
        doc = self.document()
        to_doc = self._map.to_doc
        colors = self._colors
        selections: list[QTextEdit.ExtraSelection] = []

        def add(start: int, end: int, fmt: QTextCharFormat) -> None:
            selections.append(self._selection(doc, to_doc(start), to_doc(end), fmt))

        boiler = QTextCharFormat()
        boiler.setForeground(colors.color("boilerplate"))
        for start, end in self._article.boilerplate:
            if end >= lo and start <= hi:
                add(start, end, boiler)
        i, j = self._visible_sentences()
        focus = self._focus
        dim = QTextCharFormat()
        dim.setForeground(colors.color("muted"))
        for sentence in self._sentences[i:j]:
            shown = self._shown(sentence)
            if focus is not None:
                if focus not in sentence.theme_ids:
                    add(sentence.start, sentence.end, dim)
                    continue
                shown = [focus]
            if not shown:
                continue
            bg = QTextCharFormat()
            bg.setBackground(colors.focus_tint(shown[0]) if focus else colors.tint(shown[0]))
            add(sentence.start, sentence.end, bg)
            for theme in sentence.themes:
                if theme.id not in shown:
                    continue
                mark = QTextCharFormat()
                mark.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                mark.setUnderlineColor(colors.line(theme.id))
                if focus:
                    mark.setFontWeight(QFont.Weight.DemiBold)
                for s, e in theme.spans:
                    add(s, e, mark)
        for spans, name in ((self._mentions, "mention"), (self._find, "find")):
            if not spans:
                continue
            fmt = QTextCharFormat()
            fmt.setBackground(colors.color(name))
            fmt.setForeground(colors.color("text"))
            k = bisect_left(spans, (lo, lo))
            while k < len(spans) and spans[k][0] <= hi:
                s, e = spans[k]
                if name == "find" and k == self._find_current:
                    current = QTextCharFormat(fmt)
                    current.setBackground(colors.color("find_current"))
                    add(s, e, current)
                else:
                    add(s, e, fmt)
                k += 1
        if self._flash is not None:
            fmt = QTextCharFormat()
            fmt.setBackground(colors.color("flash"))
            fmt.setForeground(colors.color("text"))
            add(*self._flash, fmt)
        self.setExtraSelections(selections)

    @staticmethod
    def _selection(doc: QTextDocument, start: int, end: int,
                   fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        sel.cursor = _span_cursor(doc, start, end)
        sel.format = fmt
        return sel

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._sentences:
            self._paint_stripes()
        if self._article is not None and not self._painted_text:
            self._painted_text = True
            QTimer.singleShot(0, self, lambda: self._refresh(force=True))
            QTimer.singleShot(0, self, self._finish_viewport)
            self.first_painted.emit()
        if not self._painted_analysis:
            self._painted_analysis = True
            self.highlights_painted.emit()

    def _finish_viewport(self) -> None:
        """What waits for the first paint: the text cursor shape and touch scrolling, which
        need PySide's Qt namespace (~40 ms to build), the hover tooltips (see
        _TooltipFilter) and following the scroll bar (its Python class and its base's,
        ~0.5 ms)."""
        from PySide6.QtCore import Qt

        if self._tooltips is not None:
            return  # done for an earlier article
        if not self._viewport.testAttribute(Qt.WidgetAttribute.WA_SetCursor):
            self._viewport.setCursor(Qt.CursorShape.IBeamCursor)  # unless one was set
        self._viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self._tooltips = _TooltipFilter(self)
        self._viewport.installEventFilter(self._tooltips)
        # Before the first paint _refresh has nothing to draw, so scrolling can wait too.
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    def _paint_stripes(self) -> None:
        """One thin bar per theme beside each passage, so no theme hides another."""
        from PySide6.QtGui import QPainter  # its enums are built on the first analysed paint

        painter = QPainter(self.viewport())
        height = self.viewport().height()
        doc = self.document()
        first, last = self.visible_range()
        i = bisect_left(self._ends, first)
        j = bisect_right(self._starts, last)
        right = self._margin - 10
        for sentence in self._sentences[i:j]:
            shown = self._shown(sentence)
            if self._focus is not None:
                shown = [self._focus] if self._focus in sentence.theme_ids else []
            if not shown:
                continue
            start = self._map.to_doc(sentence.start)
            end = self._map.to_doc(sentence.end)
            top = self.cursorRect(_span_cursor(doc, start, start))
            bottom = self.cursorRect(_span_cursor(doc, end, end))
            y0, y1 = max(0, top.top() + 2), min(height, bottom.bottom() - 2)
            if y1 <= y0:
                continue
            for n, theme_id in enumerate(shown):
                x = right - n * (STRIPE_WIDTH + STRIPE_GAP) - STRIPE_WIDTH
                painter.fillRect(QRect(x, y0, STRIPE_WIDTH, y1 - y0), self._colors.line(theme_id))
            if self._current == (sentence.start, sentence.end):
                # The passage "2 / 7" points at: a wider bar, easy to find after a jump.
                painter.fillRect(QRect(right - 9, y0, 9, y1 - y0),
                                 self._colors.line(shown[0]))
        painter.end()

    # --- hover: which themes and why ---------------------------------------------------------
    def _show_tooltip(self, event: QHelpEvent) -> None:
        text = self.tooltip_at(event.pos())
        if text:
            QToolTip.showText(event.globalPos(), text, self.viewport())
        else:
            QToolTip.hideText()
            event.ignore()

    def tooltip_at(self, pos: QPoint) -> str:
        """Rich-text tooltip for the passage under `pos`: its themes and the matched words."""
        if self._article is None:
            return ""
        offset = self.offset_at(pos)
        if self._article.is_boilerplate(offset, offset + 1):
            return "Page furniture (caption, sharing links): not analysed"
        sentence = self.sentence_at(offset)
        if sentence is None or not sentence.themes:
            return ""
        import html  # with html.entities ~3 ms: not needed before the first paint

        names = self._theme_names
        rows = []
        for theme in sentence.themes:
            hidden = " (hidden)" if theme.id in self._hidden else ""
            # Qt narrows a rich tooltip as long as that adds no height, which broke even
            # "because of “exchanged views”, “cooperation”" over three lines: the cells do
            # not wrap, and a long list of words is broken into lines here instead.
            words = "<br>&nbsp;".join(html.escape(line) for line in _word_lines(
                [f"“{w}”" for w in theme.matched], "because of "))
            rows.append(
                f"<tr><td style='white-space:nowrap'>"
                f"<span style='color:{self._colors.line_hex(theme.id)}'>■</span> "
                f"<b>{html.escape(names.get(theme.id, theme.id))}</b>{hidden}</td>"
                f"<td style='white-space:nowrap'>&nbsp;{words}</td></tr>"
            )
        return "<table>" + "".join(rows) + "</table>"

    def set_theme_names(self, names: dict[str, str]) -> None:
        """Theme id -> name, for the tooltips."""
        self._theme_names = dict(names)


def _word_lines(words: Sequence[str], lead: str) -> list[str]:
    """`lead` and `words` joined with commas, in lines of about TOOLTIP_LINE_CHARS
    characters (a word longer than that has a line of its own)."""
    lines: list[str] = []
    line = lead
    for n, word in enumerate(words):
        piece = word + ("," if n < len(words) - 1 else "")
        if line.strip() and len(line) + len(piece) > TOOLTIP_LINE_CHARS:
            lines.append(line.rstrip())
            line = ""
        line += piece + " "
    lines.append(line.rstrip())
    return lines


class _TooltipFilter(QObject):
    """Answers the viewport's tooltip events with the passage's themes and matched words.

    An event filter installed after the first paint, not a viewportEvent override: a Python
    override is handed every viewport event as a plain QEvent, and the first one makes
    PySide look up its Python type among all ~50 QEvent subclasses, building their enums
    (~4 ms) before the text is on screen.
    """

    def __init__(self, view: ArticleView):
        super().__init__(view)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every viewport event comes here (each mouse move, the mouse being tracked): the
        # type is compared first, and QHelpEvent (its class costs ~1 ms to build) is only
        # looked up for a tooltip.
        if event.type() != QEvent.Type.ToolTip:
            return False
        from PySide6.QtGui import QHelpEvent

        if isinstance(event, QHelpEvent):
            self._view._show_tooltip(event)
            return True
        return False
