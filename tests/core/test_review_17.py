"""Defects a review found in the rules added on 2026-11-29 (names at odd title edges,
attendance lines, signings, bodies and texts as subjects), each pinned by its input."""
from __future__ import annotations

import pytest

from reader.core.people import find_organizations, find_people
from tests.core.extract_helpers import commitments, party_names

LEAD = "Russia and Ukraine met in Istanbul on Monday.\n\n"


@pytest.mark.parametrize("sentence", [
    # A signing with its year or its signers tells history.
    "The Minsk agreements were signed in 2015 but have never been implemented.",
    "The Simla Agreement was signed in 1972.",
    "The Helsinki Final Act was signed by 35 states in 1975.",
    # In a relative clause, or in others' words.
    "The previous agreement, which Peru later abandoned, was signed in 2012.",
    "The ceasefire deal had been signed but was violated within hours, Israel and Hamas "
    "each said.",
])
def test_a_signing_that_tells_history_or_others_words_is_none(sentence: str) -> None:
    assert commitments(LEAD + sentence) == []


def test_a_signing_on_the_day_stays() -> None:
    sentence = ("A memorandum of understanding on political consultations was signed in Cairo "
                "on 6 December 2017.")
    assert [verb for _, verb, _ in commitments(LEAD + sentence)] == ["was signed"]


@pytest.mark.parametrize("sentence", [
    "The need for calm was stressed at the meeting by UN envoy Maria Lopez.",
    "Concern was also expressed at the summit by civil society groups.",
])
def test_a_passive_with_its_agent_after_the_place_is_the_agents(sentence: str) -> None:
    assert commitments(LEAD + sentence) == []


@pytest.mark.parametrize("sentence", [
    # A plan word before the verb that is no subject of its own.
    "Ministers meeting in Brussels for the forum agreed to phase out coal.",
    "Participants in the meeting will continue consultations in Geneva next month.",
])
def test_an_event_word_inside_a_longer_subject_hides_nothing(sentence: str) -> None:
    assert len(commitments(LEAD + sentence)) == 1


def test_another_bodys_text_does_not_speak_for_the_parties() -> None:
    body = ("The leaders of France and Germany met in Berlin.\n\n"
            "The declaration adopted by the European Parliament last year called for sanctions.")
    assert commitments(body) == []


@pytest.mark.parametrize(("body", "not_parties"), [
    ("The leaders of Japan, South Korea and the United States met at Camp David. Topics on "
     "the agenda of the leaders attending the summit included:\n\nThe war in Ukraine\n\n"
     "North Korea's missile programme\n\nTensions with China in the South China Sea\n\n"
     "The three leaders agreed to hold annual summits.",
     {"Ukraine", "North Korea", "China"}),
    ("The Excellencies who participated in the Meeting were:\n\n"
     "Bahrain - Foreign Minister H.E. Sheikh Khalid Bin Ahmed Al Khalifa\n\n"
     "Photo: Saudi Press Agency",
     {"Saudi Press Agency"}),
])
def test_topics_and_captions_under_an_attendance_lead_in_seat_no_one(
        body: str, not_parties: set[str]) -> None:
    assert not (not_parties & party_names(body))


@pytest.mark.parametrize("text", [
    "They walked in Ratu Sukuna Park in Suva.",
    "Traders gathered at the Tun Razak Exchange.",
    "The offices are on Jalan Tun Razak.",
    "He was treated at the Tun Hussein Onn National Eye Hospital.",
    "They landed at Adi Sucipto International Airport.",
    "The Tan Sri Foundation hosted a dinner.",
    "He gave an interview to FM Radio Jakarta.",
    "The 2+2 FM Dialogue was held in Tokyo.",
])
def test_places_and_outlets_named_after_people_name_no_one(text: str) -> None:
    assert find_people(text) == []


def test_crown_prince_stays_a_title() -> None:
    assert [(p.name, p.role) for p in find_people("Crown Prince Hussein of Jordan met them.")] \
        == [("Hussein", "Crown Prince")]


@pytest.mark.parametrize("text", [
    "the Sustainable Development Goals (SDGs)", "Internally Displaced Persons (IDPs)",
    "Nationally Determined Contributions (NDCs)", "Least Developed Countries (LDCs)",
])
def test_a_plural_acronym_names_things_not_a_body(text: str) -> None:
    assert find_organizations(f"They discussed {text} at length.") == []


def test_a_signing_by_the_parties_themselves_stays() -> None:
    body = ("South Africa and Senegal held defence talks in Pretoria.\n\n"
            "This Agreement was signed by Mr Mosiua Lekota, Minister of Defence of South Africa "
            "and Minister Gadio.")
    assert ("participants", "was signed") in [(a, v) for a, v, _ in commitments(body)]
