"""Analyse an article: sentences, their themes and counts, then participants, commitments
and dates (reader.core.extraction). The records it returns are in reader.core.records."""
from __future__ import annotations

from bisect import bisect_left

from reader.core.article import Article
from reader.core.codebook import Codebook
from reader.core.commitments import Unit
from reader.core.extraction import extract
from reader.core.records import Analysis, Sentence
from reader.core.segment import segment
from reader.core.spans import SpanIndex
from reader.core.themes import ThemeFinder, themes_by_span


def analyze(article: Article, codebook: Codebook, finder: ThemeFinder | None = None,
            *, extract_entities: bool = True) -> Analysis:
    """Segment the article, drop boilerplate units, assign themes to each unit, and extract
    participants, commitments and dates (skipped with extract_entities=False)."""
    finder = finder or ThemeFinder(codebook)
    text = article.text
    furniture = SpanIndex(article.boilerplate)
    units = [u for u in segment(text) if not furniture.contains(u.start, u.end)]
    hits = [h for h in finder.hits(text) if not furniture.overlaps(h.start, h.end)]
    themes = themes_by_span(text, [(u.start, u.end) for u in units], hits, codebook)
    sentences = [
        Sentence(u.start, u.end, u.kind, u.block, th) for u, th in zip(units, themes, strict=True)
    ]
    analysis = Analysis(article, codebook, sentences, hits)
    if extract_entities:
        _add_extraction(analysis)
    return analysis


def _add_extraction(analysis: Analysis) -> None:
    """Fill participants, mentioned entities, commitments and dates (reader.core.extraction)."""
    year = int(analysis.article.date[:4]) if analysis.article.date else None
    units = [Unit(s.start, s.end, s.kind, s.block) for s in analysis.sentences]
    found = extract(analysis.article.text, units, [s.theme_ids for s in analysis.sentences],
                    default_year=year, title=analysis.article.title)
    analysis.participants = found.participants
    analysis.mentioned = found.mentioned
    analysis.commitments = found.commitments
    analysis.dates = found.dates
    _clause_themes(analysis)


def _clause_themes(analysis: Analysis) -> None:
    """A commitment's themes are those matched inside its own clause, in codebook order;
    a clause with no theme word of its own keeps its sentence's themes.

    "We welcome the elections, and condemn the attacks on aid workers" then gives the
    second clause humanitarian and security, not also the governance of the first.
    """
    if not analysis.commitments or not analysis.hits:
        return
    # Hits come per theme; sorting text-ordered runs is linear (timsort).
    hits = sorted(analysis.hits, key=lambda h: h.start)
    starts = [h.start for h in hits]
    order = {tid: n for n, tid in enumerate(analysis.codebook.ids)}
    for c in analysis.commitments:
        k = bisect_left(starts, c.start)
        own: set[str] = set()
        while k < len(hits) and hits[k].start < c.end:
            if hits[k].end <= c.end:
                own.add(hits[k].theme_id)
            k += 1
        if own:
            c.themes = sorted(own, key=lambda t: order.get(t, len(order)))
