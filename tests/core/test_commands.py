"""Undoable commands over the real store: every do/undo/redo is on disk at once."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.annotations import REVIEW_ACCEPTED, REVIEW_REJECTED, Highlight, Review
from reader.core.codebook import Theme, default_codebook
from reader.core.commands import (
    CODEBOOK,
    HIGHLIGHTS,
    REVIEWS,
    AddHighlight,
    ChangeTheme,
    ClearReviews,
    CommandError,
    DeleteHighlight,
    EditNote,
    SetMemo,
    SetReviews,
    UndoStack,
    add_theme,
    edit_terms,
    recolour_theme,
    rename_theme,
    reset_codebook,
)
from reader.store import Store

BODY = "The ministers agreed to expand aid. They will meet in May. Trade grows."


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(folder: Path) -> Iterator[Store]:
    s = Store.open(folder)
    yield s
    s.close()


def on_disk(folder: Path) -> Store:
    """A second, independent store: what it sees is what was saved."""
    return Store.open(folder)


def _h(start: int, end: int, theme: str = "humanitarian") -> Highlight:
    return Highlight.anchored("art", BODY, theme, start, end)


def test_add_delete_change_theme_edit_note_undo_redo(store: Store, folder: Path) -> None:
    stack = UndoStack(store)
    h = _h(4, 13)
    stack.push(AddHighlight(h))
    stack.push(ChangeTheme(h.id, "security"))
    stack.push(EditNote(h.id, "who met"))
    with on_disk(folder) as disk:
        [saved] = disk.highlights("art")
        assert (saved.theme_id, saved.note) == ("security", "who met")
    stack.push(DeleteHighlight(h))
    with on_disk(folder) as disk:
        assert disk.highlights("art") == []
    assert stack.undo_text == "Delete highlight"
    stack.undo()
    with on_disk(folder) as disk:
        assert disk.highlights("art")[0].note == "who met"  # restored with its note
    stack.undo()
    stack.undo()
    with on_disk(folder) as disk:
        assert disk.highlights("art")[0].theme_id == "humanitarian"
    stack.undo()
    assert store.highlights("art") == [] and not stack.can_undo
    for _ in range(4):
        stack.redo()
    assert store.highlights("art") == [] and not stack.can_redo
    stack.undo()
    assert store.highlights("art")[0].note == "who met"


def test_typing_a_note_merges_into_one_undo_step(store: Store) -> None:
    stack = UndoStack(store)
    h = _h(0, 3)
    stack.push(AddHighlight(h))
    stack.push(EditNote(h.id, "old"))
    other = _h(4, 13)
    stack.push(AddHighlight(other))
    for prefix in ("n", "ne", "new", "new note"):
        stack.push(EditNote(h.id, prefix))
        assert store.highlight(h.id).note == prefix  # each keystroke saved at once
    assert len(stack) == 4
    stack.undo()
    assert store.highlight(h.id).note == "old"
    stack.redo()
    assert store.highlight(h.id).note == "new note"


def test_new_push_drops_the_redo_branch(store: Store) -> None:
    stack = UndoStack(store)
    stack.push(AddHighlight(_h(0, 3)))
    stack.undo()
    stack.push(AddHighlight(_h(4, 13)))
    assert not stack.can_redo
    assert [h.start for h in store.highlights("art")] == [4]


def test_many_levels(store: Store) -> None:
    stack = UndoStack(store)
    hs = [_h(i, i + 3) for i in range(60)]
    for h in hs:
        stack.push(AddHighlight(h))
    while stack.undo():
        pass
    assert store.highlights("art") == []
    while stack.redo():
        pass
    assert len(store.highlights("art")) == 60


def test_limit_drops_oldest(store: Store) -> None:
    stack = UndoStack(store, limit=2)
    for i in range(3):
        stack.push(AddHighlight(_h(i, i + 3)))
    assert len(stack) == 2
    while stack.undo():
        pass
    assert [h.start for h in store.highlights("art")] == [0]


def test_failed_command_is_not_pushed(store: Store) -> None:
    stack = UndoStack(store)
    with pytest.raises(CommandError):
        stack.push(ChangeTheme("no-such-id", "security"))
    with pytest.raises(CommandError):
        stack.push(DeleteHighlight(_h(0, 3)))
    assert not stack.can_undo


def test_reject_all_of_a_theme_is_one_step_and_undo_restores_each(store: Store,
                                                                   folder: Path) -> None:
    stack = UndoStack(store)
    spans = [(0, 35), (36, 58), (59, 71)]
    # One passage already had a decision before: undo must bring it back, not clear it.
    store.set_reviews([Review("art", "economy", 59, 71, BODY[59:71], REVIEW_ACCEPTED)])
    cmd = stack.push(SetReviews.for_theme("art", BODY, "economy", spans, REVIEW_REJECTED))
    assert cmd.affects == REVIEWS and "Reject all" in cmd.text
    with on_disk(folder) as disk:
        assert {r.decision for r in disk.reviews("art")} == {REVIEW_REJECTED}
        assert len(disk.reviews("art")) == 3
    stack.undo()
    with on_disk(folder) as disk:
        [left] = disk.reviews("art")
        assert (left.start, left.decision) == (59, REVIEW_ACCEPTED)
    stack.redo()
    assert len(store.reviews("art")) == 3
    # Restore one rejected passage, then undo the restore.
    stack.push(ClearReviews([("art", "economy", 0, 35)]))
    assert [r.start for r in store.reviews("art")] == [36, 59]
    stack.undo()
    assert [r.start for r in store.reviews("art")] == [0, 36, 59]


def test_single_accept(store: Store) -> None:
    stack = UndoStack(store)
    r = Review("art", "economy", 0, 35, BODY[:35], REVIEW_ACCEPTED)
    assert stack.push(SetReviews([r])).text == "Accept passage"
    assert store.reviews("art") == [r]
    stack.undo()
    assert store.reviews("art") == []
    with pytest.raises(CommandError):
        SetReviews.for_theme("art", BODY, "economy", [], "maybe")


def test_memo_merges_and_undoes(store: Store) -> None:
    stack = UndoStack(store)
    store.set_memo("art", "before")
    stack.push(SetMemo("art", "a"))
    stack.push(SetMemo("art", "ab"))
    assert store.get_memo("art") == "ab" and len(stack) == 1
    stack.undo()
    assert store.get_memo("art") == "before"
    stack.redo()
    assert store.get_memo("art") == "ab"


def test_codebook_edits_undo_to_the_exact_previous_codebook(store: Store, folder: Path) -> None:
    default = default_codebook()
    stack = UndoStack(store)
    seen: list[tuple[str, str]] = []
    stack.listeners.append(lambda c, how: seen.append((c.affects, how)))
    new = Theme("climate", "Climate", "#22aa55", "#118833", terms=("climate",))
    stack.push(add_theme(new))
    stack.push(rename_theme("security", "Security & defence"))
    stack.push(recolour_theme("security", "#ff0000"))
    stack.push(edit_terms("climate", ["climate", "drought"], exclude=["climate of trust"]))
    with on_disk(folder) as disk:
        cb = disk.user_codebook()
        assert cb is not None and cb.ids == [*default.ids, "climate"]
        assert cb.theme("security").name == "Security & defence"
        assert cb.theme("security").color == "#ff0000"
        assert cb.theme("security").color_dark == default.theme("security").color_dark
        assert cb.theme("climate").terms == ("climate", "drought")
        assert cb.theme("climate").exclude == ("climate of trust",)
    stack.push(reset_codebook())
    assert store.user_codebook() is None
    stack.undo()
    assert store.user_codebook().theme("climate").terms == ("climate", "drought")
    for _ in range(4):
        stack.undo()
    assert store.user_codebook() is None  # back to "use the default", not a copy of it
    assert seen[0] == (CODEBOOK, "do") and seen[-1] == (CODEBOOK, "undo")


def test_bad_codebook_edits_are_refused_with_clear_messages(store: Store) -> None:
    stack = UndoStack(store)
    with pytest.raises(CommandError, match=r"Unknown theme 'nope'.*security"):
        stack.push(rename_theme("nope", "x"))
    with pytest.raises(CommandError, match="already exists"):
        stack.push(add_theme(Theme("security", "Dup", "#000000", "#000000")))
    with pytest.raises(CommandError, match=r"colou?r"):
        stack.push(recolour_theme("security", "red"))
    assert store.user_codebook() is None and not stack.can_undo


def test_listener_sees_what_changed(store: Store) -> None:
    stack = UndoStack(store)
    events: list[tuple[str, str | None, str]] = []
    stack.listeners.append(lambda c, how: events.append((c.affects, c.article_id, how)))
    stack.push(AddHighlight(_h(0, 3)))
    stack.undo()
    stack.redo()
    assert events == [(HIGHLIGHTS, "art", "do"), (HIGHLIGHTS, "art", "undo"),
                      (HIGHLIGHTS, "art", "redo")]
