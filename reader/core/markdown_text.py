"""Read a Markdown article: optional front matter, then the body as plain reading text."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.core.lazy_regex import lazy_compile

_FRONT_MATTER = lazy_compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_HEADING = lazy_compile(r"^#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE)
_BULLET = lazy_compile(r"^([ \t]*)[-*+][ \t]+", re.MULTILINE)
_LINK = lazy_compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = lazy_compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_CODE = lazy_compile(r"`([^`]*)`")


@dataclass
class MarkdownDocument:
    """Front-matter fields, the first-level heading (if any) and the body as plain text."""

    meta: dict[str, str] = field(default_factory=dict)
    title: str | None = None
    text: str = ""


def _parse_front_matter(block: str) -> dict[str, str]:
    # A flat "key: value" subset of YAML is all article metadata needs; no YAML dependency.
    meta: dict[str, str] = {}
    for line in block.splitlines():
        if ":" not in line or line.lstrip().startswith("#"):
            continue
        key, _, value = line.partition(":")
        value = value.strip().strip("\"'")
        if key.strip() and value:
            meta[key.strip().lower()] = value
    return meta


def read_markdown(source: str) -> MarkdownDocument:
    """Split off front matter; turn headings, bullets, links and emphasis into plain text."""
    doc = MarkdownDocument()
    match = _FRONT_MATTER.match(source)
    body = source
    if match:
        doc.meta = _parse_front_matter(match.group(1))
        body = source[match.end():]
    first_heading = re.match(r"\s*#[ \t]+(.+?)[ \t]*#*[ \t]*(?:\n|\Z)", body)
    if first_heading:
        doc.title = first_heading.group(1).strip()
        body = body[first_heading.end():]
    body = _HEADING.sub(r"\1", body)
    body = _BULLET.sub(r"\1• ", body)
    body = _LINK.sub(r"\1", body)
    body = _CODE.sub(r"\1", body)
    body = _EMPHASIS.sub(r"\2", body)
    doc.text = body.strip("\n")
    return doc
