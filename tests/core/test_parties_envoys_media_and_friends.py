"""Forms read from holdout89-92 (written blind, scored once, then opened): a body's meeting
that was held, news media, a person described before the name, whoever sent an envoy, an
office not yet taken up, an honorific after a long title, and groups of friends."""
from __future__ import annotations

import pytest

from tests.core.extract_helpers import mentioned_names, party_names, run


def test_a_bodys_meeting_that_was_held_seats_the_body() -> None:
    text = "1. The 11th Southwest Pacific Dialogue (SwPD) meeting was held in Brunei on 1 July."
    assert "Southwest Pacific Dialogue" in party_names(text)


def test_a_working_groups_meeting_seats_no_group() -> None:
    text = "The Regional Security Cooperation Working Group meeting was held on 15 August."
    assert "Regional Security Cooperation Working Group" in mentioned_names(text)


def test_a_news_agency_is_never_a_party() -> None:
    text = ("Foreign Minister Ana Gil of Chile met Foreign Minister Luis Soto of Peru in Lima. "
            "The Andean News Agency (ANA) said Gil received Soto at her office on Friday.")
    assert "Andean News Agency" in mentioned_names(text)


@pytest.mark.parametrize("sentence, name", [
    ("He apologised to the delegation and the chief mediator, Riek Machar, the next day.",
     "Riek Machar"),
    ("Mr Pun and a member of the rebel negotiating team, Krishna Bahadur Mahara, addressed the "
     "news conference.", "Krishna Bahadur Mahara"),
])
def test_a_person_described_before_the_name_is_found(sentence: str, name: str) -> None:
    analysis = run("The government and the rebels declared a ceasefire. " + sentence)
    assert name in {e.name for e in [*analysis.participants, *analysis.mentioned]
                    if e.kind == "person"}


def test_whoever_sent_an_envoy_is_not_at_the_table() -> None:
    text = ("Israeli Prime Minister Benjamin Netanyahu’s envoy, attorney Yitzhak Molcho, and "
            "chief Palestinian negotiator Saeb Erekat met with the mediators in Amman.")
    assert "Benjamin Netanyahu" in mentioned_names(text)
    assert "Saeb Erekat" in party_names(text)


def test_an_office_not_yet_taken_up_is_no_name() -> None:
    text = ("Foreign Minister Mauro Vieira of Brazil met Argentine Congresswoman-elect Diana "
            "Mondino, the foreign minister appointed by the new president, in Brasilia.")
    names = {e.name for e in run(text).participants if e.kind == "person"}
    assert "Diana Mondino" in names


def test_an_honorific_after_a_long_title() -> None:
    text = ("Assistant Secretary of State for East Asian and Pacific Affairs Mr. David R. "
            "Stilwell and Secretary Chris Seed met in Wellington.")
    people = {e.name: e.role for e in run(text).participants if e.kind == "person"}
    assert people.get("David R. Stilwell") == \
        "Assistant Secretary of State for East Asian and Pacific Affairs"


@pytest.mark.parametrize("text, group", [
    ("The Group of Friends on United Nations Reform met in New York on Monday.",
     "Group of Friends on United Nations Reform"),
    ("The Friends of Yemen met in New York on Monday.", "Friends of Yemen"),
])
def test_a_group_of_friends_is_a_body(text: str, group: str) -> None:
    assert group in party_names(text)


def test_friends_of_a_person_are_no_body() -> None:
    analysis = run("Friends of the President attended a dinner in Lima.")
    assert not [e for e in [*analysis.participants, *analysis.mentioned]
                if "Friends" in e.name]
