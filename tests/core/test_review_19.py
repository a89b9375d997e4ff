"""Defects a review found in this session's first two commits (997dece, 6bf0f9c), each
mended and pinned here with the reviewer's kind of sentence (names and places changed)."""
from __future__ import annotations

import pytest

from tests.core.extract_helpers import commitments, party_names, run


# --- the past perfect: backshift in reported speech is this meeting, not an earlier one ---
@pytest.mark.parametrize("text", [
    "Officials said President Ana Gil and President Luis Soto had met for four hours in Lima.",
    "It was the first time that President Ana Gil and President Luis Soto had met in person.",
])
def test_a_meeting_in_reported_speech_keeps_its_parties(text: str) -> None:
    assert {"Ana Gil", "Luis Soto"} <= party_names(text)


# --- a briefing: only a meeting that is the briefing's topic is told of, not held ---
@pytest.mark.parametrize("text", [
    "After being briefed by his advisers on the ceasefire, President Ana Gil held talks with "
    "President Luis Soto in Lima on Wednesday.",
    "The President was briefed on the preparations and later met with President Luis Soto "
    "of Peru at the palace.",
    "According to informed sources in the office of the President, President Ana Gil held a "
    "meeting with President Luis Soto in Lima.",
    "Officials kept the press informed of the schedule as President Ana Gil held talks with "
    "President Luis Soto.",
    "Prime Minister Ana Gil updated the Cabinet on her trip before a meeting with President "
    "Luis Soto in Lima.",
])
def test_a_briefing_before_a_meeting_does_not_cancel_it(text: str) -> None:
    assert "Luis Soto" in party_names(text)


# --- the summit of a body: not one prepared for, left for, or still to come ---
@pytest.mark.parametrize("text", [
    "The foreign ministers of Chile and Peru met in Lima to prepare for the upcoming summit "
    "of the Andean Trade Organization.",
    "President Ana Gil met President Luis Soto in Lima, and later the two leaders left for the "
    "summit of the Andean Trade Organization in Quito.",
    "The summit of the Andean Trade Organization being held in Quito next month will focus on "
    "tariffs, the minister said in Lima.",
    "The ministers of Chile and Peru met in Lima. The summit of the Andean Trade Organization "
    "being held in Quito was discussed.",
])
def test_a_summit_prepared_for_or_to_come_seats_no_body(text: str) -> None:
    assert "Andean Trade Organization" not in party_names(text)


# --- a host's absence must be the host's own, from the meeting itself ---
@pytest.mark.parametrize("text", [
    "President Ana Gil, who hosted the summit, said President Luis Soto of Peru did not "
    "attend because of illness.",
    "Leaders of the Andean Trade Organization met in Quito. The host, Ecuadorian President "
    "Ana Gil, said the Peruvian president failed to attend without explanation.",
    "The summit opened in Quito. The host, Ecuadorian President Ana Gil, did not attend the "
    "closing dinner but chaired both sessions.",
])
def test_a_host_stays_a_party_when_someone_else_is_absent(text: str) -> None:
    assert "Ana Gil" in party_names(text)


# --- welcoming the talks: hosts, mediators and a party's own officials are not onlookers ---
@pytest.mark.parametrize("text, welcomer", [
    ("Chile and Peru held talks in Quito on Friday. Ecuador, which hosted the negotiations, "
     "welcomed the resumption of the talks and offered to host another round.", "Ecuador"),
    ("The prime ministers of Chile and Peru met in Quito with an envoy of Ecuador. Chilean "
     "Prime Minister Ana Gil welcomed the dialogue but rejected the proposal.", "Ana Gil"),
    ("The foreign ministers of the Andean Trade Organization met in Quito. Secretary Luis "
     "Soto, who joined them on Friday, welcomed the meeting's call for restraint.",
     "Luis Soto"),
])
def test_a_welcomer_tied_to_the_meeting_stays_a_party(text: str, welcomer: str) -> None:
    assert welcomer in party_names(text)


# --- "delegates" as a verb seats no one ---
def test_delegates_as_a_verb_seats_no_country() -> None:
    text = ("Talks between Chile and Peru resumed in Quito. Brazil delegates much of the "
            "mediation to Ecuador, officials said.")
    assert "Brazil" not in party_names(text)


# --- a spaced hyphen: an aside's opening hyphen and split compounds open no clause ---
def test_hyphens_around_an_aside_keep_the_subject_before_them() -> None:
    text = ("The ministers met in Lima. Chile and its neighbours - Peru and Bolivia - agreed "
            "on a trilateral summit.")
    assert {"Chile", "Peru", "Bolivia"} <= party_names(text)


def test_a_compound_spaced_apart_is_no_clause_break() -> None:
    text = ("The ministerial meeting ended in Quito. The Andean Trade Organization and its "
            "member - states reaffirmed their support for Peru.")
    assert "Andean Trade Organization" in party_names(text)


# --- "believed to be" after a plural subject is the statement's stance ---
def test_believed_to_be_after_the_subject_is_a_stance() -> None:
    text = ("The Foreign Ministers of Chile and Peru met in Lima. The Ministers believed to be "
            "of the utmost importance the strengthening of regional integration.")
    assert any(verb == "believed" for _, verb, _ in commitments(text))


# --- a list going on from a titled name: not places or capitalised modifiers ---
@pytest.mark.parametrize("text, place", [
    ("Prime Minister Ana Gil and Gaza Strip residents were discussed when Secretary Luis "
     "Soto met President Rosa Vale in Lima.", "Gaza Strip"),
    ("President Ana Gil of Peru and Table Mountain were pictured as the leaders met in Lima.",
     "Table Mountain"),
    ("President Ana Gil of Peru, Verkhovna Rada deputies and city officials met Secretary "
     "Luis Soto in Lima.", "Verkhovna Rada"),
])
def test_a_place_listed_with_a_titled_person_is_no_person(text: str, place: str) -> None:
    analysis = run(text)
    people = {e.name for e in [*analysis.participants, *analysis.mentioned] if e.kind == "person"}
    assert place not in people
