"""ExportDialog: format, themes, automatic or own highlights, open afterwards; remembered."""
from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.codebook import Codebook
from reader.core.errors import ParleyError
from reader.core.exports.bundle import ExportBundle, ExportOptions
from reader.core.exports.formats import FORMATS, export_file, suggested_name

PREF_KEY = "export.choices"


class PrefStore(Protocol):
    def get_pref(self, key: str, default: Any = None) -> Any: ...
    def set_pref(self, key: str, value: Any) -> None: ...


def open_with_system(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ExportDialog(QDialog):
    """Asks what to export and where, then writes it atomically with export_file().

    `build(options)` makes the bundle (the window's analysis with the user's work). The
    last choices (format, themes, automatic or not, open afterwards, folder) are saved in
    the store's prefs and offered next time. An error keeps the dialog open, shown inline.
    """

    def __init__(self, build: Callable[[ExportOptions], ExportBundle], codebook: Codebook,
                 title: str, prefs: PrefStore, parent: QWidget | None = None,
                 opener: Callable[[Path], bool] = open_with_system):
        super().__init__(parent)
        self.setWindowTitle("Export — Parley")
        self.build = build
        self.codebook = codebook
        self.title = title
        self.prefs = prefs
        self.opener = opener
        self.written: Path | None = None
        saved = self._saved()

        self.format_box = QComboBox()
        self.format_box.setAccessibleName("Format")
        for fmt in FORMATS.values():
            self.format_box.addItem(f"{fmt.label} ({fmt.suffix})", fmt.key)
        self.themes = QListWidget()
        self.themes.setAccessibleName("Themes to export")
        # Every theme in view without scrolling (up to eight), the list never taller.
        row = self.fontMetrics().height() + 6
        self.themes.setFixedHeight(min(max(len(codebook.themes), 3), 8) * row + 6)
        chosen = saved.get("themes")
        for theme in codebook.themes:
            item = QListWidgetItem(theme.name)
            item.setData(Qt.ItemDataRole.UserRole, theme.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = chosen is None or theme.id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.themes.addItem(item)
        all_row = QHBoxLayout()
        all_button, none_button = QPushButton("All"), QPushButton("None")
        all_button.clicked.connect(lambda: self._check_all(True))
        none_button.clicked.connect(lambda: self._check_all(False))
        all_row.addWidget(all_button)
        all_row.addWidget(none_button)
        all_row.addStretch(1)
        self.with_auto = QRadioButton("My highlights and Parley's automatic passages "
                                      "(rejected ones left out)")
        self.manual_only = QRadioButton("Only my own highlights")
        (self.manual_only if saved.get("manual_only") else self.with_auto).setChecked(True)
        self.open_after = QCheckBox("Open the file afterwards")
        self.open_after.setChecked(bool(saved.get("open_after", False)))
        self.path = QLineEdit()
        self.path.setAccessibleName("File")
        browse = QPushButton("Choose…")
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.error = QLabel()
        self.error.setObjectName("inlineError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #c62828;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()

        form = QFormLayout()
        form.addRow("Format", self.format_box)
        form.addRow("Themes", self.themes)
        form.addRow("", all_row)
        form.addRow("Passages", self.with_auto)
        form.addRow("", self.manual_only)
        form.addRow("Save as", path_row)
        form.addRow("", self.open_after)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            "Export", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        key = saved.get("format")
        index = self.format_box.findData(key if key in FORMATS else "md")
        self.format_box.setCurrentIndex(max(0, index))
        folder = saved.get("folder")
        folder = Path(folder) if isinstance(folder, str) and Path(folder).is_dir() else Path.home()
        self.path.setText(str(folder / suggested_name(title, self.format_key())))
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.resize(560, 0)

    # --- choices ----------------------------------------------------------------------------
    def _saved(self) -> dict[str, Any]:
        try:
            value = self.prefs.get_pref(PREF_KEY, {})
        except ParleyError:
            return {}
        return value if isinstance(value, dict) else {}

    def format_key(self) -> str:
        return str(self.format_box.currentData())

    def set_format(self, key: str) -> None:
        self.format_box.setCurrentIndex(self.format_box.findData(key))

    def theme_ids(self) -> tuple[str, ...] | None:
        """The checked themes; None when every theme is checked (new themes follow)."""
        items = [self.themes.item(n) for n in range(self.themes.count())]
        checked = tuple(i.data(Qt.ItemDataRole.UserRole) for i in items
                        if i.checkState() == Qt.CheckState.Checked)
        return None if len(checked) == len(items) else checked

    def set_theme_checked(self, theme_id: str, checked: bool) -> None:
        for n in range(self.themes.count()):
            item = self.themes.item(n)
            if item.data(Qt.ItemDataRole.UserRole) == theme_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _check_all(self, checked: bool) -> None:
        for n in range(self.themes.count()):
            self.themes.item(n).setCheckState(
                Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _format_changed(self) -> None:
        # Keep the chosen folder and name, with the new format's suffix.
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix(FORMATS[self.format_key()].suffix)))

    def browse(self) -> None:
        fmt = FORMATS[self.format_key()]
        path, _ = QFileDialog.getSaveFileName(
            self, "Export to", self.path.text(), f"{fmt.label} (*{fmt.suffix});;All files (*)")
        if path:
            self.path.setText(path)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    # --- export -----------------------------------------------------------------------------
    def export(self) -> bool:
        """Write the file; on success remember the choices and close, else say why."""
        text = self.path.text().strip()
        if not text:
            self.show_error("Choose a file to export to.")
            return False
        target = Path(text).expanduser()
        key = self.format_key()
        options = ExportOptions(theme_ids=self.theme_ids(),
                                manual_only=self.manual_only.isChecked())
        try:
            bundle = self.build(options)
            self.written = export_file(bundle, key, target)
        except ParleyError as exc:
            self.show_error(str(exc))
            return False
        except OSError as exc:  # defensive: export_file turns these into ExportError
            self.show_error(f"Cannot write {target}: {exc.strerror or exc}")
            return False
        choices = {"format": key, "themes": None if options.theme_ids is None
                   else list(options.theme_ids), "manual_only": options.manual_only,
                   "open_after": self.open_after.isChecked(), "folder": str(target.parent)}
        # The file is written; failing to remember the choices is no reason to fail.
        with contextlib.suppress(ParleyError):
            self.prefs.set_pref(PREF_KEY, choices)
        if self.open_after.isChecked() and not self.opener(self.written):
            self.show_error(f"Exported to {self.written}, but no application opened it.")
            return True
        self.accept()
        return True
