"""CommitmentDelegate: a commitment as "actor · verb · stance" with theme chips, then its clause."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from reader.ui.models import ItemRole

PAD = 6
CHIP = 9
# The core's actor for a commitment of the whole group: reader.core.commitments.PARTICIPANTS,
# not imported (that module loads the analysers; a test keeps the two equal).
GROUP_ACTOR = "participants"


class CommitmentDelegate(QStyledItemDelegate):
    """Head line in semibold with the theme chips at its right; the clause wraps beneath."""

    def __init__(self, colors: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self._colors = dict(colors)

    def set_colors(self, colors: dict[str, str]) -> None:
        self._colors = dict(colors)

    @staticmethod
    def _parts(index: QModelIndex | QPersistentModelIndex) -> tuple[str, str, list[str]]:
        item = index.data(ItemRole) or {}
        actor, verb = str(item.get("actor") or "—"), str(item.get("verb") or "")
        if actor == GROUP_ACTOR:
            # The row's first words read as a heading: "Participants · reaffirmed". Party
            # names are shown as written ("al-Shabaab", "de Mistura").
            actor = actor.capitalize()
        head = f"{actor} · {verb}" if verb else actor
        if item.get("stance") and item["stance"] != "other":  # "other" tells the reader nothing
            head += f"  ·  {item['stance']}"
        clause = " ".join(str(item.get("text") or "").split())
        return head, clause, [str(t) for t in item.get("themes") or []]

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        return max(60, option.rect.width() - 2 * PAD)

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        _, clause, _ = self._parts(index)
        width = self._text_width(option)
        view = option.widget
        if view is not None:
            width = max(60, view.viewport().width() - 2 * PAD - 4)
        metrics = QFontMetrics(option.font)
        body = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, clause)
        return QSize(width + 2 * PAD, metrics.height() + body.height() + 2 * PAD + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        head, clause, themes = self._parts(index)
        painter.save()
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected
                                   else QPalette.ColorRole.Text)
        rect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        metrics = QFontMetrics(option.font)
        chips_width = len(themes) * (CHIP + 3)
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(text_color)
        head_rect = QRect(rect.left(), rect.top(), rect.width() - chips_width - 4, metrics.height())
        painter.drawText(head_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(bold).elidedText(head, Qt.TextElideMode.ElideRight,
                                                       head_rect.width()))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        x = rect.right() - chips_width + 3
        y = rect.top() + (metrics.height() - CHIP) // 2
        for theme_id in themes:
            painter.setBrush(QColor(self._colors.get(theme_id, "#888888")))
            painter.drawEllipse(x, y, CHIP, CHIP)
            x += CHIP + 3
        painter.setFont(option.font)
        painter.setPen(text_color)
        body = QRect(rect.left(), rect.top() + metrics.height() + 2, rect.width(),
                     rect.height() - metrics.height() - 2)
        painter.drawText(body, Qt.TextFlag.TextWordWrap, clause)
        painter.restore()
