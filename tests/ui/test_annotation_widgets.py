"""The annotation widgets on their own: notes, review, codebook editor, export dialog."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from reader.core.analysis import analyze
from reader.core.annotations import REVIEW_ACCEPTED, REVIEW_REJECTED, Highlight
from reader.core.article import load_article
from reader.core.codebook import default_codebook
from reader.core.commands import AddHighlight
from reader.core.exports.bundle import build_bundle
from reader.store import Store
from reader.ui.codebook_editor import CodebookEditor, theme_id_for
from reader.ui.export_dialog import PREF_KEY, ExportDialog
from reader.ui.notes_panel import NotesPanel
from reader.ui.review import ReviewPanel
from reader.ui.undo import UndoHistory

# The offscreen plugin cannot forward size hints to a window manager; not our defect.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

HOSTILE = ("<script>alert('x')</script> <b>bold</b> &amp; \u202eevil\u202c "
           "\u05e9\u05dc\u05d5\u05dd \x07bell " + "long " * 400)


@pytest.fixture
def store(tmp_path: Path):
    s = Store.open(tmp_path / "data")
    yield s
    s.close()


@pytest.fixture
def article(bundled_path: Path):
    return load_article(bundled_path)


@pytest.fixture
def history(qtbot, store):
    return UndoHistory(store)


def _panel(qtbot, history, store, article) -> NotesPanel:
    panel = NotesPanel(history, store)
    qtbot.addWidget(panel)
    cb = default_codebook()
    panel.set_themes({t.id: t.name for t in cb.themes}, {t.id: t.color for t in cb.themes})
    panel.set_article(article.content_id)
    history.changed.connect(lambda *_: panel.refresh())
    panel.resize(360, 600)
    panel.show()
    return panel


def _highlight(article, theme="security", start=0, end=40, note=""):
    return Highlight.anchored(article.content_id, article.text, theme, start, end, note=note)


def test_note_typed_in_place_is_saved_and_one_undo_step(qtbot, history, store, article):
    panel = _panel(qtbot, history, store, article)
    h = _highlight(article)
    history.push(AddHighlight(h))
    card = panel.card(h.id)
    qtbot.keyClicks(card.note, "Check the date")
    assert store.highlight(h.id).note == "Check the date"
    # Every keystroke was saved, but the typing is one undo step after the add.
    assert [c.text for c in history.commands()] == ["Add highlight", "Edit note"]
    history.undo()
    assert store.highlight(h.id).note == ""
    assert panel.card(h.id).note.toPlainText() == ""
    history.redo()
    assert panel.card(h.id).note.toPlainText() == "Check the date"


def test_hostile_note_and_memo_are_kept_and_shown_exactly(qtbot, history, store, article):
    panel = _panel(qtbot, history, store, article)
    h = _highlight(article, note=HOSTILE)
    history.push(AddHighlight(h))
    assert panel.card(h.id).note.toPlainText() == HOSTILE
    assert store.highlight(h.id).note == HOSTILE
    assert panel.card(h.id).quote.textFormat() == Qt.TextFormat.PlainText
    panel.memo.setPlainText(HOSTILE)
    assert store.get_memo(article.content_id) == HOSTILE


def test_change_theme_and_delete_from_card_menu(qtbot, history, store, article):
    panel = _panel(qtbot, history, store, article)
    h = _highlight(article)
    history.push(AddHighlight(h))
    menu = panel.context_menu(h.id)
    themes = next(a.menu() for a in menu.actions() if a.text() == "Change theme")
    next(a for a in themes.actions() if a.text() == "Humanitarian").trigger()
    assert store.highlight(h.id).theme_id == "humanitarian"
    assert panel.card(h.id).chip.text() == "Humanitarian"
    delete = next(a for a in panel.context_menu(h.id).actions() if a.text() == "Delete highlight")
    delete.trigger()
    assert store.highlight(h.id) is None and panel.cards() == []
    history.undo()
    assert store.highlight(h.id).theme_id == "humanitarian"
    history.undo()
    assert store.highlight(h.id).theme_id == "security"


def test_orphan_is_listed_with_its_quote_and_marker(qtbot, history, store, article):
    panel = _panel(qtbot, history, store, article)
    orphan = _highlight(article).with_changes(orphan=True, quote="a passage that is gone")
    store.add_highlight(orphan)
    panel.refresh()
    card = panel.card(orphan.id)
    assert not card.orphan_mark.isHidden()
    assert "a passage that is gone" in card.quote.text()
    assert "1 not found" in panel.title.text()


def test_review_single_all_and_restore(qtbot, history, store, article):
    analysis = analyze(article, default_codebook())
    theme = next(t for t, n in analysis.theme_counts.items() if n >= 3)
    panel = ReviewPanel(history, store)
    qtbot.addWidget(panel)
    panel.set_themes({t.id: t.name for t in analysis.codebook.themes})
    panel.set_analysis(analysis)
    history.changed.connect(lambda *_: panel.refresh())
    panel.show()  # a hidden panel redraws only when shown (see ReviewPanel.refresh)
    panel.select_theme(theme)
    passages = panel.passages()
    first = passages[0]
    panel.select_passage(first.start, first.end)
    qtbot.mouseClick(panel.reject_button, Qt.MouseButton.LeftButton)
    assert store.review(article.content_id, theme, first.start, first.end).decision \
        == REVIEW_REJECTED
    # Rejected rows are hidden until asked for.
    assert panel.list.count() == len(passages) - 1
    panel.show_rejected.setChecked(True)
    assert panel.list.count() == len(passages)
    qtbot.mouseClick(panel.accept_all_button, Qt.MouseButton.LeftButton)
    decisions = [p.decision for p in panel.passages()]
    assert decisions == [REVIEW_REJECTED] + [REVIEW_ACCEPTED] * (len(passages) - 1)
    qtbot.mouseClick(panel.reject_all_button, Qt.MouseButton.LeftButton)
    assert {p.decision for p in panel.passages()} == {REVIEW_REJECTED}
    history.undo()  # reject all was one step
    assert [p.decision for p in panel.passages()] == decisions
    qtbot.mouseClick(panel.restore_all_button, Qt.MouseButton.LeftButton)
    assert store.review(article.content_id, theme, first.start, first.end) is None


def test_codebook_editor_edits_and_inline_errors(qtbot, history, store):
    def current():
        return store.user_codebook() or default_codebook()

    picked = QColor("#123456")
    editor = CodebookEditor(history, current, pick_color=lambda *_: picked)
    qtbot.addWidget(editor)
    history.changed.connect(lambda *_: editor.refresh())
    editor.show()
    editor.select("security")
    editor.name.setText("Security & <i>order</i>")
    editor.apply_name()
    assert current().theme("security").name == "Security & <i>order</i>"
    editor.choose_color(dark=False)
    assert current().theme("security").color == "#123456"
    editor.terms.setPlainText("security\nborder guard\n")
    qtbot.mouseClick(editor.save_terms_button, Qt.MouseButton.LeftButton)
    assert current().theme("security").terms == ("security", "border guard")
    editor.terms.setPlainText("security\n!!!\n")
    qtbot.mouseClick(editor.save_terms_button, Qt.MouseButton.LeftButton)
    assert editor.error.isVisible() and "no letters or digits" in editor.error.text()
    assert current().theme("security").terms == ("security", "border guard")
    qtbot.keyClicks(editor.new_name, "Water rights")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert "water-rights" in current().ids and not editor.error.isVisible()
    assert editor.selected_theme() == "water-rights"
    qtbot.mouseClick(editor.reset_button, Qt.MouseButton.LeftButton)
    assert store.user_codebook() is None
    history.undo()
    assert "water-rights" in current().ids
    for _ in range(4):
        history.undo()
    assert store.user_codebook() == default_codebook() or store.user_codebook() is None


def test_theme_ids_from_names():
    assert theme_id_for("Water rights", set()) == "water-rights"
    assert theme_id_for("Water rights", {"water-rights"}) == "water-rights-2"
    assert theme_id_for("2030 agenda", set()) == "t-2030-agenda"
    assert theme_id_for("!!!", set()) == "theme"


def test_export_dialog_writes_and_remembers(qtbot, store, article, tmp_path):
    analysis = analyze(article, default_codebook())
    h = _highlight(article, note="<script>x</script>")
    store.add_highlight(h)
    opened: list[Path] = []

    def build(options):
        return build_bundle(analysis, store.highlights(article.content_id),
                            store.reviews(article.content_id), "memo", options)

    def make():
        dialog = ExportDialog(build, analysis.codebook, article.title, store,
                              opener=lambda p: opened.append(p) or True)
        qtbot.addWidget(dialog)
        return dialog

    dialog = make()
    dialog.set_format("json")
    dialog.set_theme_checked("humanitarian", False)
    dialog.manual_only.setChecked(True)
    dialog.open_after.setChecked(True)
    out = tmp_path / "out" / "brief.json"
    out.parent.mkdir()
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [p["note"] for p in data["highlights"]] == ["<script>x</script>"]
    assert opened == [out]
    saved = store.get_pref(PREF_KEY)
    assert saved["format"] == "json" and saved["manual_only"] is True
    assert "humanitarian" not in saved["themes"]
    again = make()
    assert again.format_key() == "json" and again.manual_only.isChecked()
    assert again.open_after.isChecked()
    assert "humanitarian" not in again.theme_ids()
    assert Path(again.path.text()).parent == out.parent


def test_export_dialog_errors_stay_inline(qtbot, store, article, tmp_path):
    analysis = analyze(article, default_codebook())
    dialog = ExportDialog(lambda o: build_bundle(analysis, options=o), analysis.codebook,
                          article.title, store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(tmp_path / "missing-folder" / "x.md"))
    assert dialog.export() is False
    assert "does not exist" in dialog.error.text() and dialog.isVisible()
    dialog.path.setText(str(tmp_path / "x.md"))
    dialog._check_all(False)
    assert dialog.export() is False
    assert "No theme chosen" in dialog.error.text()
    assert not (tmp_path / "x.md").exists()
