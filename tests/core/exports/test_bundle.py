"""Which passages an export carries: user highlights, automatic passages, reviews, options."""
from __future__ import annotations

import pytest

from reader.core.annotations import Highlight, Review
from reader.core.article import Article
from reader.core.errors import ExportError
from reader.core.exports.bundle import ExportOptions, build_bundle

from .conftest import make_bundle


def test_automatic_passages_minus_rejected(bundled_article: Article) -> None:
    analysis, bundle, _ = make_bundle(bundled_article)
    rejected = next(r for r in bundle.reviews if r.decision == "rejected")
    auto = [p for p in bundle.passages if p.is_auto]
    keys = {(p.theme_id, p.start, p.end) for p in auto}
    assert (rejected.theme_id, rejected.start, rejected.end) not in keys
    expected = sum(len(s.themes) for s in analysis.sentences) - 1  # one rejected
    assert len(auto) == expected
    # Every automatic passage is a sentence of the analysis, quoted exactly.
    for p in auto:
        assert bundled_article.text[p.start:p.end] == p.quote


def test_annotated_automatic_highlight_replaces_its_sentence(bundled_article: Article) -> None:
    _, bundle, highlights = make_bundle(bundled_article)
    annotated = highlights[-1]
    same = [p for p in bundle.passages
            if (p.theme_id, p.start, p.end) == (annotated.theme_id, annotated.start, annotated.end)]
    assert len(same) == 1
    assert same[0].note == "Annotated automatic passage."
    assert same[0].review == "accepted"
    assert same[0].origin == "auto"


def test_pending_automatic_passages_are_marked(bundle) -> None:
    reviews = {p.review for p in bundle.passages if p.is_auto}
    assert reviews == {"accepted", "pending"}
    assert {p.review for p in bundle.passages if not p.is_auto} == {""}


def test_manual_only_keeps_only_the_users_highlights(bundled_article: Article) -> None:
    _, bundle, highlights = make_bundle(bundled_article, ExportOptions(manual_only=True))
    assert [p.id for p in bundle.passages] == [h.id for h in highlights if h.origin == "manual"]


def test_theme_filter(bundled_article: Article) -> None:
    _, bundle, _ = make_bundle(bundled_article, ExportOptions(theme_ids=("economy",)))
    assert {p.theme_id for p in bundle.passages} == {"economy"}
    assert [t.id for t in bundle.themes] == ["economy"]


def test_unknown_theme_id_is_a_clear_error(bundled_article: Article) -> None:
    with pytest.raises(ExportError, match=r"nope.*security"):
        make_bundle(bundled_article, ExportOptions(theme_ids=("nope",)))


def test_orphans_and_deleted_themes_are_kept(bundled_article: Article) -> None:
    analysis, _, _ = make_bundle(bundled_article)
    aid = bundled_article.content_id
    orphan = Highlight(aid, "rights", 5, 20, "text that is gone", note="lost", orphan=True)
    moved = Highlight(aid, "rights", 0, 10, "not what is at 0-10")
    deleted = Highlight.anchored(aid, bundled_article.text, "old-theme", 0, 7, note="old")
    bundle = build_bundle(analysis, [orphan, moved, deleted], [], "", None)
    by_id = {p.id: p for p in bundle.passages}
    assert by_id[orphan.id].placed is False
    assert by_id[moved.id].placed is False
    assert by_id[deleted.id].placed is True
    assert bundle.theme("old-theme").name == "old-theme"
    assert "old-theme" in [t.id for t in bundle.themes]


def test_accepted_passage_the_analysis_no_longer_finds_is_kept(bundled_article: Article) -> None:
    analysis, _, _ = make_bundle(bundled_article)
    text = bundled_article.text
    quote = "share on:"
    start = text.index(quote)
    review = Review(bundled_article.content_id, "governance", start + 3, start + 3 + len(quote),
                    quote, "accepted")  # stale offsets: found again by its quote
    bundle = build_bundle(analysis, [], [review], "", None)
    kept = [p for p in bundle.passages if p.quote == quote]
    assert len(kept) == 1
    assert (kept[0].start, kept[0].end, kept[0].review) == (start, start + len(quote), "accepted")


def test_manual_highlight_of_a_whole_sentence_replaces_the_automatic_one(
        bundled_article: Article) -> None:
    analysis, _, _ = make_bundle(bundled_article)
    sentence = analysis.passages("cooperation")[0]
    text = bundled_article.text
    mine = Highlight.anchored(bundled_article.content_id, text, "cooperation", sentence.start,
                              sentence.end, note="mine")
    bundle = build_bundle(analysis, [mine], [], "", None)
    same = [p for p in bundle.passages
            if (p.theme_id, p.start, p.end) == ("cooperation", sentence.start, sentence.end)]
    assert [(p.origin, p.note) for p in same] == [("manual", "mine")]


def test_no_theme_chosen_is_an_error(bundled_article: Article) -> None:
    with pytest.raises(ExportError, match="at least one theme"):
        make_bundle(bundled_article, ExportOptions(theme_ids=()))
