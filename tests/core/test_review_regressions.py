"""Sentences a review of the news-report rules found misread, each pinned with its fix."""
from __future__ import annotations

import pytest

from reader.core.casing import reading_case
from reader.core.gazetteer import default_gazetteer
from tests.core.extract_helpers import run


@pytest.mark.parametrize(("body", "parties"), [
    # The object of "met" may follow the place.
    ("President Biden met at the White House with Prime Minister Fumio Kishida of Japan.",
     {"Biden", "Fumio Kishida", "Japan"}),
    ("The Secretary-General of NATO Jens Stoltenberg met in Brussels with Foreign Minister "
     "Dmytro Kuleba of Ukraine.", {"Jens Stoltenberg", "Dmytro Kuleba", "Ukraine"}),
])
def test_whom_one_met_after_the_place(body: str, parties: set[str]) -> None:
    assert parties <= {p.name for p in run(body).participants}


@pytest.mark.parametrize("body", [
    "President Biden called on Prime Minister Netanyahu and President Abbas of the "
    "Palestinian Authority to resume talks.",
    "The leaders of Kenya and Uganda called on President Salva Kiir of South Sudan to "
    "implement the peace agreement.",
])
def test_a_call_on_a_leader_to_act_is_a_call(body: str) -> None:
    assert [c.verb for c in run(body).commitments] == ["called on"]


@pytest.mark.parametrize(("body", "people"), [
    ("Major Economies Forum members met in Paris.", set()),  # "Major" as an adjective
    ("President Muhammadu Buhari GCFR received President Macky Sall in Abuja.",
     {"Muhammadu Buhari", "Macky Sall"}),  # a post-nominal honour is no part of the name
    ("THE PRESIDENT WELCOMED THE AGREEMENT AND CALLED FOR CALM IN THE REGION TODAY.", set()),
    ("THE SECRETARY GENERAL EXPRESSED DEEP CONCERN OVER THE SITUATION IN THE REGION.",
     set()),
])
def test_no_person_from_ordinary_words(body: str, people: set[str]) -> None:
    analysis = run(body)
    assert {p.name for p in analysis.participants + analysis.mentioned
            if p.kind == "person"} == people


def test_speaking_to_the_press_is_no_press_officer() -> None:
    body = ("Senegal and Gambia signed an agreement in Dakar. Speaking to the press, Senegalese "
            "Foreign Minister Sidiki Kaba said the deal was historic.")
    assert "Sidiki Kaba" in {p.name for p in run(body).participants}


def test_capitals_outside_ascii_are_capitals() -> None:
    line = "PRESIDENT RECEP TAYYİP ERDOĞAN OF TÜRKİYE AND THE MİNİSTER MET IN İSTANBUL TODAY"
    out = reading_case(line, default_gazetteer().spans)
    assert len(out) == len(line)
    assert out.startswith("President Recep Tayy")
    assert " met in " in out


def test_a_combining_accent_belongs_to_its_word() -> None:
    line = "PRESIDENT E\u0301MILE DURAND OF FRANCE MET THE PRESIDENT OF GERMANY TODAY IN PARIS."
    out = reading_case(line, default_gazetteer().spans)
    assert len(out) == len(line)
    assert out.startswith("President E\u0301mile Durand of France met")
