"""FindBar: a Ctrl+F bar under the text with a match count and next/previous."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


class FindBar(QWidget):
    """Type to search the article; Enter / Shift+Enter step, Esc closes.

    Signals:
        query_changed(str): fires as the query text changes.
        next_requested(): fires on Enter, F3 or the "next" button.
        previous_requested(): fires on Shift+Enter or the "previous" button.
        closed(): fires when the bar is closed (Esc or the close button).
    """

    query_changed = Signal(str)
    next_requested = Signal()
    previous_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName("Find bar")
        self.edit = QLineEdit()
        self.edit.setPlaceholderText("Find in article")
        self.edit.setAccessibleName("Find text")
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self.query_changed)
        self.edit.returnPressed.connect(self._on_return)
        self.count = QLabel("")
        self.count.setAccessibleName("Match count")
        self.count.setMinimumWidth(90)
        self.prev_button = self._tool("▲", "Previous match (Shift+Enter)", "Previous match")
        self.next_button = self._tool("▼", "Next match (Enter)", "Next match")
        self.close_button = self._tool("✕", "Close (Esc)", "Close find bar")
        self.prev_button.clicked.connect(self.previous_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.close_button.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.prev_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)
        self.hide()

    def _tool(self, text: str, tip: str, name: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(name)
        button.setAutoRaise(True)
        return button

    def set_icons(self, previous: QIcon, next_: QIcon, close: QIcon) -> None:
        for button, icon in ((self.prev_button, previous), (self.next_button, next_),
                             (self.close_button, close)):
            button.setIcon(icon)
            button.setText("")

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def set_count(self, current: int, total: int, capped: bool = False) -> None:
        """Show "3 / 12" (or "No matches")."""
        if not self.edit.text().strip():
            self.count.setText("")
        elif total == 0:
            self.count.setText("No matches")
        else:
            more = "+" if capped else ""
            self.count.setText(f"{current + 1} / {total}{more}")

    def _on_return(self) -> None:
        from PySide6.QtWidgets import QApplication

        if QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.previous_requested.emit()
        else:
            self.next_requested.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)
