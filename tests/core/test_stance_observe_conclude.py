"""Stances found in more wordings: "observed that", "concluded that", "reached a practical
agreement", "conveyed their deep appreciation", and subjects such as "the Vice-Presidents"
or "the Political Directors"."""
from __future__ import annotations

import pytest

from tests.core.extract_helpers import commitments


@pytest.mark.parametrize(("body", "verb"), [
    ("The ministers observed that the relations were based on strong cultural ties.",
     "observed that"),
    ("The Group concluded that the conditions for free and fair elections did not exist.",
     "concluded that"),
    ("The Presidents reached a practical agreement on contacts between special services.",
     "reached"),
    ("Heads of Government conveyed their deep appreciation to the people of Nigeria.",
     "conveyed their deep appreciation"),
    ("The Vice-Presidents noted that the relations were enhanced by high-level contact.",
     "noted"),
    ("The Political Directors underlined the need for continued close cooperation.",
     "underlined"),
])
def test_more_wordings_of_a_stance(body: str, verb: str) -> None:
    assert [(actor, v) for actor, v, _ in commitments(body)] == [("participants", verb)]


@pytest.mark.parametrize("body", [
    "The ministers observed a minute of silence for the victims.",
    "The meeting concluded with a joint communique.",
    "The delegations concluded the talks on Friday.",
])
def test_observing_or_concluding_an_event_is_no_stance(body: str) -> None:
    assert commitments(body) == []


@pytest.mark.parametrize(("body", "verb"), [
    # A readout's impersonal emphasis is the sides' stance.
    ("The ministers met in Dakar. Emphasis was laid on the necessity of developing an "
     "African agenda.", "emphasis was laid"),
    ("The two presidents spoke by phone. Emphasis was given to the importance of constant "
     "contact.", "emphasis was given"),
    # A number in words before the group.
    ("The eight heads of SCO member states also urged the global community to act.", "urged"),
    ("The Political Director condemned the aggression in the east of Ukraine.", "condemned"),
])
def test_emphasis_counts_and_single_offices(body: str, verb: str) -> None:
    assert [(actor, v) for actor, v, _ in commitments(body)] == [("participants", verb)]


@pytest.mark.parametrize("body", [
    "The two presidents spoke by phone. Emphasis was given by the press to the crisis.",
    "Eight people were killed when the building collapsed.",
    "The director of the hospital said eight people were killed.",
])
def test_no_stance_in_these(body: str) -> None:
    assert commitments(body) == []
