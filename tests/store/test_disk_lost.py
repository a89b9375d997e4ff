"""The disk fills up mid-session: a clear error for that one change, then work goes on."""
from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.annotations import Highlight
from reader.core.commands import AddHighlight, EditNote, UndoStack
from reader.store import Store, StoreError

BODY = "The ministers agreed to expand aid."


def test_disk_full_keeps_earlier_work_and_continues_in_memory(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    stack = UndoStack(store)
    first = Highlight.anchored("art", BODY, "aid", 0, 3, note="saved before")
    stack.push(AddHighlight(first))
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    # A real SQLITE_FULL from SQLite itself: the file may not grow any further.
    store._db.execute(f"PRAGMA max_page_count = {pages + 1}")
    with pytest.raises(StoreError, match="kept in memory only"):
        for i in range(200):
            stack.push(AddHighlight(Highlight.anchored("art", BODY, "aid", 4, 13,
                                                       note=f"{i} " + "x" * 20_000)))
    assert store.read_only and "export" in store.warnings[-1]
    # Earlier work is still there; the failed change was not half-made.
    notes = [h.note for h in store.highlights("art")]
    assert notes[0] == "saved before"
    # The user keeps working, with undo.
    stack.push(EditNote(first.id, "edited in memory"))
    assert store.highlight(first.id).note == "edited in memory"
    stack.undo()
    assert store.highlight(first.id).note == "saved before"
    store.close()
    # What was on disk before the failure is intact.
    with Store.open(tmp_path) as again:
        assert again.highlight(first.id).note == "saved before"
        assert len(again.highlights("art")) == len(notes)
