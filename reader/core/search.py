"""Find a phrase in an article's text: every match, ignoring case (no Qt)."""
from __future__ import annotations

import re

# Enough for any reader to step through; a one-letter query in a 50 MB file stops here.
MAX_MATCHES = 10_000


def find_all(text: str, query: str, limit: int = MAX_MATCHES) -> list[tuple[int, int]]:
    """[start, end) of each case-insensitive, non-overlapping match of `query` in `text`.

    Whitespace in the query matches any run of whitespace, so a phrase split across a
    line break is still found.
    """
    words = query.split()
    if not words:
        return []
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)
    matches = []
    for m in pattern.finditer(text):
        matches.append((m.start(), m.end()))
        if len(matches) >= limit:
            break
    return matches
