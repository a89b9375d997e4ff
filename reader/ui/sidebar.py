"""Sidebar: participants grouped by kind and the commitments list, both leading to the text."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListView,
    QStackedWidget,
    QTabWidget,
    QTreeView,
    QWidget,
)

from reader.ui.commitment_delegate import CommitmentDelegate
from reader.ui.models import (
    CommitmentModel,
    ParticipantModel,
    SpansRole,
    ThemeFilterProxy,
)
from reader.ui.participant_delegate import ParticipantDelegate


def _with_placeholder(view: QWidget, text: str) -> QStackedWidget:
    """A view that shows `text` instead while its model is empty."""
    stack = QStackedWidget()
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("placeholder")
    label.setMargin(12)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    stack.addWidget(view)
    stack.addWidget(label)
    return stack


class Sidebar(QTabWidget):
    """Participants and commitments of the open article.

    Signals:
        participant_selected(list): fires when a participant is clicked or activated, with
            its mention spans ([[start, end], ...], article offsets); [] for a group row.
        commitment_selected(int, int): fires when a commitment is clicked or activated,
            with its [start, end) in the article.
    """

    participant_selected = Signal(list)
    commitment_selected = Signal(int, int)

    def __init__(self, participants: ParticipantModel, commitments: CommitmentModel,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName("Participants and commitments")
        self.setDocumentMode(True)
        self.participants = participants
        self.commitments = commitments

        self.participant_view = QTreeView()
        self.participant_view.setAccessibleName("Participants")
        self.participant_view.setModel(participants)
        self.participant_view.setWordWrap(True)
        self.participant_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.participant_view.setFrameShape(QTreeView.Shape.NoFrame)
        self.participant_view.setAllColumnsShowFocus(True)
        self.participant_delegate = ParticipantDelegate(self.participant_view)
        self.participant_view.setItemDelegate(self.participant_delegate)
        header = self.participant_view.header()
        header.setAccessibleName("Participant columns")
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ParticipantModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ParticipantModel.MENTIONS,
                                    QHeaderView.ResizeMode.ResizeToContents)
        self.participant_view.clicked.connect(self._on_participant)
        self.participant_view.activated.connect(self._on_participant)
        participants.modelReset.connect(self.participant_view.expandAll)

        self.commitment_filter = ThemeFilterProxy(self)
        self.commitment_filter.setSourceModel(commitments)
        self.commitment_view = QListView()
        self.commitment_view.setAccessibleName("Commitments")
        self.commitment_view.setModel(self.commitment_filter)
        self.commitment_view.setWordWrap(True)
        self.commitment_view.setSpacing(1)
        # Rows are re-measured when the width changes (the clause wraps to it).
        self.commitment_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.commitment_delegate = CommitmentDelegate({}, self.commitment_view)
        self.commitment_view.setItemDelegate(self.commitment_delegate)
        self.commitment_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.commitment_view.setFrameShape(QListView.Shape.NoFrame)
        self.commitment_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.commitment_view.clicked.connect(self._on_commitment)
        self.commitment_view.activated.connect(self._on_commitment)

        self._participant_stack = _with_placeholder(
            self.participant_view, "No participants found in this article.")
        self._commitment_stack = _with_placeholder(
            self.commitment_view, "No commitments found in this article.")
        self.addTab(self._participant_stack, "Participants")
        self.addTab(self._commitment_stack, "Commitments")
        for model in (participants, commitments):
            model.modelReset.connect(self._update_placeholders)
        self.commitment_filter.layoutChanged.connect(self._update_placeholders)
        self.commitment_filter.modelReset.connect(self._update_placeholders)
        self.commitment_filter.rowsInserted.connect(self._update_placeholders)
        self.commitment_filter.rowsRemoved.connect(self._update_placeholders)
        self._update_placeholders()

    def _update_placeholders(self) -> None:
        self._participant_stack.setCurrentIndex(0 if self.participants.rowCount() else 1)
        self._commitment_stack.setCurrentIndex(0 if self.commitment_filter.rowCount() else 1)
        # The parties only: the tab's "Mentioned" group is listed but did not take part
        # (the status bar's count agrees).
        self.setTabText(0, f"Participants ({self.participants.party_count()})")
        self.setTabText(1, f"Commitments ({self.commitment_filter.rowCount()})")

    def set_theme_colors(self, colors: dict[str, str]) -> None:
        """Theme colours for the commitment chips in the current mode."""
        self.commitment_delegate.set_colors(colors)
        self.commitment_view.viewport().update()

    def set_theme_filter(self, theme_id: str | None) -> None:
        """Show only the commitments of the focused theme (all when None)."""
        self.commitment_filter.set_theme(theme_id)
        self._update_placeholders()

    def _on_participant(self, index: QModelIndex) -> None:
        spans = index.siblingAtColumn(0).data(SpansRole) or []
        self.participant_selected.emit(spans)

    def _on_commitment(self, index: QModelIndex) -> None:
        start, end = (index.data(SpansRole) or [[0, 0]])[0]
        self.commitment_selected.emit(int(start), int(end))
