"""The shortcuts that spare whole-text regex scans find exactly what the full scans find."""
from __future__ import annotations

import random
import re

from reader.core.entities import literal_matches
from reader.core.people import _NAMED, _matches_at, _named_starts

# Pieces of statement prose chosen to stress the patterns' edges: names with apostrophes,
# hyphens, initials and accents, titles after commas, full stops and brackets right before
# a capital, long runs of capitalised words.
_PIECES = [
    "Thomas West", "Antony J. Blinken", "O’Brien", "x-John", "Łukasz Nowak", "Zoë Ávila",
    "Satya Narayan Pradhan", "Kemp Chester", "the", "and", "met", "U.S.", "Mr.", "(", ")",
    ",", ", ", ", the ", ", Director General", ", Special Representative for Afghanistan",
    ", Minister of Foreign Affairs", ", special envoy", ", Secretary", ".", ". ", "\n", " ",
    "  ", "NCB", "(NCB)", "D.C.", "A.", "Anna-Maria Kühn", "2023", "’s", "said", "Deputy",
]


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        words = [rng.choice(_PIECES) for _ in range(rng.randint(1, 40))]
        out.append("".join(w if w in {",", ".", "(", ")"} or w.startswith((",", " ", "\n"))
                           else " " + w for w in words))
    return out


def test_named_is_tried_only_where_it_can_match() -> None:
    for text in _texts(1, 3000):
        expected = [m.span() for m in _NAMED.finditer(text)]
        assert [m.span() for m in _matches_at(_NAMED, text, _named_starts(text))] == \
            expected, text


def test_literal_matches_equal_finditer() -> None:
    for acronym in ("NCB", "U.S.", "A.", "AA"):
        pattern = re.compile(rf"(?<![\w.]){re.escape(acronym)}(?!\w)")
        for text in [*_texts(2, 500), "AAA AA xAA .AA AA. (AA) AAA-AA", "U.S.U.S. U.S."]:
            expected = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in literal_matches(pattern, text, acronym)] == expected
