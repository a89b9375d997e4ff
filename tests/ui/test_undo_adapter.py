"""The QUndoStack adapter: each core command saved on do/undo/redo, merging, failures."""
from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.annotations import Highlight
from reader.core.commands import AddHighlight, DeleteHighlight, EditNote, SetMemo
from reader.store import Store
from reader.ui.undo import UndoHistory

TEXT = "The ministers agreed to meet again in spring. Trade was discussed at length."


@pytest.fixture
def store(tmp_path: Path):
    s = Store.open(tmp_path / "data")
    yield s
    s.close()


def test_every_step_is_saved_and_reported(qtbot, store):
    history = UndoHistory(store)
    seen = []
    history.changed.connect(lambda command, how: seen.append((command.text, how)))
    h = Highlight.anchored("a1", TEXT, "economy", 46, 51)
    assert history.push(AddHighlight(h))
    assert store.highlight(h.id) is not None
    history.undo()
    assert store.highlight(h.id) is None
    history.redo()
    assert store.highlight(h.id).quote == "Trade"
    assert seen == [("Add highlight", "do"), ("Add highlight", "undo"),
                    ("Add highlight", "redo")]
    # The saved state is what another window (a second Store) reads.
    other = Store.open(store.path.parent)
    try:
        assert other.highlight(h.id) is not None
    finally:
        other.close()


def test_consecutive_note_and_memo_edits_merge(qtbot, store):
    history = UndoHistory(store)
    h = Highlight.anchored("a1", TEXT, "economy", 46, 51)
    history.push(AddHighlight(h))
    for text in ("a", "ab", "abc"):
        history.push(EditNote(h.id, text))
    for text in ("m", "me"):
        history.push(SetMemo("a1", text))
    assert history.stack.count() == 3
    assert history.stack.undoText() == "Edit memo"
    history.undo()
    assert store.get_memo("a1") == ""
    history.undo()
    assert store.highlight(h.id).note == ""
    history.redo()
    assert store.highlight(h.id).note == "abc"


def test_a_failing_command_is_reported_and_not_pushed(qtbot, store):
    history = UndoHistory(store)
    messages = []
    history.failed.connect(messages.append)
    ghost = Highlight.anchored("a1", TEXT, "economy", 0, 3)
    assert not history.push(DeleteHighlight(ghost))
    assert history.stack.count() == 0
    assert "already deleted" in messages[0]


def test_an_undo_that_fails_is_dropped_not_repeated(qtbot, store):
    history = UndoHistory(store)
    messages = []
    history.failed.connect(messages.append)
    h = Highlight.anchored("a1", TEXT, "economy", 46, 51)
    history.push(AddHighlight(h))
    history.push(EditNote(h.id, "note"))
    store.delete_highlight(h.id)  # deleted behind our back (another window)
    history.undo()  # EditNote.undo cannot update a missing highlight
    assert messages and "Could not undo 'Edit note'" in messages[0]
    assert [c.text for c in history.commands()] == ["Add highlight"]
