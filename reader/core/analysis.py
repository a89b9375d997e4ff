"""Analyse an article: sentences, their themes and counts; the `parley.analysis/1` JSON."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any

from reader.core.article import Article
from reader.core.codebook import Codebook
from reader.core.commitments import Unit
from reader.core.extraction import extract
from reader.core.segment import segment
from reader.core.spans import SpanIndex
from reader.core.themes import SentenceTheme, ThemeFinder, ThemeHit, themes_by_span

SCHEMA = "parley.analysis/1"


@dataclass(frozen=True)
class Sentence:
    """A reading unit of the article with the themes assigned to it."""

    start: int
    end: int
    kind: str  # sentence | item | lead-in | heading
    block: int  # paragraph / list item index; units of one list item share it
    themes: tuple[SentenceTheme, ...] = ()

    @property
    def theme_ids(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.themes)


@dataclass
class Analysis:
    """Everything computed for one article with one codebook."""

    article: Article
    codebook: Codebook
    sentences: list[Sentence]
    hits: list[ThemeHit]
    participants: list[Any] = field(default_factory=list)
    mentioned: list[Any] = field(default_factory=list)
    commitments: list[Any] = field(default_factory=list)
    dates: list[Any] = field(default_factory=list)

    @property
    def theme_counts(self) -> dict[str, int]:
        """Passages (sentences) per theme, in codebook order; every theme present."""
        counts = dict.fromkeys(self.codebook.ids, 0)
        for sentence in self.sentences:
            for theme in sentence.themes:
                counts[theme.id] = counts.get(theme.id, 0) + 1
        return counts

    def passages(self, theme_id: str) -> list[Sentence]:
        """The sentences carrying `theme_id`, in text order."""
        return [s for s in self.sentences if theme_id in s.theme_ids]

    def to_json(self) -> dict[str, Any]:
        """The `parley.analysis/1` object the window, exports and scorer read."""
        text = self.article.text
        counts = self.theme_counts
        return {
            "schema": SCHEMA,
            "article": {
                "title": self.article.title,
                "date": self.article.date or _released(self.dates),
                "source": self.article.source,
                "path": self.article.path,
                "place": self.article.place,
                "url": self.article.url,
                "id": self.article.content_id,
            },
            "text": text,
            "boilerplate": [
                {"start": s, "end": e, "text": text[s:e]} for s, e in self.article.boilerplate
            ],
            "themes": [
                {"id": t.id, "name": t.name, "color": t.color, "color_dark": t.color_dark,
                 "count": counts[t.id]}
                for t in self.codebook.themes
            ],
            "sentences": [
                {
                    "start": s.start,
                    "end": s.end,
                    "kind": s.kind,
                    "text": text[s.start:s.end],
                    "themes": [
                        {"id": t.id, "matched": list(t.matched),
                         "spans": [list(span) for span in t.spans]}
                        for t in s.themes
                    ],
                }
                for s in self.sentences
            ],
            "participants": [_as_json(p) for p in self.participants],
            "mentioned": [_as_json(p) for p in self.mentioned],
            "commitments": [_as_json(c) for c in self.commitments],
            "dates": [_as_json(d) for d in self.dates],
        }


def _released(dates: list[Any]) -> str | None:
    """The release date found in the text, for an article whose metadata has none."""
    return next((d.date for d in dates if getattr(d, "role", None) == "released"), None)


def _as_json(item: Any) -> Any:
    to_json = getattr(item, "to_json", None)
    return to_json() if callable(to_json) else item


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
