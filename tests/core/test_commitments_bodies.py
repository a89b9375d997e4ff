"""Stances a summit report gives its bodies and texts, not its people: "the Authority
reaffirmed", "The final communique adopted by the summit reaffirmed … It also urged …", "The
importance of … was also stressed at the meeting". Found on holdout42-57, opened for this."""
from __future__ import annotations

import pytest

from tests.core.extract_helpers import commitments

LEAD = "The leaders of Ghana, Kenya and Peru met in Accra on Monday for their annual summit.\n\n"


@pytest.mark.parametrize(("sentence", "verb"), [
    # A summit's own bodies and the parties as a report calls them.
    ("The Authority reaffirmed its determination to combat terrorism.", "reaffirmed"),
    ("The grouping also vowed to collaborate in tackling energy shortages.", "vowed"),
    ("The interlocutors urged not to allow the past to influence relations.", "urged"),
    ("The Friends noted the need for restructuring of the security forces.", "noted"),
    # A text the parties adopted speaks for them, a participle and its agent between.
    ("The final communique adopted by the summit reaffirmed the role of the bloc.",
     "reaffirmed"),
    ("A statement approved by the Ministers underscored the importance of the plan.",
     "underscored"),
    ("The declaration adopted at the summit called for an immediate ceasefire.", "called for"),
    ("The statements welcomed the proposals on the Action Plan.", "welcomed"),
    # Where it was said, after a passive or an impersonal one.
    ("The importance of closer ties was also stressed at the meeting.", "was also stressed"),
    ("It has been noted in the sitting that close relations unite both countries.",
     "has been noted"),
])
def test_bodies_and_texts_speak_for_the_participants(sentence: str, verb: str) -> None:
    assert commitments(LEAD + sentence) == [("participants", verb, sentence)]


def test_others_reports_and_participles_are_no_stance() -> None:
    # Someone else's report, and a passive with its agent, stay out.
    assert commitments(LEAD + "The report noted that poverty had risen.") == []
    assert commitments(LEAD + "The plan was stressed by the opposition.") == []
    # "at" that is no place of the meeting: "was noted at 3 per cent" is a figure.
    assert commitments(LEAD + "Growth was noted at three per cent.") == []


def test_it_opening_a_paragraph_continues_the_text_of_the_one_before() -> None:
    body = (LEAD + "The final communique adopted by the summit reaffirmed the role of the bloc."
            " It also urged the member states to remove trade barriers.\n\n"
            "It noted with satisfaction the progress made on women's leadership.")
    assert [(actor, verb) for actor, verb, _ in commitments(body)] == [
        ("participants", "reaffirmed"), ("participants", "urged"), ("participants", "noted")]
    # After a paragraph about something else, "It" is no text of the parties.
    other = (LEAD + "The weather in Accra was hot.\n\nIt noted that rains would come.")
    assert commitments(other) == []
