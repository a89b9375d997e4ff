"""Shared material for the export tests: analyses with hand-made highlights, notes, reviews."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from reader.core.analysis import Analysis, analyze
from reader.core.annotations import ORIGIN_AUTO, Highlight, Review
from reader.core.article import Article, article_from_text, load_article
from reader.core.codebook import default_codebook
from reader.core.exports.bundle import ExportBundle, ExportOptions, build_bundle

REPO = Path(__file__).resolve().parents[3]
SHARED = REPO.parent / "shared"
REFI = SHARED / "refi-qda"
BUNDLED = REPO / "articles" / "c5plus1-special-session-afghanistan-2023.txt"

HOSTILE_NOTE = '<script>alert("x")</script> & <img src=x onerror=alert(1)> | =cmd'

# Accents, an emoji outside the BMP, curly quotes and a combining accent: offsets must
# count code points, so every one of these shifts a wrong implementation.
UNICODE_TEXT = (
    "Les ministres ont réaffirmé leur « coopération » régionale 🤝 contre le terrorisme.\n\n"
    "The delegates said “security and stability” matter, and the café owners 😀 agreed.\n\n"
    "Humanitarian access for refugees in Tōkyō and Zürich was welcomed by the UN.\n\n"
    "Cooperation on trade and economic growth, including cafe\u0301 exports, was agreed."
)


@dataclass
class Item:
    """A participant or commitment as the extract branch will provide it: has to_json()."""

    data: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return self.data


def span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def make_bundle(article: Article, options: ExportOptions | None = None,
                hostile: bool = False) -> tuple[Analysis, ExportBundle, list[Highlight]]:
    """The article analysed with the default codebook, two overlapping manual highlights
    with notes, one rejected and one accepted automatic passage, people and commitments."""
    analysis = analyze(article, default_codebook())
    text = article.text
    aid = article.content_id
    sentences = [s for s in analysis.sentences if s.themes]
    first = sentences[0]
    a0, a1 = first.start + 4, min(first.end, first.start + 60)
    b0, b1 = a0 + 10, min(first.end, a0 + 90)
    highlights = [
        Highlight.anchored(aid, text, "rights", a0, a1,
                           note=HOSTILE_NOTE if hostile else "First note: key passage."),
        Highlight.anchored(aid, text, "economy", b0, b1, note="Second note,\non two lines."),
    ]
    rejected = sentences[1]
    accepted = sentences[-1]
    reviews = [
        Review(aid, rejected.theme_ids[0], rejected.start, rejected.end,
               text[rejected.start:rejected.end], "rejected"),
        Review(aid, accepted.theme_ids[0], accepted.start, accepted.end,
               text[accepted.start:accepted.end], "accepted"),
    ]
    # A stored automatic highlight: the analyst annotated an automatic passage.
    annotated = Highlight.anchored(aid, text, accepted.theme_ids[0], accepted.start,
                                   accepted.end, note="Annotated automatic passage.",
                                   origin=ORIGIN_AUTO)
    highlights.append(annotated)
    analysis.participants = [Item({"name": "Thomas West", "kind": "person",
                                   "aliases": ["West"], "role": "Special Representative",
                                   "mentions": 2})]
    analysis.commitments = [Item({"actor": "The C5+1", "verb": "reaffirmed",
                                  "text": "support for a | piped <b>clause</b>", "start": 0,
                                  "end": 10, "themes": ["rights", "security"],
                                  "stance": "support", "quoted": True})]
    memo = "Memo: overall a cooperative tone.\n<b>bold?</b>"
    bundle = build_bundle(analysis, highlights, reviews, memo, options)
    return analysis, bundle, highlights


@pytest.fixture
def bundled_article() -> Article:
    return load_article(BUNDLED)


@pytest.fixture
def unicode_article() -> Article:
    return article_from_text(UNICODE_TEXT, "Déclaration « commune » 🤝")


@pytest.fixture
def bundle(bundled_article: Article) -> ExportBundle:
    return make_bundle(bundled_article)[1]


@pytest.fixture
def hostile_bundle(bundled_article: Article) -> ExportBundle:
    return make_bundle(bundled_article, hostile=True)[1]
