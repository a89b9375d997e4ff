"""The analyst's own work on an article: highlights, notes, review decisions, the memo."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

# How much text around a quote is kept to re-anchor it when the article text changes.
CONTEXT_CHARS = 32

ORIGIN_MANUAL = "manual"
ORIGIN_AUTO = "auto"
REVIEW_ACCEPTED = "accepted"
REVIEW_REJECTED = "rejected"


def now_iso() -> str:
    """UTC timestamp with seconds, as stored and exported."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def new_id() -> str:
    """Lowercase uuid4 without braces (the form REFI-QDA tools compare as strings)."""
    # Imported here: uuid brings in `platform` (~10 ms), and the window loads this module
    # on its way to being ready, long before the reader makes a highlight.
    import uuid

    return str(uuid.uuid4())


@dataclass(frozen=True)
class ArticleRecord:
    """What the store knows of an article: its content id, where it was last seen, its title."""

    content_id: str
    path: str | None
    title: str
    first_seen: str
    last_seen: str


@dataclass(frozen=True)
class ReanchorReport:
    """What happened when work moved from an old version of an article to a new one."""

    from_id: str
    to_id: str
    anchored: int  # highlights placed in the new text
    orphaned: int  # highlights kept with their quote, no longer found in the text
    reviews_moved: int
    reviews_left: int  # decisions whose passage is gone; they stay with the old version


@dataclass(frozen=True)
class Highlight:
    """A passage the analyst marked with a theme (manual) or a reviewed automatic one.

    `start`/`end` are code-point offsets into Article.text (end exclusive); `quote`,
    `prefix` and `suffix` keep the anchor so it can be found again if the text changes.
    `orphan` is True when re-anchoring failed: the highlight is kept and shown with its
    quote, never dropped.
    """

    article_id: str
    theme_id: str
    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""
    note: str = ""
    origin: str = ORIGIN_MANUAL
    id: str = field(default_factory=new_id)
    created: str = field(default_factory=now_iso)
    modified: str = field(default_factory=now_iso)
    orphan: bool = False

    @classmethod
    def anchored(cls, article_id: str, text: str, theme_id: str, start: int, end: int,
                 note: str = "", origin: str = ORIGIN_MANUAL) -> Highlight:
        """A highlight on [start, end) of `text`, with its quote and context captured."""
        if not (0 <= start < end <= len(text)):
            raise ValueError(f"highlight span {start}-{end} is outside the text (0-{len(text)})")
        return cls(
            article_id=article_id, theme_id=theme_id, start=start, end=end,
            quote=text[start:end], prefix=text[max(0, start - CONTEXT_CHARS):start],
            suffix=text[end:end + CONTEXT_CHARS], note=note, origin=origin,
        )

    def with_changes(self, **changes: object) -> Highlight:
        """A copy with fields changed and `modified` stamped."""
        return replace(self, **changes, modified=now_iso())  # type: ignore[arg-type]


@dataclass(frozen=True)
class Review:
    """The analyst's decision on one automatic theme passage (a sentence with a theme).

    Keyed by the passage's quote as well as its offsets, so a decision survives
    re-analysis and is not brought back by it.
    """

    article_id: str
    theme_id: str
    start: int
    end: int
    quote: str
    decision: str  # REVIEW_ACCEPTED | REVIEW_REJECTED
    modified: str = field(default_factory=now_iso)
