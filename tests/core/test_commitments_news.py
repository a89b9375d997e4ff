"""Commitments as news reports and ministers' statements word them: a group of ministries,
"all three of us", a weekday between the subject and its verb. Found on the eleventh run of
blind sets (holdout14-16, now tuning sets)."""
from __future__ import annotations

import pytest

from tests.core.extract_helpers import commitments

MEETING = "The foreign ministers of Kazakhstan and Russia met in Moscow. "


@pytest.mark.parametrize(("sentence", "verb"), [
    ("Moreover, the foreign ministries agreed to enhance the status of the consulates.",
     "agreed"),
    ("All three of us agreed on the merit of coordinating our positions.", "agreed"),
    ("Both of them stressed the need for a peaceful settlement.", "stressed"),
    ("The two ministries agreed to hold consultations in May.", "agreed"),
])
def test_groups_of_the_parties_take_a_stance(sentence: str, verb: str) -> None:
    assert commitments(MEETING + sentence) == [("participants", verb, sentence)]


@pytest.mark.parametrize("sentence", [
    "Some of them stressed the need for a peaceful settlement.",
    "Most of us agreed.",
])
def test_part_of_a_group_is_not_the_parties(sentence: str) -> None:
    assert commitments(MEETING + sentence) == []
