"""The export bundle: what every export format writes (analysis, passages, notes, memo)."""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reader.core.annotations import (
    ORIGIN_AUTO,
    ORIGIN_MANUAL,
    REVIEW_ACCEPTED,
    REVIEW_REJECTED,
    Highlight,
    Review,
    now_iso,
)
from reader.core.article import Article
from reader.core.codebook import Codebook, Theme
from reader.core.errors import ExportError
from reader.core.records import Analysis

# Shown for a highlight whose theme is no longer in the codebook (the user deleted it):
# the highlight is still exported, in a neutral grey, never dropped.
UNKNOWN_THEME_COLOR = "#888888"
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")

REVIEW_PENDING = "pending"
# Dates the analysis finds in the text (the extraction's `role`) worth putting in a header.
_TEXT_DATE_LABELS = {"released": "released (from the text)",
                     "meeting": "meeting date (from the text)"}


@dataclass(frozen=True)
class ExportOptions:
    """What to export: which themes (None = all) and whether automatic passages come along."""

    theme_ids: tuple[str, ...] | None = None
    manual_only: bool = False
    author: str = "Parley user"


@dataclass(frozen=True)
class ExportPassage:
    """One highlighted passage as exported: a user's highlight or an automatic theme passage.

    `review` is "accepted" or "pending" for automatic passages and "" for manual ones.
    `placed` is False when the quote is no longer at [start, end) of the text (an orphan):
    such a passage is exported with its quote but not positioned in the article.
    """

    theme_id: str
    start: int
    end: int
    quote: str
    note: str = ""
    origin: str = ORIGIN_MANUAL
    review: str = ""
    id: str = ""
    created: str = ""
    placed: bool = True

    @property
    def is_auto(self) -> bool:
        return self.origin == ORIGIN_AUTO

    @property
    def origin_words(self) -> str:
        """How the passage came about, in the words every human-readable export uses."""
        if not self.is_auto:
            return "your highlight"
        return "automatic, accepted" if self.review == "accepted" else "automatic, not reviewed"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "theme": self.theme_id, "start": self.start, "end": self.end,
            "quote": self.quote, "note": self.note, "origin": self.origin,
            "review": self.review or None, "placed": self.placed,
            "created": self.created or None,
        }


@dataclass
class ExportBundle:
    """Everything an export writes, already filtered by the options."""

    analysis: Analysis
    passages: list[ExportPassage]
    reviews: list[Review]
    memo: str
    options: ExportOptions
    exported: str = field(default_factory=now_iso)

    @property
    def article(self) -> Article:
        return self.analysis.article

    @property
    def codebook(self) -> Codebook:
        return self.analysis.codebook

    @property
    def text(self) -> str:
        return self.analysis.article.text

    @property
    def themes(self) -> list[Theme]:
        """The exported themes in codebook order, then any unknown theme ids passages carry."""
        wanted = self.options.theme_ids
        themes = [t for t in self.codebook.themes if wanted is None or t.id in wanted]
        known = {t.id for t in themes}
        for passage in self.passages:
            if passage.theme_id not in known:
                themes.append(self.theme(passage.theme_id))
                known.add(passage.theme_id)
        return themes

    def theme(self, theme_id: str) -> Theme:
        """The codebook theme, or a grey stand-in named after the id when it was deleted."""
        if theme_id in self.codebook:
            return self.codebook.theme(theme_id)
        return Theme(theme_id, theme_id, UNKNOWN_THEME_COLOR, UNKNOWN_THEME_COLOR)

    def passages_for(self, theme_id: str) -> list[ExportPassage]:
        return [p for p in self.passages if p.theme_id == theme_id]

    @property
    def dates(self) -> list[tuple[str, str]]:
        """(label, value) of the article's dates: released, other metadata dates, then the
        release and meeting dates the analysis found in the text, when not already given."""
        found: list[tuple[str, str]] = []
        if self.article.date:
            found.append(("date", self.article.date))
        for key, value in sorted(self.article.meta.items()):
            if key != "date" and key.endswith("date") and value:
                found.append((key.replace("_", " "), value))
        seen = {value for _, value in found}
        for item in self.analysis.dates:
            data = item_json(item)
            if not isinstance(data, dict):
                continue
            role, value = data.get("role"), data.get("date")
            if role in _TEXT_DATE_LABELS and isinstance(value, str) and value not in seen:
                found.append((_TEXT_DATE_LABELS[role], value))
                seen.add(value)
        return found


def safe_color(color: str) -> str:
    """A #rrggbb colour fit to put in CSS or XML; anything else becomes the neutral grey."""
    return color.lower() if isinstance(color, str) and _HEX.match(color) else UNKNOWN_THEME_COLOR


def item_json(item: Any) -> Any:
    """Participants and commitments come as objects with `to_json()` or as plain dicts."""
    to_json = getattr(item, "to_json", None)
    return to_json() if callable(to_json) else item


def stance_words(commitment: dict[str, Any]) -> str:
    """The stance of a commitment with its qualifiers: "support (negated, quoted)"."""
    marks = [word for key, word in (("negated", "negated"), ("quoted", "quoted"))
             if commitment.get(key)]
    stance = str(commitment.get("stance") or "")
    return f"{stance} ({', '.join(marks)})".strip() if marks else stance


def build_bundle(
    analysis: Analysis,
    highlights: Iterable[Highlight] = (),
    reviews: Iterable[Review] = (),
    memo: str = "",
    options: ExportOptions | None = None,
) -> ExportBundle:
    """Combine the user's work with the automatic passages, as the options ask.

    Automatic passages are the analysis sentences per theme, minus those the user rejected;
    a stored automatic highlight (one the user annotated) stands in for its sentence.
    """
    options = options or ExportOptions()
    _check_theme_ids(options.theme_ids, analysis.codebook)
    wanted = set(options.theme_ids) if options.theme_ids is not None else None
    text = analysis.article.text
    reviews = list(reviews)
    decisions = _Decisions(reviews)

    passages: list[ExportPassage] = []
    taken: set[tuple[str, str]] = set()  # (theme, quote) the user's highlights already cover
    for h in highlights:
        if wanted is not None and h.theme_id not in wanted:
            continue
        if h.origin == ORIGIN_AUTO:
            decision = decisions.find(h.theme_id, h.start, h.end, h.quote)
            taken.add((h.theme_id, h.quote))
            if options.manual_only or decision == REVIEW_REJECTED:
                continue
            review = decision or REVIEW_PENDING
        else:
            review = ""
            # The user's own highlight of a whole automatic passage stands in for it.
            taken.add((h.theme_id, h.quote))
        placed = not h.orphan and 0 <= h.start < h.end <= len(text) \
            and text[h.start:h.end] == h.quote
        passages.append(ExportPassage(
            h.theme_id, h.start, h.end, h.quote, h.note, h.origin, review, h.id, h.created, placed,
        ))

    if not options.manual_only:
        passages.extend(_automatic(analysis, wanted, decisions, taken))
    order = {tid: n for n, tid in enumerate(analysis.codebook.ids)}
    passages.sort(key=lambda p: (not p.placed, p.start, p.end, order.get(p.theme_id, 999)))
    return ExportBundle(analysis, passages, reviews, memo or "", options)


def _check_theme_ids(theme_ids: Sequence[str] | None, codebook: Codebook) -> None:
    if theme_ids is None:
        return
    if not theme_ids:
        raise ExportError("No theme chosen: choose at least one theme to export.")
    unknown = [t for t in theme_ids if t not in codebook]
    if unknown:
        raise ExportError(
            f"Unknown theme id(s): {', '.join(unknown)}. "
            f"This codebook has: {', '.join(codebook.ids)}."
        )


class _Decisions:
    """Review decisions looked up by theme and span, or by theme and quote after re-analysis."""

    def __init__(self, reviews: list[Review]):
        self.exact = {(r.theme_id, r.start, r.end, r.quote): r for r in reviews}
        self.by_quote = {(r.theme_id, r.quote): r for r in reviews}
        self.used: set[tuple[str, str]] = set()

    def find(self, theme_id: str, start: int, end: int, quote: str) -> str:
        review = self.exact.get((theme_id, start, end, quote)) \
            or self.by_quote.get((theme_id, quote))
        if review is None:
            return ""
        self.used.add((review.theme_id, review.quote))
        return review.decision


def _automatic(
    analysis: Analysis,
    wanted: set[str] | None,
    decisions: _Decisions,
    taken: set[tuple[str, str]],
) -> list[ExportPassage]:
    """One passage per sentence and theme, plus accepted passages the analysis no longer finds."""
    text = analysis.article.text
    out: list[ExportPassage] = []
    for sentence in analysis.sentences:
        quote = text[sentence.start:sentence.end]
        for theme_id in sentence.theme_ids:
            if wanted is not None and theme_id not in wanted:
                continue
            decision = decisions.find(theme_id, sentence.start, sentence.end, quote)
            if decision == REVIEW_REJECTED or (theme_id, quote) in taken:
                continue
            out.append(ExportPassage(
                theme_id, sentence.start, sentence.end, quote, origin=ORIGIN_AUTO,
                review=decision or REVIEW_PENDING,
                id=f"auto:{theme_id}:{sentence.start}-{sentence.end}",
            ))
    # An accepted passage stays the analyst's even when a changed codebook stops finding it.
    for (theme_id, quote), review in decisions.by_quote.items():
        if review.decision != REVIEW_ACCEPTED or (theme_id, quote) in decisions.used \
                or (theme_id, quote) in taken or (wanted is not None and theme_id not in wanted):
            continue
        start, end = review.start, review.end
        if text[start:end] != quote:
            found = text.find(quote) if quote else -1
            start, end = (found, found + len(quote)) if found >= 0 else (start, end)
        placed = bool(quote) and 0 <= start < end <= len(text) and text[start:end] == quote
        out.append(ExportPassage(
            theme_id, start, end, quote, origin=ORIGIN_AUTO, review=REVIEW_ACCEPTED,
            id=f"auto:{theme_id}:{start}-{end}", created=review.modified, placed=placed,
        ))
    return out
