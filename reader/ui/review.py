"""ReviewPanel: accept or reject Parley's automatic passages, one by one or a theme at once."""
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.annotations import REVIEW_ACCEPTED, REVIEW_REJECTED, Review
from reader.core.commands import ClearReviews, SetReviews
from reader.core.reviewed import ReviewedPassage, reviewed_passages
from reader.ui.notes_panel import short_quote
from reader.ui.undo import UndoHistory

if TYPE_CHECKING:
    from reader.core.records import Analysis

KeyRole = Qt.ItemDataRole.UserRole + 11
_MARKS = {REVIEW_ACCEPTED: "✓", REVIEW_REJECTED: "✕", "pending": "•"}


class ReviewSource(Protocol):
    def reviews(self, article_id: str) -> list[Review]: ...


class ReviewPanel(QWidget):
    """The automatic passages of one theme with the user's decision on each.

    Rejected passages are hidden from the article view and the counts; here they can be
    shown ("Show rejected") and restored.

    Signals:
        passage_activated(int, int): fires when a passage is double-clicked or activated.
    """

    passage_activated = Signal(int, int)

    def __init__(self, history: UndoHistory, store: ReviewSource, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName("Review automatic passages")
        self.history = history
        self.store = store
        self.analysis: Analysis | None = None
        self._names: dict[str, str] = {}
        self._passages: list[ReviewedPassage] = []
        self._stale = False

        self.theme_box = QComboBox()
        self.theme_box.setAccessibleName("Theme to review")
        self.theme_box.currentIndexChanged.connect(self.refresh)
        self.summary = QLabel("")
        self.summary.setObjectName("cardMeta")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # it names a user's theme
        self.show_rejected = QCheckBox("Show rejected")
        self.show_rejected.toggled.connect(self.refresh)
        self.list = QListWidget()
        self.list.setAccessibleName("Automatic passages")
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemActivated.connect(self._activated)
        self.list.itemSelectionChanged.connect(self._update_buttons)

        self.accept_button = QPushButton("Accept")
        self.reject_button = QPushButton("Reject")
        self.restore_button = QPushButton("Restore")
        self.accept_all_button = QPushButton("Accept all")
        self.reject_all_button = QPushButton("Reject all")
        self.restore_all_button = QPushButton("Restore all")
        tips = {self.accept_button: "Keep the selected passages as this theme's",
                self.reject_button: "Not this theme: hide the selected passages",
                self.restore_button: "Undecide the selected passages (rejected ones show again)",
                self.accept_all_button: "Accept every passage of this theme not rejected",
                self.reject_all_button: "Reject every passage of this theme",
                self.restore_all_button: "Bring back every rejected passage of this theme"}
        for button, tip in tips.items():
            button.setToolTip(tip)
        self.accept_button.clicked.connect(lambda: self.decide_selected(REVIEW_ACCEPTED))
        self.reject_button.clicked.connect(lambda: self.decide_selected(REVIEW_REJECTED))
        self.restore_button.clicked.connect(self.restore_selected)
        self.accept_all_button.clicked.connect(lambda: self.decide_all(REVIEW_ACCEPTED))
        self.reject_all_button.clicked.connect(lambda: self.decide_all(REVIEW_REJECTED))
        self.restore_all_button.clicked.connect(self.restore_all)
        buttons = QGridLayout()
        buttons.setSpacing(4)
        for n, button in enumerate((self.accept_button, self.reject_button,
                                    self.restore_button, self.accept_all_button,
                                    self.reject_all_button, self.restore_all_button)):
            buttons.addWidget(button, n // 3, n % 3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 6)
        layout.setSpacing(6)
        layout.addWidget(self.theme_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.show_rejected)
        layout.addLayout(buttons)
        self._update_buttons()

    # --- what is shown --------------------------------------------------------------------
    def set_themes(self, names: Mapping[str, str]) -> None:
        """Theme id -> name in codebook order; keeps the chosen theme when it still exists."""
        current = self.theme_id()
        self._names = dict(names)
        self.theme_box.blockSignals(True)
        self.theme_box.clear()
        for theme_id, name in names.items():
            self.theme_box.addItem(name, theme_id)
        index = self.theme_box.findData(current) if current else 0
        self.theme_box.setCurrentIndex(max(0, index))
        self.theme_box.blockSignals(False)
        self.refresh()

    def set_analysis(self, analysis: Analysis | None) -> None:
        """The analysis as computed (rejected passages included: they can be restored)."""
        self.analysis = analysis
        self.refresh()

    def select_theme(self, theme_id: str) -> None:
        index = self.theme_box.findData(theme_id)
        if index >= 0:
            self.theme_box.setCurrentIndex(index)

    def theme_id(self) -> str | None:
        data = self.theme_box.currentData()
        return data if isinstance(data, str) else None

    def passages(self) -> list[ReviewedPassage]:
        """The current theme's passages with their decisions (rejected ones included)."""
        self._fresh()
        return list(self._passages)

    def refresh(self) -> None:
        """Redraw the list now if it is on screen, else when it is next shown.

        On a long article a theme has thousands of passages, and every review decision
        elsewhere would rebuild them all for a tab nobody is looking at.
        """
        if not self.isVisible():
            self._stale = True
            return
        self._rebuild()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._rebuild()

    def _fresh(self) -> None:
        if self._stale:
            self._rebuild()

    def _rebuild(self) -> None:
        self._stale = False
        theme_id = self.theme_id()
        self.list.clear()
        if self.analysis is None or theme_id is None:
            self._passages = []
            self.summary.setText("")
            self._update_buttons()
            return
        reviews = self.store.reviews(self.analysis.article.content_id)
        self._passages = reviewed_passages(self.analysis, reviews, theme_id)
        counts = {d: 0 for d in _MARKS}
        muted = self.palette().placeholderText().color()
        for p in self._passages:
            counts[p.decision] += 1
            if p.decision == REVIEW_REJECTED and not self.show_rejected.isChecked():
                continue
            item = QListWidgetItem(f"{_MARKS[p.decision]}  {short_quote(p.quote)}")
            item.setData(KeyRole, p.key)
            item.setToolTip({REVIEW_ACCEPTED: "Accepted", REVIEW_REJECTED: "Rejected (hidden "
                             "from the text and counts)"}.get(p.decision, "Not reviewed yet"))
            if p.decision == REVIEW_REJECTED:
                font = QFont(item.font())
                font.setStrikeOut(True)
                item.setFont(font)
                item.setForeground(QColor(muted))
            self.list.addItem(item)
        name = self._names.get(theme_id, theme_id)
        if not self._passages:
            self.summary.setText(f"Parley found no passage of {name}.")
        else:
            self.summary.setText(
                f"{len(self._passages)} passages of {name}: {counts[REVIEW_ACCEPTED]} accepted, "
                f"{counts[REVIEW_REJECTED]} rejected, {counts['pending']} not reviewed.")
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = bool(self.list.selectedItems())
        for button in (self.accept_button, self.reject_button, self.restore_button):
            button.setEnabled(selected)
        decided = {p.decision for p in self._passages}
        self.accept_all_button.setEnabled(bool(decided - {REVIEW_REJECTED, REVIEW_ACCEPTED}))
        self.reject_all_button.setEnabled(bool(decided - {REVIEW_REJECTED}))
        self.restore_all_button.setEnabled(REVIEW_REJECTED in decided)

    # --- decisions ------------------------------------------------------------------------
    def _selected(self) -> list[ReviewedPassage]:
        self._fresh()
        keys = {tuple(item.data(KeyRole)) for item in self.list.selectedItems()}
        return [p for p in self._passages if p.key in keys]

    def select_passage(self, start: int, end: int) -> None:
        """Select one passage's row (the text view's context menu and tests use it)."""
        self._fresh()
        for n in range(self.list.count()):
            item = self.list.item(n)
            if tuple(item.data(KeyRole))[1:] == (start, end):
                self.list.setCurrentItem(item)
                return

    def decide_selected(self, decision: str) -> None:
        self.decide(self._selected(), decision)

    def decide(self, passages: list[ReviewedPassage], decision: str) -> None:
        if self.analysis is None or not passages:
            return
        article_id = self.analysis.article.content_id
        self.history.push(SetReviews([Review(article_id, p.theme_id, p.start, p.end, p.quote,
                                             decision) for p in passages]))

    def decide_all(self, decision: str) -> None:
        """Accept (every passage not rejected) or reject (every one) of the theme: one step."""
        theme_id = self.theme_id()
        if self.analysis is None or theme_id is None:
            return
        self._fresh()
        spans = [(p.start, p.end) for p in self._passages
                 if decision == REVIEW_REJECTED or p.decision != REVIEW_REJECTED]
        if not spans:
            return
        command = SetReviews.for_theme(self.analysis.article.content_id,
                                       self.analysis.article.text, theme_id, spans, decision)
        verb = "Accept" if decision == REVIEW_ACCEPTED else "Reject"
        command.text = f"{verb} all {self._names.get(theme_id, theme_id)} passages"
        self.history.push(command)

    def restore_selected(self) -> None:
        self._restore(self._selected())

    def restore_all(self) -> None:
        self._fresh()
        self._restore([p for p in self._passages if p.decision == REVIEW_REJECTED])

    def _restore(self, passages: list[ReviewedPassage]) -> None:
        if self.analysis is None or not passages:
            return
        article_id = self.analysis.article.content_id
        self.history.push(ClearReviews([(article_id, p.theme_id, p.start, p.end)
                                        for p in passages]))

    def _activated(self, item: QListWidgetItem) -> None:
        _, start, end = item.data(KeyRole)
        self.passage_activated.emit(int(start), int(end))
