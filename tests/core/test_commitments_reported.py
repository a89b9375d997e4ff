"""Commitments in news-report and working-group prose: quoted verbs, declining, describing,
"the two", deciding lead-ins."""
from __future__ import annotations

import pytest

from tests.core.extract_helpers import commitments, run

P = "participants"


def test_quotation_opening_between_subject_and_verb() -> None:
    body = ("The envoys “agreed to open a joint liaison office in Nairobi within six months,” "
            "the communiqué said.")
    (c,) = run(body).commitments
    assert (c.actor, c.verb) == (P, "agreed")
    assert c.text.startswith("The envoys “agreed")
    assert c.quoted


def test_quotation_before_subject_is_not_skipped() -> None:
    # An opening quote after a comma starts a new phrase: no subject reaches across it.
    assert commitments("In Geneva, “welcomed by all” was the phrase.") == []


@pytest.mark.parametrize(("body", "verb"), [
    ("The Ministers declined to endorse the junta’s roadmap.", "declined to endorse"),
    ("Both sides refused to recognize the annexation.", "refused to recognize"),
    ("The leaders failed to agree on a common text.", "failed to agree"),
])
def test_declining_negates_the_stance(body: str, verb: str) -> None:
    (c,) = run(body).commitments
    assert (c.verb, c.negated, c.stance) == (verb, True, "other")


@pytest.mark.parametrize("body", [
    "The Ministers declined to comment.",           # no stance verb after "to"
    "The delegation refused entry to the vessel.",  # no infinitive at all
])
def test_declining_without_a_stance_verb(body: str) -> None:
    assert commitments(body) == []


@pytest.mark.parametrize(("body", "verb"), [
    ("The statement, issued after the talks in Lomé, described piracy as “a shared threat.”",
     "described"),
    ("The ministers characterized the ceasefire as fragile.", "characterized"),
])
def test_describing_as_is_a_stance(body: str, verb: str) -> None:
    (c,) = run(body).commitments
    assert (c.actor, c.verb) == (P, verb)


def test_describing_without_as_is_narration() -> None:
    assert commitments("The ministers described the talks.") == []


@pytest.mark.parametrize("body", [
    "The two agreed to convene again in the autumn.",
    "The three decided to pool their coast guard patrols.",
])
def test_a_number_stands_for_the_parties(body: str) -> None:
    (c,) = run(body).commitments
    assert c.actor == P


def test_deciding_lead_in_is_itself_a_commitment() -> None:
    body = ("The Working Group agreed on the following steps:\n\n"
            "• Share seizure data monthly;\n"
            "• Train customs officers.")
    found = run(body).commitments
    assert [c.text for c in found] == [
        "The Working Group agreed on the following steps:",
        "Share seizure data monthly;",
        "Train customs officers.",
    ]


def test_announcing_lead_in_still_only_announces() -> None:
    body = "The Ministers highlighted the following:\n\n• Share seizure data monthly."
    found = run(body).commitments
    assert [c.text for c in found] == ["Share seizure data monthly."]
