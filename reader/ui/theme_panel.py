"""ThemePanel: the codebook's themes with show/hide boxes, counts and the focus walker."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader.ui.models import ThemeTableModel


class ThemePanel(QWidget):
    """Lists the themes; a click on a theme asks for its focus, the bar walks its passages.

    Signals:
        theme_clicked(str): fires when the user clicks a theme's name or count.
        next_requested(): fires when the "next passage" button is pressed.
        previous_requested(): fires when the "previous passage" button is pressed.
        clear_requested(): fires when the "all themes" button is pressed.
    """

    theme_clicked = Signal(str)
    next_requested = Signal()
    previous_requested = Signal()
    clear_requested = Signal()

    def __init__(self, model: ThemeTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.setAccessibleName("Themes")
        title = QLabel("Themes")
        title.setObjectName("panelTitle")
        title.setWordWrap(True)  # narrow windows: wrap, not widen the column
        self.view = QTreeView()
        self.view.setAccessibleName("Theme list")
        self.view.setModel(model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setIconSize(QSize(12, 12))
        self.view.setHeaderHidden(True)
        self.view.setFrameShape(QTreeView.Shape.NoFrame)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ThemeTableModel.SHOW, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ThemeTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ThemeTableModel.COUNT, QHeaderView.ResizeMode.ResizeToContents)
        self.view.clicked.connect(self._on_clicked)
        self.view.activated.connect(self._on_activated)
        model.modelReset.connect(self._fit_height)
        self._fit_height()

        self.focus_label = QLabel("All themes")
        self.focus_label.setObjectName("focusLabel")
        self.focus_label.setTextFormat(Qt.TextFormat.PlainText)  # a theme name, as typed
        self.focus_label.setAccessibleName("Focused theme")
        # A long theme name must not widen the panel (and undo the saved splitter sizes).
        self.focus_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.counter = QLabel("")
        self.counter.setAccessibleName("Passage counter")
        self.counter.setObjectName("passageCounter")
        self.prev_button = self._tool("Previous passage (Shift+F3, P)", "Previous passage")
        self.prev_button.setText("▲")
        self.next_button = self._tool("Next passage (F3, N)", "Next passage")
        self.next_button.setText("▼")
        self.clear_button = self._tool("Show all themes again (Esc)", "All themes")
        self.clear_button.setText("✕")
        self.prev_button.clicked.connect(self.previous_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.clear_button.clicked.connect(self.clear_requested)
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 0, 0, 0)
        bar.addWidget(self.focus_label, 1)
        bar.addWidget(self.counter)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.clear_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addWidget(self.view)
        layout.addLayout(bar)
        self.set_focus(None)

    def _fit_height(self) -> None:
        # As tall as its rows (up to 12), so the chart below gets the rest of the panel.
        rows = min(max(1, self.model.rowCount()), 12)
        row = max(self.view.sizeHintForRow(0), self.fontMetrics().height() + 6)
        self.view.setFixedHeight(rows * row + 4)

    def _tool(self, tip: str, name: str) -> QToolButton:
        button = QToolButton()
        button.setToolTip(tip)
        button.setAccessibleName(name)
        button.setAutoRaise(True)
        return button

    def set_button_icons(self, previous: QIcon, next_: QIcon, clear: QIcon) -> None:
        """Icons arrive after the first paint (qtawesome is imported late)."""
        for button, icon in ((self.prev_button, previous), (self.next_button, next_),
                             (self.clear_button, clear)):
            button.setIcon(icon)
            button.setText("")

    def _on_clicked(self, index: QModelIndex) -> None:
        # The checkbox column only shows/hides; the name and count focus the theme.
        if index.column() != ThemeTableModel.SHOW:
            self.theme_clicked.emit(self.model.theme_id(index.row()))

    def _on_activated(self, index: QModelIndex) -> None:
        # Enter on a row focuses too, so the list works from the keyboard.
        self.theme_clicked.emit(self.model.theme_id(index.row()))

    def row_rect(self, theme_id: str, column: int = ThemeTableModel.NAME) -> QRect:
        """Viewport rectangle of a theme's cell (tests click it)."""
        return self.view.visualRect(self.model.index(self.model.row_of(theme_id), column))

    def set_focus(self, theme_name: str | None, counter: str = "") -> None:
        """Show which theme has the focus and the "2 / 7" counter."""
        focused = theme_name is not None
        self.focus_label.setText(theme_name if focused else "All themes")
        self.focus_label.setToolTip("" if focused else "Click a theme to focus on its passages")
        self.counter.setText(counter if focused else "")
        for button in (self.prev_button, self.next_button, self.clear_button):
            button.setEnabled(focused)
        if not focused:
            self.view.clearSelection()
        self.focus_label.setProperty("focused", focused)

    def select_theme(self, theme_id: str | None) -> None:
        if theme_id is None:
            self.view.clearSelection()
            return
        row = self.model.row_of(theme_id)
        self.view.setCurrentIndex(self.model.index(row, ThemeTableModel.NAME))
