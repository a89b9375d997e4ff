"""Recognise web boilerplate (share buttons, photo credits) so the analysis can skip it."""
from __future__ import annotations

import re

from reader.core.lazy_regex import lazy_compile

# Whole lines that are page furniture, not statement text.
_LINE_PATTERNS = [
    r"share(?: this)?(?: on| via)?:?",
    r"(?:facebook|twitter|x|linkedin|whatsapp|telegram|email|print|tweet)(?:\s*[|/·]\s*"
    r"(?:facebook|twitter|x|linkedin|whatsapp|telegram|email|print|tweet))*",
    r"(?:photo|image|picture)s?\s*(?:credit|courtesy|by|source)s?\s*:.*",
    r"(?:read more|related(?: articles| stories| news)?|see also|more on this)\s*:?.*",
    r"advertisement|sponsored|subscribe(?: now)?.*|sign up.*|follow us.*",
    r"(?:copyright|©|all rights reserved).*",
    r"click here.*|skip to (?:main )?content|back to top",
]
_LINE_RE = lazy_compile(
    r"^[ \t]*(?:" + "|".join(_LINE_PATTERNS) + r")[ \t]*$", re.IGNORECASE | re.MULTILINE
)

# Credits inside a caption line: the caption itself is content, the credit is not.
_INLINE_RE = lazy_compile(
    # (blanks never given back, and a credit of at most 200 characters: "(photo" before a
    # long run of blanks, and thousands of "(photo:" on a line, were quadratic)
    r"[(\[](?:photo|image|picture|video)s?\s*+(?:credit|courtesy|by|source)?s?\s*+:"
    r"[^)\]\n]{0,200}[)\]]",
    re.IGNORECASE,
)


def find_boilerplate(text: str) -> list[tuple[int, int]]:
    """Spans of `text` that are page furniture, sorted and non-overlapping."""
    spans = [(m.start(), m.end()) for m in _LINE_RE.finditer(text) if m.group().strip()]
    spans += [(m.start(), m.end()) for m in _INLINE_RE.finditer(text)]
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        # Trim surrounding blanks so the marked span is exactly the furniture.
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
