"""Find a quoted passage again in a changed text, by its quote and surrounding context."""
from __future__ import annotations

import bisect
import difflib
from dataclasses import dataclass, replace
from functools import cached_property

from reader.core.annotations import CONTEXT_CHARS, Highlight, Review

# Enough candidates for any real statement; a quote found more often than this ("the")
# is ambiguous anyway and its context decides among the first ones.
MAX_CANDIDATES = 5_000
# How alike an edited passage must be to the old quote to carry the highlight over.
MIN_SIMILARITY = 0.75
# Below this many characters a fuzzy match is too likely to land on the wrong words.
MIN_FUZZY_CHARS = 8

# Typographic variants an editor (or a re-export of the page) swaps freely.
_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u00ad": "",
})


@dataclass(frozen=True)
class Anchor:
    """Where a quote was found: [start, end) in the new text and how (exact, loose, fuzzy)."""

    start: int
    end: int
    method: str


def _fold_char(ch: str) -> str:
    folded = ch.translate(_FOLD)
    if not folded:
        return ""
    if folded.isspace():
        return " "
    low = folded.lower()
    # A few letters lower-case to two characters (İ); keep them so offsets map one to one.
    return low if len(low) == 1 else folded


def normalise(text: str) -> str:
    """Text folded for loose comparison: case, quotes/dashes, whitespace runs -> one space."""
    out: list[str] = []
    for ch in text:
        f = _fold_char(ch)
        if not f or (f == " " and out and out[-1] == " "):
            continue
        out.append(f)
    return "".join(out).strip(" ")


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _occurrences(haystack: str, needle: str) -> list[int]:
    found: list[int] = []
    i = haystack.find(needle)
    while i >= 0 and len(found) < MAX_CANDIDATES:
        found.append(i)
        i = haystack.find(needle, i + 1)
    return found


class Anchorer:
    """Anchors many quotes into one text; the folded copy of the text is built once, lazily."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def _folded(self) -> tuple[str, list[int]]:
        # The folded text and, for each of its characters, the index it came from.
        chars: list[str] = []
        where: list[int] = []
        for i, ch in enumerate(self.text):
            f = _fold_char(ch)
            if not f or (f == " " and chars and chars[-1] == " "):
                continue
            chars.append(f)
            where.append(i)
        return "".join(chars), where

    def find(self, quote: str, prefix: str = "", suffix: str = "",
             hint: int | None = None) -> Anchor | None:
        """The best place for `quote` in the text, or None when it is no longer there.

        Tries, in order: the exact quote; the quote with case, quotes/dashes and spacing
        folded; then an edited passage at least MIN_SIMILARITY alike, found between the old
        context or between the quote's own first and last words. Among several candidates
        the one whose surroundings match the old prefix/suffix best wins, then the one
        nearest `hint` (the old offset).
        """
        if not quote:
            return None
        text = self.text
        starts = _occurrences(text, quote)
        if starts:
            best = self._pick(text, [(s, s + len(quote)) for s in starts], prefix, suffix, hint)
            return Anchor(best[0], best[1], "exact")
        folded, where = self._folded
        q = normalise(quote)
        if q:
            spans = [(s, s + len(q)) for s in _occurrences(folded, q)]
            if spans:
                fs, fe = self._pick(folded, spans, normalise(prefix), normalise(suffix),
                                    None if hint is None else self._folded_hint(hint))
                return Anchor(where[fs], where[fe - 1] + 1, "normalised")
        if len(q) >= MIN_FUZZY_CHARS:
            found = self._fuzzy(folded, q, normalise(prefix), normalise(suffix))
            if found:
                fs, fe = found
                return Anchor(where[fs], where[fe - 1] + 1, "fuzzy")
        return None

    def _folded_hint(self, hint: int) -> int:
        return bisect.bisect_left(self._folded[1], hint)

    @staticmethod
    def _pick(text: str, spans: list[tuple[int, int]], prefix: str, suffix: str,
              hint: int | None) -> tuple[int, int]:
        if len(spans) == 1:
            return spans[0]

        def score(span: tuple[int, int]) -> tuple[int, int]:
            s, e = span
            context = 0
            if prefix:
                context += _common_suffix(prefix, text[max(0, s - len(prefix)):s])
            if suffix:
                context += _common_prefix(suffix, text[e:e + len(suffix)])
            distance = abs(s - hint) if hint is not None else s
            return (-context, distance)

        return min(spans, key=score)

    @staticmethod
    def _fuzzy(folded: str, q: str, prefix: str, suffix: str) -> tuple[int, int] | None:
        candidates: set[tuple[int, int]] = set()
        lo, hi = len(q) // 2, len(q) * 2 + 16
        # Between the old context: what sits where the quote sat.
        before, after = prefix[-16:], suffix[:16]
        if len(before) >= 4 and len(after) >= 4:
            for p in _occurrences(folded, before):
                s = p + len(before)
                e = folded.find(after, s + lo, s + hi + len(after))
                if e >= 0:
                    candidates.add((s, e))
        # Between the quote's own head and tail, when only its middle changed.
        k = max(4, min(24, len(q) // 3))
        head, tail = q[:k], q[-k:]
        for s in _occurrences(folded, head):
            t = folded.find(tail, s + max(lo - k, 0), s + hi)
            if t >= 0:
                candidates.add((s, t + k))
        best: tuple[float, tuple[int, int]] | None = None
        for s, e in candidates:
            piece = folded[s:e].strip(" ")
            if not piece:
                continue
            matcher = difflib.SequenceMatcher(None, q, piece, autojunk=False)
            if matcher.quick_ratio() < MIN_SIMILARITY:
                continue
            ratio = matcher.ratio()
            if ratio >= MIN_SIMILARITY and (best is None or ratio > best[0]):
                s += len(folded[s:e]) - len(folded[s:e].lstrip(" "))
                e -= len(folded[s:e]) - len(folded[s:e].rstrip(" "))
                best = (ratio, (s, e))
        return best[1] if best else None


def reanchor_highlight(h: Highlight, anchorer: Anchorer, article_id: str) -> Highlight:
    """`h` moved into the anchorer's text: re-anchored, or kept as an orphan with its quote."""
    found = anchorer.find(h.quote, h.prefix, h.suffix, hint=h.start)
    if found is None:
        return replace(h, article_id=article_id, orphan=True)
    text = anchorer.text
    s, e = found.start, found.end
    # Re-anchoring is not an edit by the analyst: `modified` keeps its value.
    return replace(
        h, article_id=article_id, start=s, end=e, quote=text[s:e],
        prefix=text[max(0, s - CONTEXT_CHARS):s], suffix=text[e:e + CONTEXT_CHARS],
        orphan=False,
    )


def reanchor_review(r: Review, anchorer: Anchorer, article_id: str) -> Review | None:
    """`r` moved into the anchorer's text, or None when its passage is gone."""
    found = anchorer.find(r.quote, hint=r.start)
    if found is None:
        return None
    s, e = found.start, found.end
    return replace(r, article_id=article_id, start=s, end=e, quote=anchorer.text[s:e])
