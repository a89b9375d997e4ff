"""Clicking a participant marks its mentions; clicking a commitment scrolls to it."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QModelIndex, Qt

import reader.ui.analysis_runner as runner_module
from reader.core.analysis import analyze as real_analyze
from reader.core.records import Commitment, Entity


def spans_of(text: str, word: str) -> list[list[int]]:
    return [[m.start(), m.end()] for m in re.finditer(re.escape(word), text)]


@pytest.fixture
def with_extraction(monkeypatch):
    """The real analysis with a small known set of participants and one commitment, so
    the sidebar's groups and rows are known exactly."""

    def analyze(article, codebook, finder=None):
        result = real_analyze(article, codebook, finder)
        text = article.text
        result.participants = [
            Entity("kazakhstan", "Kazakhstan", "country", role="host",
                   spans=spans_of(text, "Kazakhstan"), party=True),
            Entity("thomas-west", "Thomas West", "person", aliases=["West"],
                   role="U.S. Special Representative", spans=spans_of(text, "Thomas West"),
                   party=True),
        ]
        result.mentioned = [Entity("afghanistan", "Afghanistan", "country",
                                   spans=spans_of(text, "Afghanistan"))]
        last = result.sentences[-1]
        result.commitments = [Commitment(
            "The officials", "reaffirmed", last.start, last.end, text[last.start:last.end],
            "support", list(last.theme_ids))]
        return result

    monkeypatch.setattr(runner_module, "analyze", analyze)


def test_clicking_a_participant_marks_its_mentions(qtbot, open_window, with_extraction):
    window = open_window(size=(1200, 480))
    model = window.participant_model
    view = window.sidebar.participant_view
    groups = [model.index(r, 0, QModelIndex()).data() for r in range(model.rowCount())]
    assert groups == ["Countries (1)", "People (1)", "Mentioned (1)"]
    # The tab counts who took part; the mentioned are listed but not counted as such.
    assert window.sidebar.tabText(0) == "Participants (2)"
    people = model.index(1, 0, QModelIndex())
    west = model.index(0, 0, people)
    assert west.data().splitlines() == ["Thomas West", "U.S. Special Representative"]
    rect = view.visualRect(west)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    text = window.article.text
    assert window.view.mentions() == [tuple(s) for s in spans_of(text, "Thomas West")]
    start, end = window.view.visible_range()
    assert start <= window.view.mentions()[0][0] <= end
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.view.mentions() == []


def test_clicking_a_commitment_scrolls_to_it_and_flashes(qtbot, open_window, with_extraction):
    window = open_window(size=(1200, 420))
    window.sidebar.setCurrentIndex(1)
    view = window.sidebar.commitment_view
    index = view.model().index(0, 0)
    commitment = window.commitment_model.item(0)
    assert window.view.visible_range()[1] < commitment["start"]  # off screen at first
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())
    start, end = window.view.visible_range()
    assert start <= commitment["start"] <= end
    assert window.view.flashing() == (commitment["start"], commitment["end"])
    qtbot.waitUntil(lambda: window.view.flashing() is None, timeout=3000)


def test_commitments_follow_the_theme_focus(qtbot, open_window, with_extraction):
    window = open_window()
    proxy = window.sidebar.commitment_filter
    themes = window.commitment_model.item(0)["themes"]
    other = next(t for t in window.codebook.ids if t not in themes)
    window.focus_theme(other)
    assert proxy.rowCount() == 0
    assert window.sidebar.tabText(1) == "Commitments (0)"
    window.clear_focus()
    if themes:
        window.focus_theme(themes[0])
        assert proxy.rowCount() == 1


def test_a_role_is_drawn_beneath_its_name_in_quieter_type(qtbot, open_window, with_extraction):
    """The role line is set apart from the names (it read as one more entity): its row is
    two lines tall, and the role is drawn in the quieter colour, the name in the text's."""
    from PySide6.QtGui import QColor

    from reader.ui.participant_delegate import ROLE_WEIGHT, quieter

    window = open_window(size=(1200, 600))
    model = window.participant_model
    view = window.sidebar.participant_view
    west = model.index(0, 0, model.index(1, 0, QModelIndex()))
    afghanistan = model.index(0, 0, model.index(2, 0, QModelIndex()))  # no role
    view.clearSelection()
    west_rect, plain_rect = view.visualRect(west), view.visualRect(afghanistan)
    assert west_rect.height() >= 2 * plain_rect.height() - 4
    image = view.viewport().grab().toImage()
    palette = view.palette()
    text = palette.color(palette.ColorRole.Text)
    role = quieter(text, palette.color(palette.ColorRole.Base), ROLE_WEIGHT)

    def darkest(rect) -> QColor:
        """The colour of the most ink in `rect`: the text's, where glyphs are solid."""
        best, found = None, QColor()
        for y in range(rect.top(), rect.bottom()):
            for x in range(rect.left(), rect.right()):
                c = image.pixelColor(x, y)
                ink = abs(c.lightness() - palette.color(palette.ColorRole.Base).lightness())
                if best is None or ink > best:
                    best, found = ink, c
        return found

    middle = west_rect.top() + west_rect.height() // 2
    name_ink = darkest(west_rect.adjusted(0, 0, 0, -(west_rect.bottom() - middle)))
    role_ink = darkest(west_rect.adjusted(0, middle - west_rect.top(), 0, 0))

    def near(a: QColor, b: QColor) -> bool:
        return all(abs(x - y) <= 24 for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))

    assert near(name_ink, text)
    assert near(role_ink, role) and not near(role_ink, text)
    assert west.data().splitlines() == ["Thomas West", "U.S. Special Representative"]


def test_a_commitment_row_names_its_actor_as_a_heading():
    """The group actor the core calls "participants" heads its row with a capital; party
    names are shown as written, a lowercase particle included."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from reader.core.commitments import PARTICIPANTS
    from reader.ui.commitment_delegate import GROUP_ACTOR, CommitmentDelegate
    from reader.ui.models import ItemRole

    assert GROUP_ACTOR == PARTICIPANTS
    model = QStandardItemModel()
    for actor in ("participants", "United States", "al-Shabaab"):
        row = QStandardItem()
        row.setData({"actor": actor, "verb": "reaffirmed", "stance": "support",
                     "text": "They reaffirmed it.", "themes": []}, ItemRole)
        model.appendRow(row)
    heads = [CommitmentDelegate._parts(model.index(n, 0))[0] for n in range(3)]
    assert heads == ["Participants · reaffirmed  ·  support",
                     "United States · reaffirmed  ·  support",
                     "al-Shabaab · reaffirmed  ·  support"]


def test_the_participant_delegate_reads_only_the_display_text(qtbot):
    """The item behind a row carries every mention span (thousands on a 1 MB article);
    asking for it on each paint made focusing a theme there cost 45 ms instead of 18."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage, QPainter, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QStyleOptionViewItem, QTreeView

    from reader.ui.models import ItemRole
    from reader.ui.participant_delegate import ParticipantDelegate

    asked: list[int] = []

    class Recording(QStandardItemModel):
        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            asked.append(role)
            return super().data(index, role)

    model = Recording()
    row = QStandardItem("Thomas West\nSpecial Representative for Afghanistan")
    row.setData({"name": "Thomas West", "spans": [[n, n + 5] for n in range(5000)]}, ItemRole)
    model.appendRow(row)
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = ParticipantDelegate(view)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(0, 0, 300, 40)
    image = QImage(300, 40, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    delegate.paint(painter, option, model.index(0, 0))
    painter.end()
    assert delegate.sizeHint(option, model.index(0, 0)).height() > 2 * view.fontMetrics().height()
    assert ItemRole not in asked
