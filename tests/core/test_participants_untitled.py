"""People named without any title (untitled.py). Names without a title were the largest group
of parties never found on the blind sets (52 of 75)."""
from __future__ import annotations

import pytest

from reader.core.untitled import untitled_people
from tests.core.extract_helpers import party_names


def _names(text: str) -> list[str]:
    return [p.name for p in untitled_people(text, [], lambda phrase: False)]


@pytest.mark.parametrize("sentence", [
    "Vladimir Putin told reporters the talks had gone well.",
    "Ana Lopez also stressed the need for a ceasefire.",
    "Tomas Reyes welcomed the agreement on fisheries.",
    "“We are ready,” said Rafael Seguis, who led the panel.",
    "Recep Tayyip Erdogan held talks with his guest.",
])
def test_a_name_the_prose_treats_as_a_persons_is_one(sentence: str) -> None:
    assert len(_names(sentence)) == 1


@pytest.mark.parametrize("sentence", [
    # no verb of saying or stance right after, nor before
    "The delegation travelled from Vladimir Putin Avenue to the hall.",
    "Ana Lopez and the others were in the room.",
    # a place, an event, an outlet, or after an article
    "The resource-rich Caspian Sea signed nothing.",
    "Meanwhile, Radio Liberty says the leaders met.",
    "The meeting recalled that the 2016 Arbitral Award stressed the law.",
    "Their Majesties invited the President to dinner.",
])
def test_other_capitalised_phrases_are_no_person(sentence: str) -> None:
    assert _names(sentence) == []


def test_a_known_place_is_no_person() -> None:
    text = "Addis Ababa welcomed the delegations."
    assert untitled_people(text, [], lambda phrase: phrase == "Addis Ababa") == []
    assert [p.name for p in untitled_people(text, [(0, 4)], lambda phrase: False)] == []


def test_an_untitled_speaker_in_a_reported_meeting_is_found_and_takes_part() -> None:
    body = ("Vladimir Putin and Recep Tayyip Erdogan met in Sochi on Friday.\n\n"
            "Vladimir Putin told reporters that Russia and Turkey had agreed to extend the "
            "ceasefire. Recep Tayyip Erdogan welcomed the agreement.")
    assert {"Vladimir Putin", "Recep Tayyip Erdogan"} <= party_names(body)
