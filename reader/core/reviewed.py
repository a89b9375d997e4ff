"""The analysis as the analyst reviewed it: rejected automatic passages dropped, counts."""
from __future__ import annotations

import dataclasses
from bisect import bisect_right
from collections.abc import Iterable
from typing import TYPE_CHECKING

from reader.core.annotations import REVIEW_ACCEPTED, REVIEW_REJECTED, Highlight, Review

if TYPE_CHECKING:  # the window loads the analysis modules after its first paint
    from reader.core.records import Analysis, Sentence

PENDING = "pending"


class Decisions:
    """Review decisions by theme and span, or by theme and quote once the text moved.

    The quote fallback is what keeps a rejected passage rejected after re-analysis shifts
    its offsets (the same rule the exports follow).
    """

    def __init__(self, reviews: Iterable[Review]):
        self.exact: dict[tuple[str, int, int], Review] = {}
        self.by_quote: dict[tuple[str, str], Review] = {}
        for r in reviews:
            self.exact[(r.theme_id, r.start, r.end)] = r
            self.by_quote[(r.theme_id, r.quote)] = r

    def find(self, theme_id: str, start: int, end: int, quote: str) -> Review | None:
        return self.exact.get((theme_id, start, end)) or self.by_quote.get((theme_id, quote))

    def decision(self, theme_id: str, start: int, end: int, quote: str) -> str:
        review = self.find(theme_id, start, end, quote)
        return review.decision if review else PENDING


def apply_reviews(analysis: Analysis, reviews: Iterable[Review]) -> Analysis:
    """A copy of `analysis` whose sentences no longer carry the themes the user rejected."""
    reviews = list(reviews)
    themes = {r.theme_id for r in reviews if r.decision == REVIEW_REJECTED}
    if not themes:
        return analysis
    decisions = Decisions(reviews)
    text = analysis.article.text
    sentences: list[Sentence] = []
    for s in analysis.sentences:
        # Only sentences carrying a rejected theme are looked at (and their text sliced):
        # on a long article most are not, and this runs after every review decision.
        if not any(t.id in themes for t in s.themes):
            sentences.append(s)
            continue
        quote = text[s.start:s.end]
        kept = tuple(t for t in s.themes
                     if t.id not in themes
                     or decisions.decision(t.id, s.start, s.end, quote) != REVIEW_REJECTED)
        sentences.append(s if len(kept) == len(s.themes) else dataclasses.replace(s, themes=kept))
    return dataclasses.replace(analysis, sentences=sentences)


@dataclasses.dataclass(frozen=True)
class ReviewedPassage:
    """One automatic passage of a theme with the analyst's decision on it."""

    theme_id: str
    start: int
    end: int
    quote: str
    decision: str  # accepted | rejected | pending

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.theme_id, self.start, self.end)


def reviewed_passages(analysis: Analysis, reviews: Iterable[Review],
                      theme_id: str) -> list[ReviewedPassage]:
    """Every automatic passage of `theme_id` (rejected ones included) with its decision."""
    decisions = Decisions(reviews)
    text = analysis.article.text
    out = []
    for s in analysis.passages(theme_id):
        quote = text[s.start:s.end]
        out.append(ReviewedPassage(theme_id, s.start, s.end, quote,
                                   decisions.decision(theme_id, s.start, s.end, quote)))
    return out


def theme_counts(reviewed: Analysis, highlights: Iterable[Highlight]) -> dict[str, int]:
    """Passages per theme: automatic ones not rejected, plus the user's placed highlights.

    A highlight lying inside an automatic passage of the same theme is not counted twice.
    """
    counts = dict(reviewed.theme_counts)
    sentences = reviewed.sentences
    starts = [s.start for s in sentences]  # in text order, not overlapping
    for h in highlights:
        if h.orphan:
            continue
        n = bisect_right(starts, h.start) - 1
        inside = n >= 0 and h.end <= sentences[n].end and h.theme_id in sentences[n].theme_ids
        if not inside:
            counts[h.theme_id] = counts.get(h.theme_id, 0) + 1
    return counts


__all__ = ["PENDING", "REVIEW_ACCEPTED", "REVIEW_REJECTED", "Decisions", "ReviewedPassage",
           "apply_reviews", "reviewed_passages", "theme_counts"]
