"""Helpers for the extraction tests: analyse a snippet of statement text."""
from __future__ import annotations

from reader.core.analysis import Analysis, analyze
from reader.core.article import article_from_text
from reader.core.codebook import default_codebook


def run(body: str, *, date: str | None = None) -> Analysis:
    meta = {"date": date} if date else None
    return analyze(article_from_text(body, "Test statement", meta=meta), default_codebook())


def commitments(body: str) -> list[tuple[str, str, str]]:
    """(actor, verb, text) of every commitment found in `body`."""
    return [(c.actor, c.verb, c.text) for c in run(body).commitments]


def party_names(body: str) -> set[str]:
    return {p.name for p in run(body).participants}


def mentioned_names(body: str) -> set[str]:
    return {p.name for p in run(body).mentioned}
