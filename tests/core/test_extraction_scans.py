"""The shortcuts that spare whole-text regex scans find exactly what the full scans find."""
from __future__ import annotations

import random
import re

from reader.core import people
from reader.core.dates import _MONTH_START, _PATTERNS
from reader.core.people import _NAMED, _named_starts
from reader.core.scan import literal_matches, matches_at, starts_of
from reader.paths import bundled_article

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
        assert [m.span() for m in matches_at(_NAMED, text, _named_starts(text))] == \
            expected, text


def test_literal_matches_equal_finditer() -> None:
    for acronym in ("NCB", "U.S.", "A.", "AA"):
        pattern = re.compile(rf"(?<![\w.]){re.escape(acronym)}(?!\w)")
        for text in [*_texts(2, 500), "AAA AA xAA .AA AA. (AA) AAA-AA", "U.S.U.S. U.S."]:
            expected = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in literal_matches(pattern, text, acronym)] == expected


_DATE_PIECES = ["July", "Jul.", "Sept.", "Sept", "May", "Mayor", "15", "15-16", "15–16", "1st",
                "2021", "2023-08-11", "12023-08-11", "x2023", "A7", "7", "22 July 2021", ",",
                " ", "to", "and", "percent", "%", "December", "Dec", "Octopus", "x", "\n"]


def test_date_patterns_are_tried_only_where_they_can_match() -> None:
    rng = random.Random(3)
    digit_runs = re.compile(r"\d+")
    for _ in range(3000):
        text = "".join(rng.choice(["", " "]) + rng.choice(_DATE_PIECES)
                       for _ in range(rng.randint(1, 20)))
        starts = [starts_of(_MONTH_START, text), starts_of(digit_runs, text),
                  starts_of(digit_runs, text)]
        for pattern, candidates in zip(_PATTERNS, starts, strict=True):
            assert [m.span() for m in matches_at(pattern, text, candidates)] == \
                [m.span() for m in pattern.finditer(text)], text


def test_grouped_title_openers_start_where_the_plain_alternation_does() -> None:
    plain = "|".join(people._TITLE_OPENERS)
    patterns = [(people._TITLE_START, re.compile(rf"(?=[A-Zacdefhlmnprsuv])\b(?:{plain})")),
                (people._COMMA_TITLE,
                 re.compile(rf",\s+(?:the\s+|an?\s+)?{people._DEMONYM}?(?:{plain})"))]
    texts = [*_texts(4, 2000), bundled_article().read_text(encoding="utf-8")]
    for grouped, reference in patterns:
        for text in texts:
            assert [m.start() for m in grouped.finditer(text)] == \
                [m.start() for m in reference.finditer(text)]
