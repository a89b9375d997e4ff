"""Annotating in the real window: select + key, notes, review, codebook edits, undo, export."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from reader.core.annotations import REVIEW_REJECTED
from reader.ui.export_dialog import PREF_KEY
from reader.ui.models import ThemeTableModel

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def undo(qtbot, window) -> None:
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL)


def redo(qtbot, window) -> None:
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL | SHIFT)


def count(window, theme_id: str) -> int:
    model = window.theme_model
    return int(model.index(model.row_of(theme_id), ThemeTableModel.COUNT).data())


def store_of(window):
    return window.annotator.store


def sentence_without(window, theme_id: str):
    """A body sentence that does not carry `theme_id` (so a highlight adds to its count)."""
    return next(s for s in window.analysis.sentences
                if theme_id not in s.theme_ids and s.end - s.start > 40)


def select_and_key(qtbot, window, start: int, end: int, key: Qt.Key) -> None:
    window.view.setFocus()
    window.view.select_span(start, end)
    qtbot.keyClick(window.view, key)


def test_select_and_key_highlights_and_undo_redo(qtbot, open_window):
    window = open_window()
    theme = window.codebook.ids[0]
    s = sentence_without(window, theme)
    before = count(window, theme)
    # Selecting a little white space around the words: the quote is trimmed.
    select_and_key(qtbot, window, s.start, s.end, Qt.Key.Key_1)
    article = window.article
    [h] = store_of(window).highlights(article.content_id)
    assert (h.theme_id, h.start, h.end) == (theme, s.start, s.end)
    assert h.quote == article.text[s.start:s.end] and h.origin == "manual"
    assert [x.id for x in window.view.user_highlights()] == [h.id]
    assert [c.highlight.id for c in window.annotator.notes.cards()] == [h.id]
    assert count(window, theme) == before + 1
    assert window.view.focus_theme() is None  # with a selection the key highlights

    edit_menu = window.annotator.edit_menu
    assert edit_menu.actions()[0].text() == "&Undo Add highlight"
    undo(qtbot, window)
    assert store_of(window).highlights(article.content_id) == []
    assert edit_menu.actions()[1].text() == "&Redo Add highlight"
    assert window.view.user_highlights() == [] and count(window, theme) == before
    redo(qtbot, window)
    assert [x.id for x in store_of(window).highlights(article.content_id)] == [h.id]
    assert count(window, theme) == before + 1

    # Without a selection the same key still focuses the theme.
    window.view.select_span(0, 0)
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    assert window.view.focus_theme() == theme


def test_overlapping_highlights_from_buttons_and_context_menu(qtbot, open_window):
    window = open_window()
    s = sentence_without(window, "economy")
    middle = (s.start + s.end) // 2
    window.view.select_span(s.start, middle + 10)
    qtbot.mouseClick(window.annotator.buttons.buttons["economy"], Qt.MouseButton.LeftButton)
    window.view.select_span(middle, s.end)
    menu = window.view.context_menu_at(window.view.viewport().rect().center())
    as_menu = next(a.menu() for a in menu.actions() if a.text() == "Highlight as")
    next(a for a in as_menu.actions() if a.text().endswith("Rights")).trigger()
    highlights = store_of(window).highlights(window.article.content_id)
    assert [(h.theme_id, h.start) for h in highlights] == [("economy", s.start),
                                                           ("rights", middle)]
    # Overlapping highlights are drawn in separate lanes of the margin.
    assert window.view._lanes == [0, 1]


def test_note_edited_in_place_and_undone_with_ctrl_z(qtbot, open_window):
    window = open_window()
    s = sentence_without(window, "security")
    select_and_key(qtbot, window, s.start, s.end, Qt.Key.Key_1)
    [h] = store_of(window).highlights(window.article.content_id)
    card = window.annotator.notes.card(h.id)
    typed = "<script>alert(1)</script> <b>x</b> "
    hostile = typed + "\u202eRTL\u202c \u0634\u0643\u0631\u0627"
    card.note.setFocus()
    qtbot.keyClicks(card.note, typed)  # QTest types ASCII only: the rest comes as a paste
    card.note.insertPlainText(hostile[len(typed):])
    assert store_of(window).highlight(h.id).note == hostile
    assert window.annotator.notes.card(h.id).note.toPlainText() == hostile
    undo(qtbot, window)  # the typing is one step
    assert store_of(window).highlight(h.id).note == ""
    assert card.note.toPlainText() == ""
    redo(qtbot, window)
    assert card.note.toPlainText() == hostile


def test_reject_single_and_all_of_a_theme_then_restore(qtbot, open_window):
    window = open_window()
    theme = "rights"
    passages = window.analysis.passages(theme)
    total = count(window, theme)
    assert total == len(passages) >= 2
    first = passages[0]
    window.view.reveal(first.start, first.end)
    # Right-click inside the passage: the menu offers to reject its theme.
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(window.view.document())
    cursor.setPosition(window.view._map.to_doc(first.start) + 2)
    pos = window.view.cursorRect(cursor).center()
    menu = window.view.context_menu_at(pos)
    next(a for a in menu.actions() if a.text() == "Reject the Rights passage").trigger()
    review = store_of(window).review(window.article.content_id, theme, first.start, first.end)
    assert review.decision == REVIEW_REJECTED
    assert count(window, theme) == total - 1
    assert theme not in window.view.sentence_at(first.start + 2).theme_ids
    assert window.chart is None or window.chart.counts()[theme] == total - 1

    # All of the theme in one step from the Review tab.
    review_panel = window.annotator.review
    window.sidebar.setCurrentWidget(review_panel)
    review_panel.select_theme(theme)
    qtbot.mouseClick(review_panel.reject_all_button, Qt.MouseButton.LeftButton)
    assert count(window, theme) == 0
    assert not window.analysis.passages(theme)
    undo(qtbot, window)
    assert count(window, theme) == total - 1
    # Restore the single rejected one from the review list.
    review_panel.show_rejected.setChecked(True)
    review_panel.select_passage(first.start, first.end)
    qtbot.mouseClick(review_panel.restore_button, Qt.MouseButton.LeftButton)
    assert count(window, theme) == total
    assert theme in window.view.sentence_at(first.start + 2).theme_ids
    undo(qtbot, window)
    assert count(window, theme) == total - 1
    redo(qtbot, window)
    assert count(window, theme) == total


def test_codebook_edits_update_counts_and_undo(qtbot, open_window):
    window = open_window()
    dialog = window.annotator.open_codebook_editor()
    editor = dialog.editor
    editor.pick_color = lambda *_: QColor("#123456")
    qtbot.addWidget(dialog)

    editor.select("economy")
    editor.name.setText("Trade & <b>money</b>")
    editor.apply_name()
    row = window.theme_model.row_of("economy")
    assert window.theme_model.index(row, ThemeTableModel.NAME).data() == "Trade & <b>money</b>"
    # Shown as typed: '&' is not taken as a shortcut mark, markup is not rendered.
    assert window.annotator.buttons.buttons["economy"].text() == "6 Trade && <b>money</b>"

    editor.choose_color(dark=False)
    assert window.colors.line_hex("economy") == "#123456"

    before = count(window, "economy")
    editor.terms.setPlainText("Afghanistan")
    qtbot.mouseClick(editor.save_terms_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.analysis is not None
                    and window.analysis.codebook.theme("economy").terms == ("Afghanistan",))
    after = count(window, "economy")
    assert after != before
    assert after == sum(1 for s in window.analysis.sentences if "economy" in s.theme_ids)

    qtbot.keyClicks(editor.new_name, "Astana")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.analysis is not None and "astana" in window.analysis.codebook)
    assert window.theme_model.row_of("astana") == len(window.codebook.ids) - 1
    assert count(window, "astana") > 0

    editor.terms.setPlainText("???")
    qtbot.mouseClick(editor.save_terms_button, Qt.MouseButton.LeftButton)
    assert "no letters or digits" in editor.error.text()

    for _ in range(2):  # undo the add and the terms
        undo(qtbot, window)
    qtbot.waitUntil(lambda: window.analysis is not None and "astana" not in window.codebook
                    and window.analysis.codebook.theme("economy").terms != ("Afghanistan",))
    assert count(window, "economy") == before

    qtbot.mouseClick(editor.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.analysis is not None
                    and window.codebook.theme("economy").name == "Economy")
    assert store_of(window).user_codebook() is None
    undo(qtbot, window)
    qtbot.waitUntil(lambda: window.codebook.theme("economy").name == "Trade & <b>money</b>")
    redo(qtbot, window)
    qtbot.waitUntil(lambda: window.codebook.theme("economy").name == "Economy")
    assert store_of(window).user_codebook() is None
    dialog.close()


def test_file_export_writes_and_remembers(qtbot, open_window, tmp_path: Path):
    window = open_window()
    s = sentence_without(window, "security")
    select_and_key(qtbot, window, s.start, s.end, Qt.Key.Key_1)
    window.actions["export"].trigger()
    dialog = window.annotator.export_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.opener = lambda path: True
    dialog.set_format("csv")
    dialog.manual_only.setChecked(True)
    target = tmp_path / "brief.csv"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    rows = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) == 2 and "manual" in rows[1]
    assert store_of(window).get_pref(PREF_KEY)["format"] == "csv"
    window.actions["export"].trigger()
    again = window.annotator.export_dialog
    assert again is not dialog
    assert again.format_key() == "csv" and again.manual_only.isChecked()
    assert Path(again.path.text()).parent == tmp_path
    again.reject()


def test_work_survives_a_new_window(qtbot, open_window):
    window = open_window()
    s = sentence_without(window, "security")
    select_and_key(qtbot, window, s.start, s.end, Qt.Key.Key_1)
    window.annotator.notes.memo.setPlainText("Memo for the brief")
    window.close()
    second = open_window()
    assert [h.start for h in second.view.user_highlights()] == [s.start]
    assert second.annotator.notes.memo.toPlainText() == "Memo for the brief"
    # Undo history is per session: nothing to undo in a fresh window.
    assert not second.annotator.history.stack.canUndo()


def test_store_gone_mid_session_is_reported_and_window_carries_on(qtbot, open_window):
    window = open_window()
    s = sentence_without(window, "security")
    select_and_key(qtbot, window, s.start, s.end, Qt.Key.Key_1)
    window.annotator.store._store.close()  # as if the disk went away
    window.view.select_span(s.start, s.end)
    qtbot.keyClick(window.view, Qt.Key.Key_2)
    assert "could not save" in window.banner.text()
    # Undo of the earlier highlight fails the same way; the window keeps working.
    undo(qtbot, window)
    assert "could not" in window.banner.text().lower()
    window.focus_theme("rights")
    assert window.view.focus_theme() == "rights"


def test_digits_typed_in_a_note_stay_in_the_note(qtbot, open_window):
    window = open_window()
    s = sentence_without(window, "security")
    select_and_key(qtbot, window, s.start, s.end, Qt.Key.Key_1)
    [h] = store_of(window).highlights(window.article.content_id)
    # The text keeps its selection while the note has the keyboard.
    window.view.select_span(s.start, s.end)
    card = window.annotator.notes.card(h.id)
    card.note.setFocus()
    qtbot.keyClicks(card.note, "points 1 and 2")
    assert store_of(window).highlight(h.id).note == "points 1 and 2"
    assert len(store_of(window).highlights(window.article.content_id)) == 1
    assert window.view.focus_theme() is None


def test_memo_edit_is_one_undo_step(qtbot, open_window):
    window = open_window()
    memo = window.annotator.notes.memo
    memo.setFocus()
    qtbot.keyClicks(memo, "No new money")
    article_id = window.article.content_id
    assert store_of(window).get_memo(article_id) == "No new money"
    undo(qtbot, window)
    assert store_of(window).get_memo(article_id) == "" and memo.toPlainText() == ""
    redo(qtbot, window)
    assert memo.toPlainText() == "No new money"


def test_changed_file_reanchors_and_shows_orphans(qtbot, open_window, tmp_path: Path,
                                                  bundled_path: Path):
    path = tmp_path / "statement.txt"
    original = bundled_path.read_text(encoding="utf-8")
    path.write_text(original, encoding="utf-8")
    window = open_window(str(path))
    text = window.article.text
    keep = next(s for s in window.analysis.sentences if s.end - s.start > 60)
    drop = next(s for s in reversed(window.analysis.sentences) if s.end - s.start > 60)
    for s in (keep, drop):
        select_and_key(qtbot, window, s.start, s.end, Qt.Key.Key_1)
    kept_quote, dropped_quote = text[keep.start:keep.end], text[drop.start:drop.end]
    window.close()

    # The file is edited: text added at the top, the second passage removed.
    path.write_text(original.replace(dropped_quote, "").replace(
        "\n\n", "\n\nA new opening paragraph.\n\n", 1), encoding="utf-8")
    second = open_window(str(path))
    assert "could not be placed" in second.banner.text()
    cards = second.annotator.notes.cards()
    by_quote = {c.highlight.quote: c for c in cards}
    moved = by_quote[kept_quote].highlight
    assert second.article.text[moved.start:moved.end] == kept_quote
    orphan = by_quote[dropped_quote]
    assert orphan.highlight.orphan and not orphan.orphan_mark.isHidden()
    assert [h.quote for h in second.view.user_highlights()] == [kept_quote]


def test_view_tooltip_shows_a_hostile_note_as_text(qtbot, open_window):
    window = open_window()
    s = sentence_without(window, "security")
    select_and_key(qtbot, window, s.start, s.end, Qt.Key.Key_1)
    [h] = store_of(window).highlights(window.article.content_id)
    card = window.annotator.notes.card(h.id)
    card.note.setPlainText("<img src=x onerror=alert(1)> & more")
    window.view.reveal(s.start, s.end)
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(window.view.document())
    cursor.setPosition(window.view._map.to_doc(s.start) + 3)
    tip = window.view.tooltip_at(window.view.cursorRect(cursor).center())
    assert "Your highlight: Security" in tip
    assert "&lt;img src=x onerror=alert(1)&gt; &amp; more" in tip and "<img" not in tip


def test_clicking_a_highlight_in_the_text_shows_its_card(qtbot, open_window):
    window = open_window()
    s = sentence_without(window, "security")
    select_and_key(qtbot, window, s.start, s.end, Qt.Key.Key_1)
    [h] = store_of(window).highlights(window.article.content_id)
    # A new highlight shows its card at once; go elsewhere to see the click bring it back.
    assert window.annotator.notes.current() == h.id
    window.sidebar.setCurrentIndex(0)
    window.annotator.notes.set_current(None)
    window.view.select_span(0, 0)
    window.view.reveal(s.start, s.end)
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(window.view.document())
    cursor.setPosition(window.view._map.to_doc(s.start) + 3)
    point = window.view.cursorRect(cursor).center()
    with qtbot.waitSignal(window.view.user_highlight_clicked) as blocker:
        qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [h.id]
    assert window.sidebar.currentWidget() is window.annotator.notes_tab
    assert window.annotator.notes.current() == h.id


def test_a_new_highlight_shows_even_if_its_theme_was_hidden_or_not_focused(qtbot, open_window):
    window = open_window()
    window.theme_model.set_hidden({"economy"})
    window._on_visibility("economy", False)
    window.focus_theme("rights")
    s = sentence_without(window, "economy")
    window.view.select_span(s.start, s.end)
    window.annotator.highlight_selection("economy")
    assert "economy" not in window.theme_model.hidden()
    assert window.view.focus_theme() is None
    assert window.view._user_selections()  # drawn


def test_user_highlights_are_painted_in_the_right_margin(qtbot, open_window):
    from PySide6.QtGui import QTextCursor

    from reader.ui.annotated_view import BAR_GAP, BAR_INSET, BAR_WIDTH

    window = open_window()
    view = window.view
    s = sentence_without(window, "economy")
    middle = (s.start + s.end) // 2
    view.select_span(s.start, s.end)
    window.annotator.highlight_selection("economy")
    view.select_span(s.start, middle)
    window.annotator.highlight_selection("rights")
    view.select_span(0, 0)
    view.reveal(s.start, s.end)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view._map.to_doc(s.start) + 1)
    y = view.cursorRect(cursor).center().y()
    image = view.viewport().grab().toImage()
    left = view.viewport().width() - view._margin + BAR_INSET
    scale = image.width() / view.viewport().width()

    def pixel(x: int) -> str:
        return image.pixelColor(int((x + 1) * scale), int(y * scale)).name()

    # Two overlapping highlights: two bars side by side, each in its theme's colour (the
    # shorter one, ending first, takes the inner lane).
    assert pixel(left) == window.colors.line_hex("rights")
    assert pixel(left + BAR_WIDTH + BAR_GAP) == window.colors.line_hex("economy")


def test_hostile_theme_name_is_shown_as_text_everywhere(qtbot, open_window):
    window = open_window()
    dialog = window.annotator.open_codebook_editor()
    qtbot.addWidget(dialog)
    name = "<b>Bold</b> & <script>x</script>"
    dialog.editor.select("rights")
    dialog.editor.name.setText(name)
    dialog.editor.apply_name()
    dialog.close()
    qtbot.waitUntil(lambda: window.analysis.codebook.theme("rights").name == name)
    window.focus_theme("rights")
    label = window.theme_panel.focus_label
    assert label.text() == name and label.textFormat() == Qt.TextFormat.PlainText
    model = window.theme_model
    tip = model.index(model.row_of("rights"), ThemeTableModel.SHOW).data(
        Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;script&gt;" in tip
    review = window.annotator.review
    window.sidebar.setCurrentWidget(review)
    review.select_theme("rights")
    assert name in review.summary.text()
    assert review.summary.textFormat() == Qt.TextFormat.PlainText
