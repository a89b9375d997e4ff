"""People named without any title (untitled.py), people a report keeps naming, and meetings a
report only recalls. Names without a title were the largest group of parties never found on
the blind sets (52 of 75)."""
from __future__ import annotations

import pytest

from reader.core.untitled import untitled_people
from tests.core.extract_helpers import mentioned_names, party_names, run


def _names(text: str) -> list[str]:
    return [p.name for p in untitled_people(text, [], lambda phrase: False)]


@pytest.mark.parametrize("sentence", [
    "Vladimir Putin told reporters the talks had gone well.",
    "Ana Lopez also stressed the need for a ceasefire.",
    "Tomas Reyes welcomed the agreement on fisheries.",
    "“We are ready,” said Rafael Seguis, who led the panel.",
    "Recep Tayyip Erdogan held talks with his guest.",
    "The talks were led by Sergei Lavrov, with others.",
    "The delegation included Ana Lopez from the start.",
    "Tomas Reyes, who heads the delegation, arrived late.",
    "The file went to Ana Lopez, a senior trade official.",
    "The file went to Sergei Lavrov, Russia's top diplomat.",
    "The file went to Ana Lopez of the trade ministry.",
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
    # a description that fits no person
    "The road to Puerto Montt, a leader in salmon farming, was closed.",
    "The region of Tierra Grande, the largest in the north, was flooded.",
])
def test_other_capitalised_phrases_are_no_person(sentence: str) -> None:
    assert _names(sentence) == []


def test_a_list_that_opens_after_a_cue_names_each_person() -> None:
    assert _names("Chile was represented by Ana Lopez and Tomas Reyes.") == [
        "Ana Lopez", "Tomas Reyes"]
    assert _names("Also present were Ana Lopez, Tomas Reyes and Luis Soto.") == [
        "Ana Lopez", "Tomas Reyes", "Luis Soto"]
    # A list of places after a name is no list of people.
    assert _names("The delegation included Ana Lopez. Buenos Aires and Santa Fe were next.") \
        == ["Ana Lopez"]


def test_a_known_place_is_no_person() -> None:
    text = "Addis Ababa welcomed the delegations."
    assert untitled_people(text, [], lambda phrase: phrase == "Addis Ababa") == []
    assert [p.name for p in untitled_people(text, [(0, 4)], lambda phrase: False)] == []


def test_an_untitled_speaker_in_a_reported_meeting_is_found_and_takes_part() -> None:
    body = ("Vladimir Putin and Recep Tayyip Erdogan met in Sochi on Friday.\n\n"
            "Vladimir Putin told reporters that Russia and Turkey had agreed to extend the "
            "ceasefire. Recep Tayyip Erdogan welcomed the agreement.")
    assert {"Vladimir Putin", "Recep Tayyip Erdogan"} <= party_names(body)


def test_a_person_the_report_keeps_naming_is_a_party() -> None:
    # Named four times, never as the subject of a meeting or stance: no other rule seats her.
    body = ("The foreign ministers of Chile and Peru met in Lima on Monday.\n\n"
            "The talks covered the fisheries draft of Dr. Ana Maria Lopez, an economist. "
            "Questions for Lopez took an hour, and the ministers thanked Lopez for a draft "
            "that the press called the Lopez plan.")
    assert "Ana Maria Lopez" in party_names(body)


def test_a_spokesperson_named_often_is_still_no_party() -> None:
    body = ("The foreign ministers of Chile and Peru met in Lima on Monday.\n\n"
            "The talks covered fisheries, according to ministry spokesperson Ana Maria Lopez. "
            "Reporters asked Lopez about a treaty, and the questions to Lopez went on for an "
            "hour.")
    analysis = run(body)
    assert "Ana Maria Lopez" not in {p.name for p in analysis.participants}
    assert "Ana Maria Lopez" in {p.name for p in analysis.mentioned}


def test_a_person_named_twice_is_left_to_the_other_rules() -> None:
    body = ("The foreign ministers of Chile and Peru met in Lima on Monday.\n\n"
            "The talks covered the fisheries plan drafted under Dr. Ana Maria Lopez, whose report "
            "Lopez published last year.")
    assert "Ana Maria Lopez" in mentioned_names(body)


def test_a_meeting_the_report_only_recalls_seats_no_one() -> None:
    body = ("The ministers of Finland and Russia met in Haikko on Monday.\n\n"
            "Human rights came up, as they did when Federica Mogherini visited Moscow some "
            "weeks ago.")
    assert "Federica Mogherini" not in party_names(body)
    assert {"Finland", "Russia"} <= party_names(body)


def test_a_meeting_reported_with_its_time_still_seats_its_people() -> None:
    # "last week" alone, with no "when" before the name: the meeting being reported.
    body = ("Federica Mogherini visited Moscow last week for talks with Sergei Lavrov.\n\n"
            "They discussed Ukraine.")
    assert "Federica Mogherini" in party_names(body)


# Found by a review of the rules above: places, outlets and the people the parties speak of.
@pytest.mark.parametrize("sentence", [
    "St Petersburg hosted the forum.",
    "Rio de Janeiro hosted the forum.",
    "Ho Chi Minh City hosted the forum.",
    "The Asahi Shimbun reported the talks.",
    "The minister said Santa Cruz would hold a referendum.",
])
def test_places_and_outlets_are_no_people(sentence: str) -> None:
    analysis = run("Chile and Peru met in Lima.\n\n" + sentence)
    assert [p.name for p in analysis.participants + analysis.mentioned
            if p.kind == "person"] == []


def test_someone_the_parties_condemn_is_no_party_however_often_named() -> None:
    body = ("The United States and France met in Paris.\n\nThe ministers condemned North "
            "Korean leader Kim Jong Un for the missile launch. They urged Kim Jong Un to stop. "
            "Leader Kim Jong Un has ignored every warning.")
    analysis = run(body)
    assert "Kim Jong Un" not in {p.name for p in analysis.participants}
    assert all(c.actor == "participants" for c in analysis.commitments)


def test_a_meeting_reported_with_last_week_still_seats_both_sides() -> None:
    body = ("Russia and the United States have exchanged prisoners, officials said on Monday."
            "\n\nThe exchange was agreed when Foreign Minister Sergei Lavrov met Secretary of "
            "State Antony Blinken in Geneva last week.")
    assert {"Sergei Lavrov", "Antony Blinken"} <= party_names(body)


def test_a_minister_or_envoy_the_report_names_takes_part_with_their_country() -> None:
    body = ("Chile and Peru held talks in Lima on Monday on the border.\n\n"
            "The talks covered fisheries and trade. Bolivian Foreign Minister Ana Lopez "
            "attended as an observer.\n\nUS envoy Tomas Reyes was also in Lima.")
    parties = party_names(body)
    assert {"Ana Lopez", "Bolivia", "Tomas Reyes", "United States"} <= parties


@pytest.mark.parametrize("sentence", [
    "The talks recalled the work of former Bolivian Foreign Minister Ana Lopez.",
    "The ministers condemned Bolivian Defence Minister Ana Lopez for the raid.",
    "Foreign ministry spokesperson Ana Lopez briefed reporters.",
    "The talks recalled a visit by Bolivian President Ana Lopez in 2019.",
])
def test_a_former_condemned_or_press_official_or_a_head_of_state_is_not_seated(
        sentence: str) -> None:
    body = "Chile and Peru held talks in Lima on Monday on the border.\n\n" + sentence
    assert "Ana Lopez" not in party_names(body)


def test_an_office_named_without_its_holder_is_not_seated() -> None:
    body = ("The ministers of Chile and Peru met in Lima.\n\nThey reaffirmed their support "
            "for the efforts of the UN Special Envoy on Myanmar.")
    assert "UN Special Envoy" not in party_names(body)


@pytest.mark.parametrize("sentence", [
    "Separately, US envoy Tomas Reyes briefed Congress on the region.",
    "US envoy Tomas Reyes told reporters in Washington that the talks were useful.",
    "Togolese Foreign Minister Tomas Reyes said the commission would help the region.",
])
def test_an_official_elsewhere_or_of_a_country_not_at_the_table_is_not_seated(
        sentence: str) -> None:
    body = "Chile and Peru held talks in Lima on Monday on the border.\n\n" + sentence
    assert "Tomas Reyes" not in party_names(body)


def test_a_list_goes_on_from_a_person_found_by_title() -> None:
    """The first name of a summit's list has its title, the next ones only their country."""
    text = ("Melanesian leaders met on Thursday. The signatories included host Prime Minister "
            "Ishmael Kalsakau of Vanuatu, Manasseh Sogavare of Solomon Islands, James Marape "
            "of Papua New Guinea and Sitiveni Rabuka of Fiji.")
    parties = party_names(text)
    assert {"Ishmael Kalsakau", "Manasseh Sogavare", "James Marape", "Sitiveni Rabuka",
            "Fiji", "Solomon Islands"} <= parties


def test_a_list_goes_on_only_right_after_the_titled_name() -> None:
    """A name further on, or after a place that no list joins, is no list item."""
    start = len("Talks were held with President Ishmael Kalsakau")
    text = "Talks were held with President Ishmael Kalsakau of Vanuatu. Port Vila and Santo Ana" \
           " were visited; Kalsakau of Vanuatu, Lopez Town and Fiji were shown."
    names = [p.name for p in untitled_people(text, [(21, start)], lambda phrase: False,
                                             titled_ends=[start])]
    assert names == []
