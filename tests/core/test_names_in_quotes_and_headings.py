"""Names with a nickname or run-together initials inside, a title that a slash or an event
word ends, and a body inside a title's portfolio."""
from __future__ import annotations

import pytest

from reader.core.people import find_organizations, find_people


def people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in find_people(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # A nickname in quotes between the given name and the surname is no part of the name.
    ("Indonesian President Joko “Jokowi” Widodo held a meeting.",
     [("Joko Widodo", "President")]),
    ('President Rodrigo "Digong" Duterte arrived.', [("Rodrigo Duterte", "President")]),
    # Two initials run together inside a name.
    ("Foreign Minister Retno LP Marsudi said the talks went well.",
     [("Retno LP Marsudi", "Foreign Minister")]),
    # A title written after the name ends at a slash that opens the person's second title.
    ("They met Federica Mogherini, High Representative of the European Union for Foreign "
     "Affairs and Security Policy/Vice-President of the European Commission.",
     [("Federica Mogherini",
       "High Representative of the European Union for Foreign Affairs and Security Policy")]),
])
def test_name_and_title_edges(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


def test_a_country_code_inside_a_name_is_no_initials() -> None:
    # "UN" after a name is the next body's, not the name's middle.
    assert people("Foreign Minister Retno Marsudi UN Security Council members met.") == [
        ("Retno Marsudi", "Foreign Minister")]


def test_an_event_word_ends_no_name() -> None:
    # A title-case heading runs a title into an event's name: "Weimar Triangle Summit" is
    # not the Chancellor's name.
    names = {p.name for p in find_people(
        "The Presidents of Poland and France and the Chancellor of the Federal Republic of "
        "Germany During the Weimar Triangle Summit")}
    assert not any("Summit" in name for name in names)


def test_a_titles_portfolio_is_no_part_of_the_body() -> None:
    orgs = [o.name for o in find_organizations(
        "Federica Mogherini, High Representative of the European Union for Foreign Affairs and "
        "Security Policy, spoke. The Office for the Coordination of Humanitarian Affairs "
        "reported.")]
    assert "European Union" in orgs
    assert not any("Foreign Affairs" in name for name in orgs)
    # Without a title before it, a body's name keeps its "for …".
    assert "Office for the Coordination of Humanitarian Affairs" in orgs
