"""Highlights, reviews, memos, the user's codebook and article identity in the store."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from reader.core.annotations import REVIEW_ACCEPTED, REVIEW_REJECTED, Highlight, Review
from reader.core.article import load_article
from reader.core.codebook import default_codebook
from reader.store import Store, StoreError

TEXT = "Title line\n\nThe ministers agreed to expand aid. They will meet in May. Trade grows."


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store.open(tmp_path / "data")
    yield s
    s.close()


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_highlight_lifecycle_survives_reopen(tmp_path: Path) -> None:
    body = "The ministers agreed to expand aid."
    h = Highlight.anchored("art", body, "aid", 4, 13, note="who")
    with Store.open(tmp_path) as s:
        s.add_highlight(h)
        s.add_highlight(Highlight.anchored("art", body, "trade", 0, 3))
        s.add_highlight(Highlight.anchored("other", body, "aid", 0, 3))
        s.update_highlight(h.with_changes(theme_id="security", note="changed"))
    with Store.open(tmp_path) as s:
        got = s.highlights("art")
        assert [g.start for g in got] == [0, 4]
        assert got[1].id == h.id and got[1].theme_id == "security" and got[1].note == "changed"
        assert got[1].quote == "ministers" and got[1].orphan is False
        assert s.highlight(h.id) == got[1]
        deleted = s.delete_highlight(h.id)
        assert deleted == got[1]
        assert s.delete_highlight(h.id) is None
        assert [g.theme_id for g in s.highlights("art")] == ["trade"]
        with pytest.raises(StoreError):
            s.update_highlight(h)


def test_reviews_single_and_batch(store: Store) -> None:
    r1 = Review("art", "aid", 0, 10, "0123456789", REVIEW_REJECTED)
    r2 = Review("art", "aid", 20, 30, "x" * 10, REVIEW_ACCEPTED)
    store.set_review(r1)
    store.set_reviews([r2, dataclasses.replace(r1, decision=REVIEW_ACCEPTED)])
    assert [(r.start, r.decision) for r in store.reviews("art")] == [
        (0, REVIEW_ACCEPTED), (20, REVIEW_ACCEPTED)]
    assert store.clear_review("art", "aid", 0, 10).decision == REVIEW_ACCEPTED
    assert store.clear_review("art", "aid", 0, 10) is None
    assert store.review("art", "aid", 20, 30) == r2
    assert store.reviews("nothing") == []


def test_memo(store: Store) -> None:
    assert store.get_memo("art") == ""
    store.set_memo("art", "first thoughts")
    assert store.get_memo("art") == "first thoughts"
    store.set_memo("art", "")
    assert store.get_memo("art") == ""


def test_user_codebook_and_reset(store: Store) -> None:
    assert store.user_codebook() is None
    cb = default_codebook()
    first = cb.themes[0]
    edited = cb.replace_theme(dataclasses.replace(first, name="Renamed", color="#123456"))
    store.set_user_codebook(edited)
    got = store.user_codebook()
    assert got is not None and got.to_dict() == edited.to_dict()
    store.set_user_codebook(None)
    assert store.user_codebook() is None


def test_unusable_saved_codebook_falls_back_with_a_warning(store: Store) -> None:
    with store.transaction() as db:
        db.execute("INSERT INTO codebook (id, data, modified) VALUES (1, '{\"themes\": 3}', 'x')")
    assert store.user_codebook() is None
    assert any("codebook" in w for w in store.warnings)


def test_notes_follow_a_moved_file(tmp_path: Path, store: Store) -> None:
    a = load_article(_write(tmp_path / "a.txt", TEXT))
    store.remember_article(a)
    h = Highlight.anchored(a.content_id, a.text, "aid", 0, 13)
    store.add_highlight(h)
    moved = tmp_path / "sub"
    moved.mkdir()
    b = load_article((tmp_path / "a.txt").rename(moved / "renamed.txt"))
    assert store.remember_article(b) is None  # same content: nothing to re-anchor
    assert store.highlights(b.content_id) == [h]
    assert store.article(b.content_id).path == str((moved / "renamed.txt").resolve())


def test_changed_text_at_a_known_path_is_reanchored(tmp_path: Path, store: Store) -> None:
    path = _write(tmp_path / "a.txt", TEXT)
    old = load_article(path)
    store.remember_article(old)
    keep = Highlight.anchored(old.content_id, old.text, "aid", old.text.index("expand aid"),
                              old.text.index("expand aid") + 10, note="kept")
    lost = Highlight.anchored(old.content_id, old.text, "time", old.text.index("They will"),
                              old.text.index("in May.") + 7, note="orphan me")
    store.add_highlight(keep)
    store.add_highlight(lost)
    q = old.text.index("Trade grows.")
    store.set_review(Review(old.content_id, "trade", q, q + 12, "Trade grows.", REVIEW_REJECTED))
    store.set_memo(old.content_id, "memo text")

    _write(path, TEXT.replace("They will meet in May. ", "")
           .replace("The ministers", "Preface. The ministers"))
    new = load_article(path)
    report = store.remember_article(new)
    assert report is not None
    assert (report.anchored, report.orphaned, report.reviews_moved) == (1, 1, 1)
    got = {h.note: h for h in store.highlights(new.content_id)}
    assert new.text[got["kept"].start:got["kept"].end] == "expand aid"
    assert got["orphan me"].orphan and got["orphan me"].quote == "They will meet in May."
    assert store.highlights(old.content_id) == []
    [review] = store.reviews(new.content_id)
    assert new.text[review.start:review.end] == "Trade grows."
    assert store.get_memo(new.content_id) == "memo text"
    assert store.article(old.content_id).path is None


def test_reanchor_on_request_retries_orphans(tmp_path: Path, store: Store) -> None:
    a = load_article(_write(tmp_path / "a.txt", TEXT))
    h = Highlight.anchored(a.content_id, a.text, "aid", 0, 10)
    store.add_highlight(dataclasses.replace(h, orphan=True))
    report = store.reanchor(a.content_id, a)
    assert (report.anchored, report.orphaned) == (1, 0)
    assert store.highlights(a.content_id)[0].orphan is False
