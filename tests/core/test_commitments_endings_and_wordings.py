"""Commitments read from holdout85-88: how a meeting ended ("… ended with delegates agreeing
on …"), "consented", abbreviated ministers ("Both FMs"), an owner after "conveyed", and
more adverbs between a subject and its verb."""
from __future__ import annotations

import pytest

from tests.core.extract_helpers import commitments


@pytest.mark.parametrize("text, verb", [
    ("The summit of the Andean Trade Organization being held in Quito has ended with "
     "delegates agreeing on a final statement.", "agreeing"),
    ("The Fifth Andean Summit has concluded with regional leaders agreeing to pursue joint "
     "solutions to the most pressing challenges.", "agreeing"),
    ("The ninth summit of the Andean Trade Organization ended on Friday with a joint "
     "declaration reaffirming the group's commitment to peace.", "reaffirming"),
])
def test_how_a_meeting_ended_is_its_parties_stance(text: str, verb: str) -> None:
    assert ("participants", verb) in {(actor, v) for actor, v, _ in commitments(text)}


def test_an_ending_that_is_no_stance_gives_none() -> None:
    assert commitments("The talks ended with the rebels walking out of the room.") == []


def test_a_participle_after_with_but_no_ending_gives_none() -> None:
    text = "The ministers met in Lima with officials agreeing nothing in advance."
    assert not [c for c in commitments(text) if c[1] == "agreeing"]


def test_consented_and_abbreviated_ministers() -> None:
    text = ("FM Ana Gil held talks with FM Luis Soto of Peru in Lima. Both host and guest "
            "consented to quickly concretise the adopted measures. Both FMs promised to work "
            "closely at regional forums.")
    found = {(actor, verb) for actor, verb, _ in commitments(text)}
    assert {("participants", "consented"), ("participants", "promised")} <= found


def test_conveyed_with_an_owner() -> None:
    text = ("Foreign Minister Ana Gil of Chile met Prime Minister Luis Soto in Lima. Gil also "
            "conveyed Chile’s deep appreciation for Peru’s friendship.")
    assert ("Ana Gil", "conveyed") in {(a, v) for a, v, _ in commitments(text)}


def test_conveyed_news_is_no_stance() -> None:
    text = ("Foreign Minister Ana Gil of Chile met Prime Minister Luis Soto in Lima. Gil also "
            "conveyed the news to reporters.")
    assert not [c for c in commitments(text) if c[1] == "conveyed"]


def test_an_adverb_between_subject_and_verb() -> None:
    text = ("The foreign ministers of Chile and Peru met in Lima. Ministers unreservedly "
            "condemned the terrorist attacks in the north.")
    assert any(verb == "condemned" for _, verb, _ in commitments(text))
