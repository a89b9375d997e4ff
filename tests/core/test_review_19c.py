"""Defects a third review found in 2279386 and 4deb865, each mended and pinned here with the
reviewer's kind of sentence (names changed)."""
from __future__ import annotations

import pytest

from tests.core.extract_helpers import commitments, mentioned_names, party_names


# --- a body's summit that ended or opened at another time is a date, not a party ---
@pytest.mark.parametrize("text, body", [
    ("The foreign ministers of Chile and Peru met in Lima on Monday, a week after the Pacific "
     "Alliance summit concluded in Mexico City.", "Pacific Alliance"),
    ("Prime Minister Ana Gil met President Luis Soto in Lima. Last year's G20 summit concluded "
     "in Bali with a leaders' declaration.", "G20"),
    ("Hours before the NATO summit opened on Tuesday, President Ana Gil met President Luis Soto "
     "in Vilnius.", "NATO"),
    ("The European Council meeting was held in Brussels in 2019, Prime Minister Ana Gil "
     "recalled when she met Chancellor Luis Soto in Budapest.", "European Council"),
])
def test_a_summit_of_another_time_seats_no_body(text: str, body: str) -> None:
    assert body in mentioned_names(text)


@pytest.mark.parametrize("council", ["NATO-Ukraine Council", "EU-Ukraine Association Council"])
def test_a_council_of_two_is_a_mechanism(council: str) -> None:
    text = (f"The {council} meeting was held in Brussels. Foreign Minister Ana Gil of Ukraine "
            "attended.")
    assert council not in party_names(text)


# --- "ended with": this meeting's own date, a visit or a long subject ---
@pytest.mark.parametrize("text", [
    "The Andean summit, held in Lima on 17-18 February 2024, ended with leaders pledging to "
    "silence the guns by 2030.",
    "The 2023 Andean summit in Lima ended with leaders agreeing on a joint declaration.",
    "The meeting of foreign ministers, the first since 2019, ended with the ministers agreeing "
    "to resume direct flights.",
    "The state visit ended with the two presidents signing agreements on energy.",
    "The three-day summit in Lima, hosted by Peru as chair of the grouping for the year, ended "
    "with leaders agreeing to admit six new members.",
])
def test_this_meetings_ending_is_its_stance(text: str) -> None:
    assert [c for c in commitments(text) if c[0] == "participants" and c[1].endswith("ing")]


# --- "Since the meeting between A and B began …" is the meeting itself ---
def test_since_the_meeting_began_keeps_its_parties() -> None:
    text = ("Since the meeting between Presidents Ana Gil and Luis Soto began on Wednesday "
            "morning, the two sides have agreed to resume military talks.")
    assert {"Ana Gil", "Luis Soto"} <= party_names(text)


# --- "witnessed" seats only in a meeting's context ---
@pytest.mark.parametrize("text, witness", [
    ("The killing of protesters in Lima was witnessed by the UN mission, the OAS said, as "
     "the generals of Chile and Peru met in Quito.", "United Nations"),
    ("The ministers of Chile and Peru met in Lima. The growth of the two economies, witnessed "
     "by the IMF, was discussed.", "International Monetary Fund"),
])
def test_witnesses_of_other_events_are_mentioned(text: str, witness: str) -> None:
    assert witness in mentioned_names(text)


def test_witnesses_of_the_talks_took_part() -> None:
    text = ("Presidents Ana Gil and Luis Soto met in Luanda, in talks witnessed by Angolan "
            "President Pedro Ruiz.")
    assert "Pedro Ruiz" in party_names(text)


# --- a list after "by:" ends where other lists do ---
def test_a_list_after_by_and_a_colon_stops_at_a_purpose() -> None:
    text = ("The meeting was attended by: Chile and Peru, to discuss the border dispute with "
            "Ecuador.")
    assert "Ecuador" in mentioned_names(text)
    assert {"Chile", "Peru"} <= party_names(text)


def test_a_list_after_by_and_a_colon_may_open_in_lower_case() -> None:
    assert {"Chile", "Peru"} <= party_names(
        "The meeting was attended by: the Heads of State of Chile and Peru.")


# --- the text of an earlier summit, cited, seats no body ---
def test_a_cited_declaration_of_a_summit_seats_no_body() -> None:
    text = ("The ministers of Chile and Peru met in Lima. They recalled their commitment to the "
            "Declaration of the 32nd Summit of the Arab League.")
    assert "Arab League" in mentioned_names(text)


# --- a side's team named by a capitalised word, but not the UN's ---
@pytest.mark.parametrize("team, seated", [("US", True), ("U.S.", True), ("UN", False)])
def test_a_sides_team_led_by(team: str, seated: bool) -> None:
    text = (f"Chile and Peru held talks in Lima. The {team} team, led by Ana Gil, met the "
            "delegations.")
    assert ("Ana Gil" in party_names(text)) is seated


# --- media: not a ministry, commission or union with broadcasting in its name ---
@pytest.mark.parametrize("body", ["Ministry of Information and Broadcasting",
                                  "European Broadcasting Union"])
def test_a_body_with_broadcasting_in_its_name_may_take_part(body: str) -> None:
    text = f"The {body} and the Ministry of Culture of Chile signed an agreement in Lima."
    assert body in party_names(text)


# --- one government's statement seats it no more than before ---
def test_one_governments_statement_is_no_group_statement() -> None:
    text = "The Government of Chile issued the following statement on the border."
    assert "Chile" not in party_names(text)


def test_friends_of_the_earth_is_no_group_of_states() -> None:
    text = "The Friends of the Earth criticised the summit in Lima."
    assert "Friends of the Earth" not in party_names(text)
