"""Theme analysis: find each theme's terms in the text and assign themes to sentences."""
from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.codebook import Codebook
from reader.core.institutions import institution_spans, quoted_title_spans
from reader.core.matcher import TermMatcher
from reader.core.records import SentenceTheme, ThemeHit
from reader.core.spans import SpanIndex

_TERM, _EXCLUDE = "term", "exclude"


class ThemeFinder:
    """Compiled matching rules of a codebook, reusable across articles."""

    def __init__(self, codebook: Codebook):
        self.codebook = codebook
        # Terms and exclusions share one matcher (one pass over the text), told apart by key.
        rules = [((_TERM, t.id), term) for t in codebook.themes for term in t.terms]
        rules += [((_EXCLUDE, t.id), term) for t in codebook.themes for term in t.exclude]
        self._matcher = TermMatcher(rules)
        self._patterns = [
            (t.id, p, re.compile(p, re.IGNORECASE)) for t in codebook.themes for p in t.patterns
        ]

    def hits(self, text: str) -> list[ThemeHit]:
        """Every term and pattern hit, minus those inside an exclusion of the same theme."""
        found: list[tuple[int, int, str, str]] = []  # start, end, theme id, term
        by_theme: dict[str, list[tuple[int, int]]] = {}
        for m in self._matcher.find(text):
            kind, theme_id = m.key  # type: ignore[misc]
            if kind == _EXCLUDE:
                by_theme.setdefault(theme_id, []).append((m.start, m.end))
            else:
                found.append((m.start, m.end, theme_id, m.term))
        for theme_id, source, regex in self._patterns:
            found += [(m.start(), m.end(), theme_id, source)
                      for m in regex.finditer(text) if m.end() > m.start()]
        excluded = {theme_id: SpanIndex(spans) for theme_id, spans in by_theme.items()}
        # Words inside an institution's name but outside its head noun name the body.
        name_spans = sorted(institution_spans(text) + quoted_title_spans(text))
        names = SpanIndex((s, e) for s, _hs, _he, e in name_spans)
        heads = [(hs, he) for _s, hs, he, _e in name_spans]
        hits = []
        for start, end, theme_id, term in found:
            exclusion = excluded.get(theme_id)
            if exclusion and exclusion.overlaps(start, end):
                continue
            if names and any(not (start < heads[i][1] and heads[i][0] < end)
                             for i in names.containing(start, end)):
                continue
            hits.append(ThemeHit(theme_id, start, end, term))
        # Within a theme, overlapping matches are one reason: "opium poppy" and "poppy
        # cultivation" make "opium poppy cultivation", not three words.
        hits.sort(key=lambda h: (h.start, -h.end, h.theme_id))
        kept: list[ThemeHit] = []
        last: dict[str, int] = {}  # theme id -> index in `kept` of its latest hit
        for hit in hits:
            i = last.get(hit.theme_id)
            if i is not None and hit.start < kept[i].end:
                if hit.end > kept[i].end:
                    prev = kept[i]
                    kept[i] = ThemeHit(prev.theme_id, prev.start, hit.end, prev.term)
                continue
            last[hit.theme_id] = len(kept)
            kept.append(hit)
        return kept


def themes_by_span(
    text: str, spans: Sequence[tuple[int, int]], hits: Sequence[ThemeHit], codebook: Codebook
) -> list[tuple[SentenceTheme, ...]]:
    """For each (sorted, non-overlapping) span, the themes whose hits fall inside it.

    One merge-like walk over spans and hits (both in text order): linear in their sum.
    """
    order = {tid: n for n, tid in enumerate(codebook.ids)}
    result: list[tuple[SentenceTheme, ...]] = []
    h = 0
    for start, end in spans:
        while h < len(hits) and hits[h].start < start:
            h += 1
        collected: dict[str, list[ThemeHit]] = {}
        k = h
        while k < len(hits) and hits[k].start < end:
            if hits[k].end <= end:
                collected.setdefault(hits[k].theme_id, []).append(hits[k])
            k += 1
        themes = []
        for theme_id in sorted(collected, key=lambda t: order.get(t, len(order))):
            theme_hits = collected[theme_id]
            matched: list[str] = []
            for hit in theme_hits:
                word = " ".join(text[hit.start:hit.end].split())
                if word.lower() not in (m.lower() for m in matched):
                    matched.append(word)
            themes.append(SentenceTheme(
                theme_id, tuple(matched), tuple((x.start, x.end) for x in theme_hits)))
        result.append(tuple(themes))
    return result
