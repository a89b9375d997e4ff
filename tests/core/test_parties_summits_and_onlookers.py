"""Parties read from holdout85-88 (written blind, opened after scoring): a body whose summit
is reported, a list between dashes, a delegate, a clause after a spaced hyphen; and who is
no party: a host who stayed away, an earlier host, onlookers who welcome the talks."""
from __future__ import annotations

import pytest

from tests.core.extract_helpers import commitments, mentioned_names, party_names


@pytest.mark.parametrize("text", [
    "The tenth summit of the Andean Trade Organization (ATO) ended on Friday with a "
    "declaration on tariffs.",
    "The summit of the Andean Trade Organization being held in Quito has ended with "
    "delegates agreeing on a declaration.",
    "We, the Heads of State of Chile and Peru, met in Lima on 8 July 2010 for the 7th "
    "Summit of the Andean Trade Organization (ATO).",
])
def test_the_body_whose_summit_is_reported_took_part(text: str) -> None:
    assert "Andean Trade Organization" in party_names(text)


def test_a_summit_of_a_body_only_recalled_seats_no_one() -> None:
    text = ("The foreign ministers of Chile and Peru met in Lima. They recalled the summit "
            "of the Andean Trade Organization, which had set the tariffs.")
    assert "Andean Trade Organization" in mentioned_names(text)


def test_names_between_dashes_spell_out_who_was_present() -> None:
    text = ("Talks between the government of Colombia and the ELN resumed in Quito. Other "
            "nations involved with the talks – Brazil, Norway and Chile – were also present.")
    assert {"Brazil", "Norway", "Chile"} <= party_names(text)


def test_a_dash_further_back_does_not_make_a_list() -> None:
    text = ("Talks between the government of Colombia and the ELN resumed in Quito – a "
            "first since March. Other observers were also present.")
    assert "Brazil" not in party_names(text)


def test_an_earlier_host_in_the_past_perfect_is_mentioned() -> None:
    text = ("The fifth round of talks between the government of Colombia and the ELN "
            "opened in Quito. Brazil had hosted 15 months of talks between the two sides.")
    assert "Brazil" in mentioned_names(text)
    assert "Colombia" in party_names(text)


@pytest.mark.parametrize("sentence", [
    "The host, Peruvian President Ana Gil, understood to be recovering from an illness, "
    "did not make a public appearance during the event.",
    "The host, Peruvian President Ana Gil, did not attend.",
])
def test_a_host_who_stayed_away_is_no_party(sentence: str) -> None:
    text = "The summit of the Andean Trade Organization being held in Lima has ended. " + sentence
    assert "Ana Gil" in mentioned_names(text)


def test_a_host_who_was_there_is_a_party() -> None:
    text = ("The summit of the Andean Trade Organization being held in Lima has ended. The "
            "host, Peruvian President Ana Gil, opened the session.")
    assert "Ana Gil" in party_names(text)


def test_understood_to_be_is_no_stance() -> None:
    text = "President Ana Gil of Peru, understood to be recovering, did not speak."
    assert not any(verb == "understood" for _, verb, _ in commitments(text))


def test_onlookers_welcoming_the_talks_are_mentioned() -> None:
    text = ("The fifth round of talks between the government of Colombia and the ELN opened "
            "in Quito. The United Nations, the European Union, as well as churches in "
            "Colombia, have welcomed the resumption of the talks.")
    assert {"United Nations", "European Union"} <= mentioned_names(text)


def test_parties_welcoming_the_outcome_of_their_meeting_stay_parties() -> None:
    text = ("The foreign ministers of Chile and Peru met in Lima. Chile and Peru welcomed "
            "the outcome of the meeting.")
    assert {"Chile", "Peru"} <= party_names(text)


def test_a_countrys_delegate_is_at_the_table() -> None:
    text = ("The summit of the Andean Trade Organization being held in Quito has ended. "
            "The senior Bolivian delegate said that tariffs had hurt his country.")
    assert "Bolivia" in party_names(text)


def test_a_spaced_hyphen_opens_a_clause_with_its_subject() -> None:
    text = ("The summit of the Andean Trade Organization being held in Quito has ended. The "
            "main agreement came on the sidelines - President Ana Gil of Peru and President "
            "Luis Soto of Chile announced that they would resume border talks.")
    assert {"Ana Gil", "Luis Soto", "Peru", "Chile"} <= party_names(text)
