"""Sentences that agree, oblige or promise with a subject the stance rules cannot read as the
parties' (commitments._plain_commitment): in the annotated sets more than half of such
sentences were commitments, against one in seven of the sentences no rule had taken."""
from __future__ import annotations

import pytest

from tests.core.extract_helpers import commitments, run

LEAD = "The foreign ministers of Chile and Peru met in Lima on Monday.\n\n"


@pytest.mark.parametrize(("sentence", "verb", "stance"), [
    ("The government and rebel negotiating panels also agreed to continue their efforts.",
     "agreed", "commit"),
    ("A joint commission will examine the border question.", "will examine", "commit"),
    ("The rest will not cover the highway.", "will not cover", "commit"),
    ("The violence against peaceful demonstrators must end.", "must end", "call"),
    ("Luanda will next Tuesday host the commission.", "will next Tuesday host", "commit"),
])
def test_a_sentence_that_agrees_obliges_or_promises_is_a_commitment(
        sentence: str, verb: str, stance: str) -> None:
    found = run(LEAD + sentence).commitments
    assert [(c.actor, c.verb, c.stance, c.text) for c in found] == [
        ("participants", verb, stance, sentence)]
    assert found[0].negated == (" not " in verb)


@pytest.mark.parametrize("sentence", [
    "The agreed plan was published on Tuesday.",            # "agreed" as an adjective
    "The plan agreed upon by the committee was published.",  # a participle
    "The accords that will release aid were signed.",       # a relative clause
    "It is unclear whether Germany should extradite them.",  # a conditional one
    "A joint commission will be set up within three months.",  # "will be" describes
    "Will the commission examine the border question?",     # a question
])
def test_other_uses_of_these_verbs_are_none(sentence: str) -> None:
    assert commitments(LEAD + sentence) == []


def test_the_one_party_named_before_the_verb_is_the_actor() -> None:
    found = run(LEAD + "The policies of the Chilean government and Chile will stay the "
                "same.").commitments
    assert [(c.actor, c.verb) for c in found] == [("Chile", "will stay")]


# Found by a review of the rule: forecasts, conditions, other people's words, negations.
@pytest.mark.parametrize("sentence", [
    "If the talks fail, the region will suffer.",
    "According to analysts, the ceasefire will collapse within weeks.",
    "Observers say the ceasefire will not hold.",
    "Critics warn the deal will hurt farmers.",
    "Prices will likely rise next year.",
    "The visit will last three days.",
    "This story will continue to develop.",
    "How long will the truce hold?",
])
def test_forecasts_conditions_and_others_words_are_no_commitment(sentence: str) -> None:
    assert commitments(LEAD + sentence) == []


def test_a_refusal_to_agree_is_a_negated_commitment() -> None:
    found = run(LEAD + "The two sides have not agreed on the maritime border.").commitments
    assert [(c.verb, c.negated) for c in found] == [("have not agreed", True)]


def test_a_promise_of_someone_named_who_is_no_party_is_their_own() -> None:
    found = run(LEAD + "Bolivia will not give up its claim to the sea.").commitments
    assert [(c.actor, c.verb, c.negated) for c in found] == [("Bolivia", "will not give", True)]


def test_only_a_negating_subject_of_the_clause_negates_it() -> None:
    # "no" in an opening phrase negates nothing; "Neither side" opening the clause does.
    found = run(LEAD + "With no deadline set, a joint commission will examine the border "
                "question.").commitments
    assert [(c.verb, c.negated) for c in found] == [("will examine", False)]
    found = run(LEAD + "Neither panel agreed to the proposal.").commitments
    assert [(c.verb, c.negated) for c in found] == [("agreed", True)]


@pytest.mark.parametrize("sentence", [
    # What is to come, described: no one's promise.
    "The war in Ukraine will dominate the agenda of the ministers' meeting.",
    "The convention will provide a legal framework for cooperation among security forces.",
    "The visit will reinforce the treaty signed between the two countries in July.",
    "The upcoming summit will lay the path towards a new chapter in relations.",
])
def test_a_text_or_an_event_that_will_do_something_promises_nothing(sentence: str) -> None:
    assert commitments("The ministers of Chile and Peru met in Lima.\n\n" + sentence) == []


def test_a_describing_verb_does_not_hide_a_promise_after_it() -> None:
    body = ("The ministers of Chile and Peru met in Lima.\n\n"
            "The visit will last three days and the ministers will sign a trade pact.")
    assert [verb for _, verb, _ in commitments(body)] == ["will sign"]


def test_the_parties_works_still_promise() -> None:
    body = ("The ministers of Chile and Peru met in Lima.\n\n"
            "The program will support key national infrastructure in both countries.")
    assert [verb for _, verb, _ in commitments(body)] == ["will support"]


@pytest.mark.parametrize("sentence", [
    "During the talks, key pacts on cooperation in the digital domain were also signed.",
    "Moreover, an agreement to enhance rail connectivity between the two was also inked.",
    "On the margins of the visit, the Agreement on Cultural Properties was signed as well.",
])
def test_a_signing_told_in_the_passive_is_a_commitment(sentence: str) -> None:
    found = commitments("The ministers of Chile and Peru met in Lima.\n\n" + sentence)
    assert [(actor, text) for actor, _, text in found] == [("participants", sentence)]


@pytest.mark.parametrize("sentence", [
    # the setting of something else, a relative clause, a lead-in
    "Neither side kept its word in the days after the agreement was signed.",
    "The Ganja Statement which was signed at the end of the meeting set out their views.",
    "The following agreements were signed:",
])
def test_a_signing_in_a_clause_of_time_or_a_lead_in_is_none(sentence: str) -> None:
    assert commitments("The ministers of Chile and Peru met in Lima.\n\n" + sentence) == []
