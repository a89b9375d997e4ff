"""Thin Qt item models over the core's lists: themes, participants, commitments."""
from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractProxyModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from reader.core.codebook import Codebook

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

# Custom roles shared by the models below (views and tests read them).
ThemeIdRole = Qt.ItemDataRole.UserRole + 1
SpansRole = Qt.ItemDataRole.UserRole + 2  # list of [start, end] in article offsets
ThemesRole = Qt.ItemDataRole.UserRole + 3  # list of theme ids
StanceRole = Qt.ItemDataRole.UserRole + 4
ItemRole = Qt.ItemDataRole.UserRole + 5  # the plain dict behind a row


class ThemeTableModel(QAbstractTableModel):
    """The codebook's themes: a show/hide checkbox, colour chip and name, passage count.

    Signals:
        visibility_changed(str, bool): fires when a theme's checkbox is toggled.
    """

    visibility_changed = Signal(str, bool)

    SHOW, NAME, COUNT = range(3)

    def __init__(self, codebook: Codebook, parent: Any = None):
        super().__init__(parent)
        self._themes = list(codebook.themes)
        self._counts: dict[str, int] = {}
        self._hidden: set[str] = set()
        self._colors: dict[str, str] = {t.id: t.color for t in self._themes}

    # --- updates from the window -------------------------------------------------------
    def set_codebook(self, codebook: Codebook) -> None:
        self.beginResetModel()
        self._themes = list(codebook.themes)
        self._hidden &= set(codebook.ids)
        self.endResetModel()

    def set_counts(self, counts: Mapping[str, int]) -> None:
        self._counts = dict(counts)
        if self._themes:
            self.dataChanged.emit(self.index(0, self.COUNT),
                                  self.index(len(self._themes) - 1, self.COUNT))

    def set_colors(self, colors: Mapping[str, str]) -> None:
        self._colors = dict(colors)
        if self._themes:
            self.dataChanged.emit(self.index(0, self.NAME),
                                  self.index(len(self._themes) - 1, self.NAME))

    def set_hidden(self, hidden: set[str]) -> None:
        self._hidden = set(hidden)
        if self._themes:
            self.dataChanged.emit(self.index(0, self.SHOW), self.index(len(self._themes) - 1,
                                                                        self.SHOW))

    def hidden(self) -> set[str]:
        return set(self._hidden)

    def theme_id(self, row: int) -> str:
        return self._themes[row].id

    def row_of(self, theme_id: str) -> int:
        return next((n for n, t in enumerate(self._themes) if t.id == theme_id), -1)

    # --- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._themes)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._themes):
            return None
        theme = self._themes[index.row()]
        col = index.column()
        if role == ThemeIdRole:
            return theme.id
        if col == self.SHOW:
            if role == Qt.ItemDataRole.CheckStateRole:
                return (Qt.CheckState.Unchecked if theme.id in self._hidden
                        else Qt.CheckState.Checked)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return f"Show {theme.name} highlights"
            if role == Qt.ItemDataRole.ToolTipRole:
                # Qt guesses markup in tooltips; a theme name the user typed is text.
                return f"<p>Show {html.escape(theme.name, quote=False)} highlights</p>"
        elif col == self.NAME:
            if role == Qt.ItemDataRole.DisplayRole:
                return theme.name
            if role == Qt.ItemDataRole.DecorationRole:
                return QColor(self._colors.get(theme.id, theme.color))
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"<p>{html.escape(theme.description or theme.name, quote=False)}</p>"
        elif col == self.COUNT:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(self._counts.get(theme.id, 0))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{self._counts.get(theme.id, 0)} passages"
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or index.column() != self.SHOW
                or role != Qt.ItemDataRole.CheckStateRole):
            return False
        theme_id = self._themes[index.row()].id
        shown = Qt.CheckState(value) == Qt.CheckState.Checked
        if shown:
            self._hidden.discard(theme_id)
        else:
            self._hidden.add(theme_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.visibility_changed.emit(theme_id, shown)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.SHOW:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return ("", "Theme", "Passages")[section] if 0 <= section < 3 else None
        return None


# Participant kinds as the extraction names them -> the group the sidebar shows them in.
_GROUPS = ("Countries", "People", "Organisations", "Other", "Mentioned")
_KIND_GROUP = {
    "country": "Countries", "state": "Countries", "territory": "Countries",
    "person": "People", "people": "People",
    "organisation": "Organisations", "organization": "Organisations", "org": "Organisations",
    "group": "Organisations", "institution": "Organisations",
}


class ParticipantModel(QAbstractItemModel):
    """Participants grouped by kind, then the merely mentioned: name (role beneath), mentions.

    Rows are the `to_json()` dicts of the core's Participant objects. Group rows have
    internalId 0; a participant row has internalId = its group's row + 1.
    """

    # The role goes under the name rather than in a column of its own: a sidebar is narrow
    # and roles are long ("Special Representative for Afghanistan").
    NAME, MENTIONS = range(2)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._groups: list[tuple[str, list[dict[str, Any]]]] = []

    def set_items(self, participants: Sequence[Mapping[str, Any]],
                  mentioned: Sequence[Mapping[str, Any]] = ()) -> None:
        """Replace the lists (the `to_json()` dicts of analysis.participants/.mentioned)."""
        grouped: dict[str, list[dict[str, Any]]] = {g: [] for g in _GROUPS}
        for item in participants:
            kind = str(item.get("kind") or "").lower()
            grouped[_KIND_GROUP.get(kind, "Other")].append(dict(item))
        grouped["Mentioned"] = [dict(item) for item in mentioned]
        self.beginResetModel()
        self._groups = [(g, items) for g, items in grouped.items() if items]
        self.endResetModel()

    def party_count(self) -> int:
        """How many took part (the mentioned group aside)."""
        return sum(len(items) for group, items in self._groups if group != "Mentioned")

    def item(self, index: Index) -> dict[str, Any] | None:
        """The participant dict behind `index`, or None for a group row."""
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 2

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        col = index.column()
        if index.internalId() == 0:
            name, items = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and col == self.NAME:
                return f"{name} ({len(items)})"
            if role == Qt.ItemDataRole.FontRole and col == self.NAME:
                font = QFont()
                font.setWeight(QFont.Weight.DemiBold)
                return font
            return None
        item = self.item(index)
        if item is None:
            return None
        spans = item.get("spans") or []
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NAME:
                name, job = str(item.get("name", "")), str(item.get("role") or "")
                return f"{name}\n{job}" if job else name
            if col == self.MENTIONS:
                return str(item.get("mentions", len(spans)))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.MENTIONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            aliases = ", ".join(str(a) for a in item.get("aliases") or [])
            lines = [str(item.get("name", ""))]
            if item.get("role"):
                lines.append(f"Role: {item['role']}")
            if aliases:
                lines.append(f"Also: {aliases}")
            lines.append(f"{item.get('mentions', len(spans))} mentions; click to highlight")
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == self.NAME:
            return str(item.get("name", ""))
        if role == SpansRole:
            return [list(s) for s in spans]
        if role == ItemRole:
            return item
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return ("Name", "Mentions")[section] if 0 <= section < 2 else None
        return None


def chips_icon(colors: Sequence[str], size: int = 10) -> QIcon:
    """Small round chips side by side, one per theme colour."""
    if not colors:
        return QIcon()
    gap = 3
    pixmap = QPixmap(len(colors) * (size + gap), size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    for n, color in enumerate(colors):
        painter.setBrush(QColor(color))
        painter.drawEllipse(n * (size + gap), 0, size, size)
    painter.end()
    return QIcon(pixmap)


class CommitmentModel(QAbstractListModel):
    """Commitments as "actor · verb" over the clause, with theme chips and stance."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._items: list[dict[str, Any]] = []
        self._colors: dict[str, str] = {}
        self._names: dict[str, str] = {}
        self._icons: dict[tuple[str, ...], QIcon] = {}
        self._rows_by_theme: dict[str, list[int]] | None = None

    def set_items(self, commitments: Sequence[Mapping[str, Any]]) -> None:
        """Replace the list (the `to_json()` dicts of analysis.commitments)."""
        self.beginResetModel()
        self._items = [dict(c) for c in commitments]
        self._rows_by_theme = None
        self.endResetModel()

    def rows_with_theme(self, theme_id: str) -> list[int]:
        """The rows whose commitment has `theme_id` among its themes, in order (worked out
        for every theme in one pass over the list, the first time one is asked for)."""
        if self._rows_by_theme is None:
            rows: dict[str, list[int]] = {}
            for n, c in enumerate(self._items):
                for theme in dict.fromkeys(str(t) for t in c.get("themes") or []):
                    rows.setdefault(theme, []).append(n)
            self._rows_by_theme = rows
        return list(self._rows_by_theme.get(theme_id, ()))

    def set_theme_style(self, colors: Mapping[str, str], names: Mapping[str, str]) -> None:
        """Theme colours (for the chips) and names (for tooltips) in the current mode."""
        self._colors, self._names, self._icons = dict(colors), dict(names), {}
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def item(self, row: int) -> dict[str, Any]:
        return self._items[row]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        c = self._items[index.row()]
        themes = [str(t) for t in c.get("themes") or []]
        stance = str(c.get("stance") or "")
        if role == Qt.ItemDataRole.DisplayRole:
            actor, verb = str(c.get("actor") or "—"), str(c.get("verb") or "")
            head = f"{actor} · {verb}" if verb else actor
            if stance:
                head += f"  [{stance}]"
            return f"{head}\n{' '.join(str(c.get('text') or '').split())}"
        if role == Qt.ItemDataRole.DecorationRole:
            key = tuple(themes)
            if key not in self._icons:
                self._icons[key] = chips_icon([self._colors.get(t, "#888888") for t in themes])
            return self._icons[key]
        if role == Qt.ItemDataRole.ToolTipRole:
            names = ", ".join(self._names.get(t, t) for t in themes) or "no theme"
            quoted = " (quoted)" if c.get("quoted") else ""
            return f"Themes: {names}\nStance: {stance or 'unknown'}{quoted}\nClick to go there"
        if role == ThemesRole:
            return themes
        if role == StanceRole:
            return stance
        if role == SpansRole:
            return [[int(c.get("start", 0)), int(c.get("end", 0))]]
        if role == ItemRole:
            return c
        return None


class ThemeFilterProxy(QAbstractProxyModel):
    """The rows of a flat list whose ThemesRole holds the chosen theme (all rows when none).

    Its own proxy rather than a QSortFilterProxyModel: that one asks a Python
    filterAcceptsRow about every row at each change, ~7,600 calls (~15 ms) per theme focus
    on a 1 MB article's commitments. Here a focus works out the theme's rows once (from the
    CommitmentModel's own list when it is one) and resets the view in one step.
    """

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._theme: str | None = None
        self._rows: list[int] | None = None  # the source rows shown; None: all of them
        self._position: dict[int, int] = {}

    def setSourceModel(self, source: QAbstractItemModel) -> None:
        self.beginResetModel()
        old = self.sourceModel()
        if old is not None:
            for signal, slot in self._wiring(old):
                signal.disconnect(slot)
        super().setSourceModel(source)
        for signal, slot in self._wiring(source):
            signal.connect(slot)
        self._refilter()
        self.endResetModel()

    def _wiring(self, source: QAbstractItemModel) -> list[tuple[Any, Any]]:
        # Any change to the list's rows starts the view over; a change of data (colours)
        # is passed on for the rows shown.
        return [(source.modelReset, self._source_reset),
                (source.layoutChanged, self._source_reset),
                (source.rowsInserted, self._source_reset),
                (source.rowsRemoved, self._source_reset),
                (source.dataChanged, self._source_data_changed)]

    def set_theme(self, theme_id: str | None) -> None:
        self.beginResetModel()
        self._theme = theme_id
        self._refilter()
        self.endResetModel()

    def theme(self) -> str | None:
        return self._theme

    def _refilter(self) -> None:
        source = self.sourceModel()
        if self._theme is None or source is None:
            self._rows, self._position = None, {}
            return
        if isinstance(source, CommitmentModel):
            rows = source.rows_with_theme(self._theme)
        else:
            rows = [r for r in range(source.rowCount())
                    if self._theme in (source.index(r, 0).data(ThemesRole) or [])]
        self._rows = rows
        self._position = {row: n for n, row in enumerate(rows)}

    def _source_reset(self, *_: object) -> None:
        self.beginResetModel()
        self._refilter()
        self.endResetModel()

    def _source_data_changed(self, _first: Index, _last: Index, roles: list[int]) -> None:
        count = self.rowCount()
        if count:
            self.dataChanged.emit(self.index(0, 0), self.index(count - 1, 0), roles)

    # --- the proxy model interface ---------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        source = self.sourceModel()
        if parent.isValid() or source is None:
            return 0
        return source.rowCount() if self._rows is None else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() or self.sourceModel() is None else 1

    def index(self, row: int, column: int = 0, parent: Index = _ROOT) -> QModelIndex:
        if parent.isValid() or column != 0 or not 0 <= row < self.rowCount():
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: Index | None = None) -> Any:  # type: ignore[override]
        # Without an index this is QObject.parent(), which PySide routes here too.
        if index is None:
            return super().parent()
        return QModelIndex()

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        source = self.sourceModel()
        if source is None or not proxy_index.isValid():
            return QModelIndex()
        row = proxy_index.row()
        return source.index(row if self._rows is None else self._rows[row], 0)

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        row = source_index.row() if self._rows is None else self._position.get(
            source_index.row())
        return QModelIndex() if row is None else self.index(row, 0)
