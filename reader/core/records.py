"""The analysis result as plain records: sentences with their themes, entities,
commitments and dates, and the Analysis that holds them.

They live apart from the analysers that make them (themes, entities, commitments, dates) so
that code which only reads an analysis, such as the window loading a saved one, does not
import the analysers' matching tables (~0.17 s of regex compiling and gazetteer reading).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reader.core.article import Article
    from reader.core.codebook import Codebook

SCHEMA = "parley.analysis/1"


@dataclass(frozen=True, slots=True)
class ThemeHit:
    """One matched term of one theme: [start, end) in the article text."""

    theme_id: str
    start: int
    end: int
    term: str


@dataclass(frozen=True)
class SentenceTheme:
    """A theme assigned to a sentence and why: the matched words and their spans."""

    id: str
    matched: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]


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


_KIND_JSON = {"country": "country", "person": "person", "organization": "organization",
              "format": "organization"}


@dataclass
class Entity:
    """A country, person, organisation or format with every place the text names it."""

    id: str
    name: str
    kind: str  # country | person | organization | format
    aliases: list[str] = field(default_factory=list)  # the forms found in the text
    role: str | None = None
    represents: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    members: list[str] = field(default_factory=list)  # member names, for a format
    references: list[tuple[int, int]] = field(default_factory=list)  # "the officials", "We"
    party: bool = False

    def add(self, start: int, end: int, surface: str) -> None:
        self.spans.append((start, end))
        surface = " ".join(surface.split())
        if surface != self.name and surface not in self.aliases:
            self.aliases.append(surface)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": _KIND_JSON[self.kind],
            "aliases": list(self.aliases),
            "role": self.role,
            "mentions": len(self.spans),
            "represents": self.represents,
            "format": self.kind == "format",
            "members": list(self.members),
            "spans": [list(s) for s in sorted(self.spans)],
            "references": [list(s) for s in sorted(self.references)],
        }


@dataclass
class Commitment:
    """One stance or commitment clause of the statement."""

    actor: str
    verb: str
    start: int
    end: int
    text: str
    stance: str
    themes: list[str] = field(default_factory=list)
    quoted: bool = False
    negated: bool = False
    from_list: bool = False  # an item under a lead-in ("… objectives highlighting:")

    def to_json(self) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "verb": self.verb,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "themes": list(self.themes),
            "stance": self.stance,
            "quoted": self.quoted,
            "negated": self.negated,
            "list_item": self.from_list,
        }


@dataclass(frozen=True)
class DateMention:
    """A date in the text: ISO value(s), the words, what it dates, whether the year is inferred."""

    date: str
    end_date: str | None
    text: str
    start: int
    end: int
    role: str  # released | meeting | other
    year_inferred: bool

    def to_json(self) -> dict[str, Any]:
        return {"date": self.date, "end_date": self.end_date, "text": self.text,
                "start": self.start, "end": self.end, "role": self.role,
                "year_inferred": self.year_inferred}
