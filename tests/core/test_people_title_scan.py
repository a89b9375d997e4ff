"""The title patterns tried only where a title word opens find what a full scan finds."""
from __future__ import annotations

from pathlib import Path

import pytest

from reader.core import people

ARTICLES = sorted((Path(__file__).resolve().parents[1] / "data" / "statements" / "articles")
                  .glob("*.txt"))
ARTICLES.append(Path(__file__).resolve().parents[2] / "articles"
                / "c5plus1-special-session-afghanistan-2023.txt")
# Titles glued to punctuation, hyphens, accents, lower-case titles and words that only
# begin like a title word ("Headquarters", "Leadership").
TRICKY = (
    "Vice-President Kamala Harris met Prime Minister Fumio Kishida. The Headquarters of "
    "the Leadership Council, Special Envoy for Afghanistan Thomas West, and Japan’s special "
    "envoy for Afghanistan, Kansuke Nagaoka, met. (Deputy Secretary Wendy Sherman) "
    "Attaché Zoë Łukasz arrived;President Biden spoke.Under Secretary Jose W. Fernandez "
    "and foreign minister, Ana Lopez, joined. Chairman Xi. spokesman, John Kirby, said"
)


def _starts(text: str) -> list[int]:
    return [m.start() for m in people._TITLE_START.finditer(text)]


def _same(a, b) -> bool:
    return [(m.span(), m.groupdict()) for m in a] == [(m.span(), m.groupdict()) for m in b]


@pytest.mark.parametrize("text", [p.read_text(encoding="utf-8") for p in ARTICLES] + [TRICKY])
def test_title_patterns_match_as_a_full_scan_does(text: str) -> None:
    starts = _starts(text)
    for pattern in (people._TITLED, people._TITLED_SHORT, people._TITLE_COMMA):
        assert _same(people._matches_at(pattern, text, starts), pattern.finditer(text))


def test_the_tricky_text_has_titles_to_find() -> None:
    # Not vacuous: each pattern finds something in the tricky text.
    for pattern in (people._TITLED, people._TITLED_SHORT, people._TITLE_COMMA):
        assert list(pattern.finditer(TRICKY))


def test_an_alternative_without_leading_letters_is_refused() -> None:
    with pytest.raises(ValueError):
        people._opening_letters("(?:Minister|(?:Vice|Deputy) Chair)")
    assert people._opening_letters("(?:Counsel(?:l)?or|spokes(?:person|man))") == [
        "Counsel", "spokes"]


@pytest.mark.parametrize("text", [p.read_text(encoding="utf-8") for p in ARTICLES] + [
    TRICKY, "Satya Narayan Pradhan, Director General, NCB, spoke.",
    "Satya Narayan Pradhan,\n  the Director General, spoke."])
def test_every_named_match_passes_the_comma_title_gate(text: str) -> None:
    for m in people._NAMED.finditer(text):
        assert people._COMMA_TITLE.search(text, m.start(), m.end())


def test_the_gate_is_closed_without_a_title_after_a_comma() -> None:
    assert people._COMMA_TITLE.search("Satya Narayan Pradhan, Director General")
    assert not people._COMMA_TITLE.search("Satya Narayan Pradhan, who directs the bureau")
