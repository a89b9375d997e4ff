"""The sidebar and theme models pass pytest-qt's model tester and show the core's data."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from reader.core.codebook import default_codebook
from reader.ui.models import (
    CommitmentModel,
    ParticipantModel,
    SpansRole,
    ThemeFilterProxy,
    ThemesRole,
    ThemeTableModel,
)

PARTICIPANTS = [
    {"name": "Kazakhstan", "kind": "country", "aliases": ["Republic of Kazakhstan"],
     "role": "host", "mentions": 2, "spans": [[10, 20], [40, 50]]},
    {"name": "Thomas West", "kind": "person", "aliases": [], "role": "Special Representative",
     "mentions": 1, "spans": [[60, 71]]},
    {"name": "United Nations", "kind": "organisation", "aliases": ["UN"], "role": None,
     "mentions": 1, "spans": [[80, 94]]},
    {"name": "Somebody", "kind": "unusual-kind", "aliases": [], "role": "", "mentions": 0,
     "spans": []},
]
MENTIONED = [{"name": "Afghanistan", "kind": "country", "aliases": [], "role": None,
              "mentions": 3, "spans": [[1, 5], [6, 9], [100, 104]]}]
COMMITMENTS = [
    {"actor": "The United States", "verb": "will provide", "text": "will provide aid",
     "start": 5, "end": 30, "themes": ["humanitarian", "cooperation"], "stance": "pledge",
     "quoted": False},
    {"actor": "The officials", "verb": "reaffirmed", "text": "reaffirmed support",
     "start": 40, "end": 70, "themes": ["security"], "stance": "support", "quoted": True},
]


def test_theme_model(qtmodeltester, qapp):
    codebook = default_codebook()
    model = ThemeTableModel(codebook)
    model.set_counts({"security": 4, "rights": 2})
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == len(codebook.themes)
    assert model.index(0, ThemeTableModel.NAME).data() == codebook.themes[0].name
    assert model.index(0, ThemeTableModel.COUNT).data() == "4"
    toggled = []
    model.visibility_changed.connect(lambda tid, shown: toggled.append((tid, shown)))
    box = model.index(1, ThemeTableModel.SHOW)
    assert model.setData(box, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert toggled == [(codebook.themes[1].id, False)]
    assert model.hidden() == {codebook.themes[1].id}
    qtmodeltester.check(model, force_py=True)


def test_participant_model_groups_by_kind(qtmodeltester, qapp):
    model = ParticipantModel()
    qtmodeltester.check(model, force_py=True)  # empty
    model.set_items(PARTICIPANTS, MENTIONED)
    qtmodeltester.check(model, force_py=True)
    root = QModelIndex()
    groups = [model.index(r, 0, root).data() for r in range(model.rowCount(root))]
    assert groups == ["Countries (1)", "People (1)", "Organisations (1)", "Other (1)",
                      "Mentioned (1)"]
    people = model.index(1, 0, root)
    west = model.index(0, 0, people)
    assert west.data() == "Thomas West\nSpecial Representative"
    assert west.siblingAtColumn(ParticipantModel.MENTIONS).data() == "1"
    assert west.data(SpansRole) == [[60, 71]]
    assert model.parent(west) == people
    assert "UN" in model.index(0, 0, model.index(2, 0, root)).data(Qt.ItemDataRole.ToolTipRole)


def test_commitment_model(qtmodeltester, qapp):
    model = CommitmentModel()
    model.set_items(COMMITMENTS)
    model.set_theme_style({"security": "#d55e00", "humanitarian": "#009e73"},
                          {"security": "Security"})
    qtmodeltester.check(model, force_py=True)
    first = model.index(0)
    assert first.data().splitlines()[0] == "The United States · will provide  [pledge]"
    assert first.data(ThemesRole) == ["humanitarian", "cooperation"]
    assert first.data(SpansRole) == [[5, 30]]
    assert not first.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "quoted" in model.index(1).data(Qt.ItemDataRole.ToolTipRole)


def test_theme_filter_proxy(qtmodeltester, qapp):
    model = CommitmentModel()
    model.set_items(COMMITMENTS)
    proxy = ThemeFilterProxy()
    proxy.setSourceModel(model)
    # One tester, attached once: it checks the proxy now and watches every change below.
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_theme("security")
    assert proxy.rowCount() == 1
    assert proxy.index(0, 0).data(SpansRole) == [[40, 70]]
    assert not proxy.mapFromSource(model.index(0)).isValid()  # not a security commitment
    assert proxy.mapFromSource(model.index(1)) == proxy.index(0, 0)
    assert proxy.mapToSource(proxy.index(0, 0)) == model.index(1)
    proxy.set_theme("economy")
    assert proxy.rowCount() == 0
    proxy.set_theme(None)
    assert proxy.rowCount() == 2


def test_theme_filter_passes_on_new_colours_for_its_rows(qapp):
    model = CommitmentModel()
    model.set_items(COMMITMENTS)
    proxy = ThemeFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_theme("security")
    changed = []
    proxy.dataChanged.connect(lambda first, last, roles: changed.append(
        (first.model() is proxy, first.row(), last.row())))
    model.set_theme_style({"security": "#000000"}, {"security": "Security"})
    assert changed == [(True, 0, 0)]


def test_theme_filter_is_one_reset_and_follows_a_new_list(qtbot):
    # Per-row insert/remove signals made focusing a theme cost ~100 ms on a long article:
    # the sidebar redrew its tab counts once per row. Now the view starts over once.
    model = CommitmentModel()
    rows = [{"actor": "participants", "verb": "agreed", "text": f"clause {n}",
             "themes": ["security"] if n % 3 == 0 else ["economy"], "start": n, "end": n + 1}
            for n in range(300)]
    model.set_items(rows)
    proxy = ThemeFilterProxy()
    proxy.setSourceModel(model)
    seen = {"reset": 0, "rows": 0}
    proxy.modelReset.connect(lambda *a: seen.__setitem__("reset", seen["reset"] + 1))
    proxy.rowsRemoved.connect(lambda *a: seen.__setitem__("rows", seen["rows"] + 1))
    proxy.rowsInserted.connect(lambda *a: seen.__setitem__("rows", seen["rows"] + 1))
    assert proxy.rowCount() == 300
    proxy.set_theme("security")
    assert proxy.rowCount() == 100
    assert seen == {"reset": 1, "rows": 0}
    model.set_items(rows[:30])  # a new article: the rows of the theme are worked out again
    assert proxy.rowCount() == 10
    assert [proxy.index(n, 0).data(SpansRole)[0][0] for n in range(3)] == [0, 3, 6]
    proxy.set_theme(None)
    assert proxy.rowCount() == 30
