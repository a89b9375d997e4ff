"""Re-anchoring highlights by quote and context into a changed text."""
from __future__ import annotations

from reader.core.anchoring import Anchorer, normalise, reanchor_highlight, reanchor_review
from reader.core.annotations import REVIEW_REJECTED, Highlight, Review

OLD = (
    "The ministers met in Samarkand. They agreed to expand humanitarian aid to Afghanistan. "
    "They also agreed to meet again. The ministers agreed to expand trade routes."
)


def _h(text: str, quote: str, nth: int = 0) -> Highlight:
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    return Highlight.anchored("old", text, "aid", start, start + len(quote), note="n")


def test_exact_quote_moves_with_inserted_text() -> None:
    h = _h(OLD, "expand humanitarian aid")
    new = "PREAMBLE ADDED.\n" + OLD
    moved = reanchor_highlight(h, Anchorer(new), "new")
    assert not moved.orphan and moved.article_id == "new"
    assert new[moved.start:moved.end] == "expand humanitarian aid"
    assert moved.start == h.start + len("PREAMBLE ADDED.\n")
    assert (moved.note, moved.id, moved.created) == (h.note, h.id, h.created)


def test_repeated_quote_is_resolved_by_context_not_first_hit() -> None:
    # "agreed to expand" occurs twice; the second one is marked.
    h = _h(OLD, "agreed to expand", nth=1)
    new = OLD.replace("met in Samarkand", "met in the old city of Samarkand")
    moved = reanchor_highlight(h, Anchorer(new), "new")
    assert new[moved.start:moved.end] == "agreed to expand"
    assert moved.start == new.rindex("agreed to expand")


def test_context_wins_over_hint_and_hint_breaks_ties() -> None:
    text = "alpha beta gamma. alpha beta delta."
    a = Anchorer(text)
    found = a.find("alpha beta", prefix="gamma. ", suffix=" delta", hint=0)
    assert found is not None and found.start == text.rindex("alpha beta")
    assert a.find("alpha beta", hint=30).start == text.rindex("alpha beta")
    assert a.find("alpha beta").start == 0


def test_loose_match_survives_retyped_quotes_dashes_spacing_and_case() -> None:
    old = "He said \u201cpeace\u00a0first\u201d \u2014 and  meant it."
    h = _h(old, "\u201cpeace\u00a0first\u201d \u2014 and")
    new = 'Intro. He said "Peace first" - and meant it.'
    moved = reanchor_highlight(h, Anchorer(new), "new")
    assert not moved.orphan
    assert new[moved.start:moved.end] == '"Peace first" - and'


def test_edited_passage_is_found_fuzzily_between_its_context() -> None:
    h = _h(OLD, "They also agreed to meet again.")
    new = OLD.replace("They also agreed to meet again.", "They also agreed to meet once again.")
    moved = reanchor_highlight(h, Anchorer(new), "new")
    assert not moved.orphan
    assert new[moved.start:moved.end] == "They also agreed to meet once again."
    assert moved.quote == "They also agreed to meet once again."


def test_removed_passage_becomes_an_orphan_that_keeps_its_quote() -> None:
    h = _h(OLD, "humanitarian aid to Afghanistan")
    new = "A completely different statement about fisheries and quotas in the Baltic."
    moved = reanchor_highlight(h, Anchorer(new), "new")
    assert moved.orphan and moved.article_id == "new"
    assert moved.quote == h.quote and moved.note == h.note


def test_short_quote_is_not_matched_fuzzily() -> None:
    assert Anchorer("the cat sat").find("dog") is None
    assert Anchorer("anything").find("") is None


def test_orphan_comes_back_when_text_returns() -> None:
    h = _h(OLD, "expand trade routes")
    orphan = reanchor_highlight(h, Anchorer("unrelated"), "x")
    assert orphan.orphan
    back = reanchor_highlight(orphan, Anchorer(OLD), "old")
    assert not back.orphan and (back.start, back.end) == (h.start, h.end)


def test_review_follows_its_passage_or_reports_it_gone() -> None:
    r = Review("old", "aid", 32, 86, OLD[32:86], REVIEW_REJECTED)
    new = "New first line.\n" + OLD
    moved = reanchor_review(r, Anchorer(new), "new")
    assert moved is not None and new[moved.start:moved.end] == r.quote
    assert moved.decision == REVIEW_REJECTED
    assert reanchor_review(r, Anchorer("nothing alike"), "new") is None


def test_normalise() -> None:
    assert normalise("  A\u2019s \n\n B\u2014C ") == "a's b-c"


def test_large_text_many_quotes_is_quick_enough() -> None:
    # Not a timing test: it checks correctness on a 1 MB text with a quote near the end.
    text = ("Paragraph of filler words about nothing. " * 25_000) + "The unique closing line."
    h = Highlight.anchored("a", text, "t", len(text) - 24, len(text))
    moved = reanchor_highlight(h, Anchorer("Added. " + text), "b")
    assert moved.quote == "The unique closing line." and not moved.orphan
