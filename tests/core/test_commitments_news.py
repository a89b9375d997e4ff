"""Commitments as news reports and ministers' statements word them: a group of ministries,
"all three of us", a weekday between the subject and its verb. Found on the eleventh run of
blind sets (holdout14-16, now tuning sets)."""
from __future__ import annotations

import pytest

from tests.core.extract_helpers import commitments, run

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


@pytest.mark.parametrize(("sentence", "verb", "stance"), [
    ("The ministers accused the rebels of breaking the truce.", "accused", "condemn"),
    ("Both governments denied the allegations.", "denied", "condemn"),
    ("The two Prime Ministers witnessed the signing of eight documents.", "witnessed",
     "commit"),
    ("The Ministers shared the intention that the two countries would cooperate closely.",
     "shared", "commit"),
    # The object may open with a possessive.
    ("The leaders voiced the member countries' deep concern over the attacks.", "voiced",
     "concern"),
    ("The ministers voiced rejection of all unilateral measures.", "voiced", "condemn"),
])
def test_more_wordings_of_a_stance(sentence: str, verb: str, stance: str) -> None:
    from tests.core.extract_helpers import run

    found = [(c.verb.split()[0], c.stance) for c in run(MEETING + sentence).commitments]
    assert found == [(verb, stance)]


@pytest.mark.parametrize("sentence", [
    "Both governments denied the visit would take place.",  # no allegation denied
    "The ministers witnessed a parade.",  # no signing
])
def test_the_new_wordings_need_their_objects(sentence: str) -> None:
    assert commitments(MEETING + sentence) == []


def test_it_after_the_parties_statement_is_the_statement() -> None:
    body = ("The Arab leaders met in Amman. The final statement, read by the Secretary-"
            "General, stressed that peace remains a strategic option. It voiced rejection of "
            "all unilateral measures. It demanded that no embassy be moved.")
    assert [verb for _, verb, _ in commitments(body)] == ["stressed", "voiced rejection",
                                                          "demanded"]


def test_it_after_anything_else_is_nobody() -> None:
    body = ("The Arab leaders met in Amman. The summit ended late. It voiced rejection of all "
            "unilateral measures.")
    assert commitments(body) == []


@pytest.mark.parametrize("sentence", [
    "The ministers called on the President of Sudan to release the detainees.",
    "The ministers called on all parties concerned to exercise restraint.",
])
def test_a_call_on_someone_to_act_is_still_a_call(sentence: str) -> None:
    assert [verb for _, verb, _ in commitments(MEETING + sentence)] == ["called on"]


def test_an_opening_phrase_without_its_comma_keeps_the_subject() -> None:
    sentence = ("In the meeting both leaders agreed to start negotiations on the framework "
                "agreement.")
    assert commitments(MEETING + sentence) == [("participants", "agreed", sentence)]


def test_quoted_objects_each_with_its_verb() -> None:
    body = (MEETING + 'The ministers reaffirmed their "commitment to peace in the Arctic," '
            'emphasized "the role of Arctic states," recognized "the right of indigenous '
            'peoples, as well as the commitment to consult and cooperate with them and '
            'support their engagement."')
    # Each verb after a closing quotation and its comma opens a clause; a bare verb inside
    # the quoted object ("… and support their engagement") is part of it.
    assert [verb for _, verb, _ in commitments(body)] == ["reaffirmed", "emphasized",
                                                         "recognized"]


def test_a_second_past_verb_inside_a_long_quotation_is_a_second_clause() -> None:
    body = (MEETING + "The participants agreed to continue support for “the work of the "
            "international community and welcomed the efforts of the UN to convene "
            "stakeholders.")
    assert [verb for _, verb, _ in commitments(body)] == ["agreed", "welcomed"]


@pytest.mark.parametrize(("title", "speaker"), [
    ("Media Statement by External Affairs Minister at the conclusion of the 14th RIC Foreign "
     "Ministers’ Meeting, Moscow", "External Affairs Minister"),
    ("Foreign minister Soini's opening address in a press conference in Haikko",
     "Foreign minister Soini"),
    ("Joint Statement by the United States and Japan", None),
    ("C5+1 Leaders' Statement on Afghanistan", None),
    ("Readout of the Secretary's call with the Foreign Minister", None),
])
def test_who_i_is_in_a_speakers_own_statement(title: str, speaker: str | None) -> None:
    from reader.core.extraction import first_person_speaker

    assert first_person_speaker(title) == speaker


def test_i_in_a_ministers_statement_is_the_minister() -> None:
    from reader.core.analysis import analyze
    from reader.core.article import article_from_text
    from reader.core.codebook import default_codebook

    body = ("We have just concluded the meeting of the foreign ministers of Russia, India and "
            "China. I stressed the need to craft a global strategy to counter terrorism.")
    stated = analyze(article_from_text(body, "Media Statement by External Affairs Minister at "
                                       "the conclusion of the meeting"), default_codebook())
    assert [(c.actor, c.verb) for c in stated.commitments] == [
        ("External Affairs Minister", "stressed")]
    # In a report, "I" is the writer, not a party.
    reported = analyze(article_from_text(body, "Ministers meet in Moscow"), default_codebook())
    assert [c.verb for c in reported.commitments] == []


@pytest.mark.parametrize(("body", "actor"), [
    ("The foreign ministers met in Mexico City.\n\nFor his part, U.S. Secretary of State, "
     "Rex Tillerson, expressed “how delighted he was to be in Mexico City”.", "Rex Tillerson"),
    ("The leaders met in Buenos Aires.\n\nAt the close of the event, Saint Vincent & the "
     "Grenadines Prime Minister, Ralph Gonsalves, highlighted the efforts of Argentina.",
     "Ralph Gonsalves"),
])
def test_a_title_and_name_between_commas_after_an_opening_phrase_is_the_subject(
        body: str, actor: str) -> None:
    # The comma after the name closes an apposition; it joins no second clause, so the
    # stance is the person's and the person takes part.
    analysis = run(body)
    assert [(c.actor, c.text.startswith(body.split("\n\n")[1][:12]))
            for c in analysis.commitments] == [(actor, True)]
    assert actor in {p.name for p in analysis.participants}


@pytest.mark.parametrize("sentence", [
    "They also met with business leaders, where they agreed on the importance of integration.",
    "The ministers held talks in Lima, during which they agreed to expand trade.",
    "A ministry statement reads that the foreign ministers agreed to meet again in May.",
])
def test_a_pronoun_after_a_relative_word_or_a_statement_that_reads_opens_a_clause(
        sentence: str) -> None:
    body = "The foreign ministers of Chile and Peru met in Lima on Monday.\n\n" + sentence
    assert [(actor, verb) for actor, verb, _ in commitments(body)] == [
        ("participants", "agreed")]


def test_a_bare_which_after_a_noun_opens_no_clause_of_the_parties() -> None:
    body = ("The foreign ministers of Chile and Peru met in Lima on Monday.\n\n"
            "The talks covered the plan which they endorsed in 2019.")
    assert commitments(body) == []


def test_a_where_clause_about_others_is_no_clause_of_the_parties() -> None:
    # "they" after "where" is the migrants: no meeting was named before it.
    body = ("The foreign ministers of Chile and Peru met in Lima on Monday.\n\n"
            "The ministers discussed the plight of Venezuelan migrants in Tumbes, where they "
            "have demanded the right to work.")
    assert commitments(body) == []


@pytest.mark.parametrize(("sentence", "verb"), [
    ("Neither side agreed to the proposal.", "agreed"),
    ("No country supported the resolution.", "supported"),
])
def test_a_negating_subject_negates_the_stance(sentence: str, verb: str) -> None:
    found = run("Chile and Peru met in Lima.\n\n" + sentence).commitments
    assert [(c.verb, c.negated) for c in found] == [(verb, True)]
