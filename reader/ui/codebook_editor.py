"""CodebookEditor: add, rename, recolour a theme, edit its terms, reset; each step undoable."""
from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.codebook import Codebook, Theme
from reader.core.commands import (
    add_theme,
    edit_terms,
    recolour_theme,
    rename_theme,
    reset_codebook,
)
from reader.ui.undo import UndoHistory

# Colours offered to a new theme (light mode, dark mode), skipping ones already in use.
NEW_THEME_COLORS = (
    ("#8c564b", "#c49c94"), ("#e377c2", "#f7b6d2"), ("#7f7f7f", "#c7c7c7"),
    ("#bcbd22", "#dbdb8d"), ("#17becf", "#9edae5"), ("#393b79", "#9c9ede"),
    ("#637939", "#b5cf6b"), ("#843c39", "#e7969c"),
)

ColorPicker = Callable[[QColor, QWidget, str], QColor]


def pick_with_dialog(initial: QColor, parent: QWidget, title: str) -> QColor:
    return QColorDialog.getColor(initial, parent, title)


def theme_id_for(name: str, taken: set[str]) -> str:
    """A codebook id from a theme name: lowercase, '-' between words, unique."""
    base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:32] or "theme"
    if not base[0].isalpha():
        base = "t-" + base
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class CodebookEditor(QWidget):
    """Edits the user's codebook through undoable commands on `history`.

    `current()` returns the codebook in use (the user's, else the default); the editor
    redraws from it in `refresh()`, which the window calls after each codebook change.
    Errors (a bad term, a duplicate id) are shown inline, and nothing is changed.

    Signals:
        error_shown(str): fires when an edit was refused, with the message shown.
    """

    error_shown = Signal(str)

    def __init__(self, history: UndoHistory, current: Callable[[], Codebook],
                 pick_color: ColorPicker = pick_with_dialog,
                 default: Callable[[], Codebook] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        # What the first edit starts from when the user has no codebook of their own yet.
        self._kw = {} if default is None else {"default": default}
        self.setAccessibleName("Codebook editor")
        self.history = history
        self.current = current
        self.pick_color = pick_color
        self.codebook = current()

        self.list = QListWidget()
        self.list.setAccessibleName("Themes")
        self.list.currentRowChanged.connect(self._show_theme)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText("New theme name")
        self.new_name.setAccessibleName("New theme name")
        self.new_name.returnPressed.connect(self.add_from_field)
        self.add_button = QPushButton("Add theme")
        self.add_button.clicked.connect(self.add_from_field)
        self.reset_button = QPushButton("Reset to default")
        self.reset_button.setToolTip("Go back to Parley's shipped codebook (Ctrl+Z undoes it)")
        self.reset_button.clicked.connect(self.reset)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.add_button)

        self.name = QLineEdit()
        self.name.setAccessibleName("Theme name")
        self.name.editingFinished.connect(self.apply_name)
        self.id_label = QLabel()
        self.id_label.setObjectName("cardMeta")
        self.id_label.setTextFormat(Qt.TextFormat.PlainText)
        self.color_button = QPushButton("Colour…")
        self.color_button.clicked.connect(lambda: self.choose_color(dark=False))
        self.dark_button = QPushButton("Dark-mode colour…")
        self.dark_button.clicked.connect(lambda: self.choose_color(dark=True))
        colors = QHBoxLayout()
        colors.addWidget(self.color_button)
        colors.addWidget(self.dark_button)
        self.terms = QPlainTextEdit()
        self.terms.setAccessibleName("Terms")
        self.terms.setPlaceholderText("One word or phrase per line")
        self.exclude = QPlainTextEdit()
        self.exclude.setAccessibleName("Excluded terms")
        self.exclude.setPlaceholderText("Phrases that must not count (one per line)")
        self.exclude.setMaximumHeight(80)
        self.save_terms_button = QPushButton("Save terms")
        self.save_terms_button.clicked.connect(self.apply_terms)
        form = QFormLayout()
        form.addRow("Name", self.name)
        form.addRow("Id", self.id_label)
        form.addRow("Colour", colors)
        form.addRow("Terms", self.terms)
        form.addRow("Exclude", self.exclude)
        form.addRow("", self.save_terms_button)

        self.error = QLabel()
        self.error.setObjectName("inlineError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()

        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(add_row)
        left.addWidget(self.reset_button)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(form, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        self.history.failed.connect(self._maybe_show_failure)
        self._pushing = False
        self.refresh()

    # --- display ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Redraw from the codebook in use, keeping the selected theme when it still exists."""
        selected = self.selected_theme()
        self.codebook = self.current()
        self.list.blockSignals(True)
        self.list.clear()
        for theme in self.codebook.themes:
            item = QListWidgetItem(_swatch(theme.color), theme.name)
            item.setData(Qt.ItemDataRole.UserRole, theme.id)
            self.list.addItem(item)
        ids = self.codebook.ids
        row = ids.index(selected) if selected in ids else 0
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._show_theme(row)

    def selected_theme(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select(self, theme_id: str) -> None:
        self.list.setCurrentRow(self.codebook.ids.index(theme_id))

    def _theme(self) -> Theme | None:
        theme_id = self.selected_theme()
        return self.codebook.theme(theme_id) if theme_id in self.codebook else None

    def _show_theme(self, _row: int = 0) -> None:
        theme = self._theme()
        for widget in (self.name, self.color_button, self.dark_button, self.terms,
                       self.exclude, self.save_terms_button):
            widget.setEnabled(theme is not None)
        if theme is None:
            return
        self.name.setText(theme.name)
        self.id_label.setText(theme.id)
        self.color_button.setIcon(_swatch(theme.color))
        self.dark_button.setIcon(_swatch(theme.color_dark))
        self.terms.setPlainText("\n".join(theme.terms))
        self.exclude.setPlainText("\n".join(theme.exclude))

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        if message:
            self.error_shown.emit(message)

    def _maybe_show_failure(self, message: str) -> None:
        if self._pushing:
            self.show_error(message)

    def _push(self, command: object) -> bool:
        self.show_error("")
        self._pushing = True
        try:
            return self.history.push(command)  # type: ignore[arg-type]
        finally:
            self._pushing = False

    # --- edits ------------------------------------------------------------------------------
    def apply_name(self) -> None:
        theme = self._theme()
        name = self.name.text().strip()
        if theme is None or name == theme.name:
            return
        if not name:
            self.show_error("A theme needs a name.")
            self.name.setText(theme.name)
            return
        self._push(rename_theme(theme.id, name, **self._kw))

    def choose_color(self, dark: bool) -> None:
        theme = self._theme()
        if theme is None:
            return
        initial = QColor(theme.color_dark if dark else theme.color)
        title = f"{'Dark-mode colour' if dark else 'Colour'} of {theme.name}"
        color = self.pick_color(initial, self, title)
        if not color.isValid():
            return  # the user cancelled
        value = color.name()
        if dark:
            self._push(recolour_theme(theme.id, theme.color, value, **self._kw))
        else:
            self._push(recolour_theme(theme.id, value, theme.color_dark, **self._kw))

    def apply_terms(self) -> None:
        theme = self._theme()
        if theme is None:
            return
        terms, exclude = _lines(self.terms.toPlainText()), _lines(self.exclude.toPlainText())
        if tuple(terms) == theme.terms and tuple(exclude) == theme.exclude:
            return
        if not terms and not theme.patterns:
            self.show_error(f"{theme.name} needs at least one term, or it can never be found.")
            return
        self._push(edit_terms(theme.id, terms, exclude, **self._kw))

    def add_from_field(self) -> None:
        name = self.new_name.text().strip()
        if not name:
            self.show_error("Type a name for the new theme first.")
            return
        theme_id = theme_id_for(name, set(self.codebook.ids))
        used = {t.color for t in self.codebook.themes}
        color, dark = next((pair for pair in NEW_THEME_COLORS if pair[0] not in used),
                           NEW_THEME_COLORS[0])
        theme = Theme(theme_id, name, color, dark, terms=(name,))
        if self._push(add_theme(theme, **self._kw)):
            self.new_name.clear()
            self.refresh()
            self.select(theme_id)
            self.terms.setFocus()

    def reset(self) -> None:
        self._push(reset_codebook(**self._kw))


class CodebookDialog(QDialog):
    """The editor in a window of its own that stays open beside the text (not modal)."""

    def __init__(self, editor: CodebookEditor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Edit codebook — Parley")
        self.setModal(False)
        self.editor = editor
        # Undo/redo work here too: the main window's shortcuts do not reach a second window.
        for action in editor.history.create_actions(self):
            self.addAction(action)
        hint = QLabel("Changes apply at once and are saved; Ctrl+Z undoes them.")
        hint.setObjectName("cardMeta")
        hint.setWordWrap(True)
        close = QPushButton("Close")
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(editor, 1)
        layout.addLayout(bottom)
        self.resize(640, 460)
