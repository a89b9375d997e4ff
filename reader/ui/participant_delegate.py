"""ParticipantDelegate: a participant's name, with its role beneath in quieter, smaller type.

The model gives the name column as "name\\nrole" (its DisplayRole, which the tests and the
accessibility tools read, and which this splits). Drawn in one style, the role line looked
like one more entity in the list ("UN Secretary General" above "Secretary General"); this
draws it set apart.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

from reader.ui.colors import mix
from reader.ui.models import ParticipantModel

# The role line's share of the text colour over the background: clearly secondary, and
# 5.2:1 (light) and 6.3:1 (dark) against the sidebar's panel colour (0.62 gave 4.1:1).
ROLE_WEIGHT = 0.7
ROLE_GAP = 1


def role_font(font: QFont) -> QFont:
    """The role line's font: the name's, one point smaller (never below 7 pt)."""
    smaller = QFont(font)
    if font.pointSizeF() > 0:
        smaller.setPointSizeF(max(7.0, font.pointSizeF() - 1))
    return smaller


def quieter(text: QColor, background: QColor, weight: float = ROLE_WEIGHT) -> QColor:
    """`text` laid over `background` at `weight` opacity."""
    return QColor(mix(text.name(), background.name(), weight))


class ParticipantDelegate(QStyledItemDelegate):
    """Names as the view draws them; a participant with a role gets it on a second line."""

    @staticmethod
    def _name_and_role(index: QModelIndex | QPersistentModelIndex) -> tuple[str, str] | None:
        if index.column() != ParticipantModel.NAME:
            return None
        # From the display text, not the item: the item carries every mention span, and
        # handing that through a QVariant cost 2 ms per row of a 1 MB article's sidebar.
        text = index.data()
        if not isinstance(text, str) or "\n" not in text:
            return None
        name, role = text.split("\n", 1)
        return name, role

    def _text_rect(self, option: QStyleOptionViewItem) -> QRect:
        style = option.widget.style() if option.widget else QApplication.style()
        return style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option,
                                    option.widget)

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        parts = self._name_and_role(index)
        if parts is None:
            return super().sizeHint(option, index)
        name, role = parts
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self._wrap_width(opt, index)
        name_height = QFontMetrics(opt.font).boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, name).height()
        role_height = QFontMetrics(role_font(opt.font)).boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, role).height()
        return QSize(width, name_height + ROLE_GAP + role_height + 6)

    def _wrap_width(self, option: QStyleOptionViewItem,
                    index: QModelIndex | QPersistentModelIndex) -> int:
        """The width the name and role wrap to: the name column less the tree's indent
        (a tree asks for row heights with no width in the option)."""
        view = option.widget
        width = option.rect.width()
        if isinstance(view, QTreeView):
            depth = 0
            parent = index.parent()
            while parent.isValid():
                depth += 1
                parent = parent.parent()
            width = view.columnWidth(index.column()) - view.indentation() * depth
        return max(60, width - 8)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        parts = self._name_and_role(index)
        if parts is None:
            super().paint(painter, option, index)
            return
        name, role = parts
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # the background, selection and focus as the style draws them
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = self._text_rect(opt).adjusted(2, 2, -2, -2)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        text = palette.color(QPalette.ColorRole.HighlightedText if selected
                             else QPalette.ColorRole.Text)
        background = palette.color(QPalette.ColorRole.Highlight if selected
                                   else QPalette.ColorRole.Base)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(text)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        used = painter.drawText(rect, int(flags), name)
        small = role_font(opt.font)
        painter.setFont(small)
        painter.setPen(quieter(text, background))
        painter.drawText(rect.adjusted(0, used.height() + ROLE_GAP, 0, 0), int(flags), role)
        painter.restore()
