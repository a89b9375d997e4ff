"""Review decisions applied to an analysis: rejected passages leave the view and counts."""
from __future__ import annotations

from pathlib import Path

from reader.core.analysis import analyze
from reader.core.annotations import REVIEW_ACCEPTED, REVIEW_REJECTED, Highlight, Review
from reader.core.article import article_from_text, load_article
from reader.core.codebook import default_codebook
from reader.core.reviewed import PENDING, apply_reviews, reviewed_passages, theme_counts


def _analysis(path: Path):
    return analyze(load_article(path), default_codebook())


def _review(analysis, theme_id, sentence, decision=REVIEW_REJECTED):
    text = analysis.article.text
    return Review(analysis.article.content_id, theme_id, sentence.start, sentence.end,
                  text[sentence.start:sentence.end], decision)


def test_rejected_theme_leaves_its_sentence_and_the_count(bundled_path):
    analysis = _analysis(bundled_path)
    first, *rest = analysis.passages("rights")
    reviewed = apply_reviews(analysis, [_review(analysis, "rights", first)])
    assert reviewed.theme_counts["rights"] == analysis.theme_counts["rights"] - 1
    changed = next(s for s in reviewed.sentences if s.start == first.start)
    assert "rights" not in changed.theme_ids
    # Other themes of the same sentence stay; the original analysis is untouched.
    assert set(changed.theme_ids) == set(first.theme_ids) - {"rights"}
    assert "rights" in next(s for s in analysis.sentences if s.start == first.start).theme_ids
    assert [s.start for s in reviewed.passages("rights")] == [s.start for s in rest]


def test_accepted_and_no_reviews_change_nothing(bundled_path):
    analysis = _analysis(bundled_path)
    assert apply_reviews(analysis, []) is analysis
    first = analysis.passages("rights")[0]
    reviewed = apply_reviews(analysis, [_review(analysis, "rights", first, REVIEW_ACCEPTED)])
    assert reviewed.theme_counts == analysis.theme_counts


def test_a_rejection_follows_its_quote_when_offsets_shift(bundled_path):
    analysis = _analysis(bundled_path)
    first = analysis.passages("rights")[0]
    review = _review(analysis, "rights", first)
    # The same text with a paragraph added at the top: every offset moves.
    article = analysis.article
    shifted = analyze(article_from_text("Added first.\n\n" + article.text, title=article.title),
                      default_codebook())
    reviewed = apply_reviews(shifted, [review])
    assert reviewed.theme_counts["rights"] == shifted.theme_counts["rights"] - 1
    [passage] = [p for p in reviewed_passages(shifted, [review], "rights")
                 if p.decision == REVIEW_REJECTED]
    assert passage.quote == review.quote and passage.start != review.start


def test_reviewed_passages_lists_rejected_ones_with_decisions(bundled_path):
    analysis = _analysis(bundled_path)
    passages = analysis.passages("rights")
    reviews = [_review(analysis, "rights", passages[0]),
               _review(analysis, "rights", passages[1], REVIEW_ACCEPTED)]
    listed = reviewed_passages(analysis, reviews, "rights")
    assert [p.decision for p in listed] == [REVIEW_REJECTED, REVIEW_ACCEPTED] + \
        [PENDING] * (len(passages) - 2)


def test_counts_add_highlights_outside_same_theme_passages(bundled_path):
    analysis = _analysis(bundled_path)
    text, cid = analysis.article.text, analysis.article.content_id
    inside = analysis.passages("rights")[0]
    outside = next(s for s in analysis.sentences if "rights" not in s.theme_ids)
    highlights = [
        Highlight.anchored(cid, text, "rights", inside.start, inside.start + 10),  # counted
        Highlight.anchored(cid, text, "rights", outside.start, outside.end),  # adds one
        Highlight.anchored(cid, text, "rights", outside.start, outside.end).with_changes(
            orphan=True),  # not in the text: not counted
    ]
    counts = theme_counts(analysis, highlights)
    assert counts["rights"] == analysis.theme_counts["rights"] + 1
