"""Parties as visit reports, summit bylines and news stories name them: hosts who invited,
those accompanying, exchanges of views, people listed under one plural title, whose
ministers a meeting gathered, who read or issued the text, and acronyms written as words.
Found on a seventh set of real statements (participants F1 0.53 -> 0.95 there)."""
from __future__ import annotations

import pytest

from tests.core.extract_helpers import commitments, mentioned_names, party_names


@pytest.mark.parametrize(("body", "parties"), [
    # The host of a visit is at the table; so are those accompanying the visitor.
    ("President Ana Costa of Portugal visited Morocco at the invitation of Prime Minister "
     "Karim Benali of Morocco from 2 to 4 May. Accompanying President Costa were Foreign "
     "Minister Rui Lopes, Economy Minister Sara Pinto and other officials.",
     {"Ana Costa", "Portugal", "Karim Benali", "Morocco", "Rui Lopes", "Sara Pinto"}),
    # "had an earnest and frank exchange of views with": both sides.
    ("Prime Minister Lee and Foreign Minister Park had an earnest and frank exchange of views "
     "with Premier Wen Ming and Foreign Minister Zhao Lan on regional questions.",
     {"Lee", "Park", "Wen Ming", "Zhao Lan"}),
    # A call with a weekday before "with", and the counterpart set off by a comma.
    ("Foreign Minister Aiko Sato of Japan held a phone conversation on Tuesday with his "
     "Kenyan counterpart, Musa Otieno, on trade.",
     {"Aiko Sato", "Japan", "Musa Otieno"}),
    # One plural title shared by a list of people, each with their country.
    ("Presidents Lars Berg of Sweden, Ana Ruiz of Chile and Tomas Horak of Norway held "
     "talks in Geneva.",
     {"Lars Berg", "Ana Ruiz", "Tomas Horak", "Sweden", "Chile", "Norway"}),
    # "talks in <place> between" the parties.
    ("Trilateral talks in Nairobi between Kenya, Uganda, and Tanzania ended on Friday.",
     {"Kenya", "Uganda", "Tanzania"}),
    # Whose ministers the meeting gathered, and who read the final statement.
    ("The minister represented the Kingdom of Jordan at the meeting in Amman, Jordan, of the "
     "foreign ministers of the member states of the Arab League [Egypt, Iraq and Kuwait]. "
     "The final statement was read by Secretary-General Omar Haddad.",
     {"Jordan", "Arab League", "Egypt", "Iraq", "Kuwait", "Omar Haddad"}),
    # A summit signed off "by the leaders of …".
    ("The summit ended with the signing of the Treaty on Good Neighbourliness by the leaders "
     "of Armenia, Georgia and Azerbaijan.",
     {"Armenia", "Georgia", "Azerbaijan"}),
    # A byline for the text itself.
    ("Issued by the Co-Chairs, Chilean President Ana Ruiz and Peruvian President Luis Soto:"
     "\n\nThe participants expressed their support for the peace process.",
     {"Ana Ruiz", "Luis Soto"}),
    # A long acronym written as a word, as some newspapers do.
    ("The heads of state of Unasur met in Santiago and the countries that make up Unasur "
     "expressed support for Bolivia.", {"Union of South American Nations"}),
    ("Nato foreign ministers met in Brussels and agreed to strengthen deterrence.",
     {"NATO"}),
])
def test_visit_and_summit_reports_name_parties(body: str, parties: set[str]) -> None:
    assert party_names(body) >= parties


def test_short_acronyms_still_need_capitals() -> None:
    # "Us" and "Un" are not the United States and the United Nations.
    body = "Us and Un are two words. The ministers of France and Spain met in Madrid."
    assert "United States" not in party_names(body) | mentioned_names(body)
    assert "United Nations" not in party_names(body) | mentioned_names(body)


def test_stance_items_under_the_participants_name_no_parties() -> None:
    # A lead-in ending "participants …:" usually lists parties, but not when its items state
    # stances: a country an item only mentions is not at the table.
    body = ("Issued by the Co-Chairmen, Egyptian President Karim Adel and US President Tom "
            "Hale:\n\nThe participants here today:\n\n"
            "• Express their full support for the peace process.\n"
            "• Condemn all acts of terror, including recent attacks in Israel.\n")
    parties = party_names(body)
    assert {"Karim Adel", "Tom Hale"} <= parties
    assert "Israel" not in parties
    assert "Israel" in mentioned_names(body)


def test_plural_titles_alone_make_no_person_of_a_place() -> None:
    # "Of" after a name means a person only in a list under a plural title.
    body = "The Development Bank of Kazakhstan and the ministers of Chile and Peru met."
    names = party_names(body) | mentioned_names(body)
    assert "Development Bank" not in names


@pytest.mark.parametrize(("body", "expected"), [
    # The writer's own "I" is no party's stance; a quoted "I" is the speaker's.
    ("The ministers of Chile and Peru met in Lima. I believe my translation is accurate.", []),
    # A relative clause on the party noun belongs to the subject.
    ("The heads of state of Chile and Peru met in Lima. The countries that make up the group "
     "express:\n\n1. Their fullest support for the constitutional government.\n\n"
     "2. They warn that their governments reject any coup.",
     [("participants", "express", "Their fullest support for the constitutional government."),
      ("participants", "warn", "They warn that their governments reject any coup.")]),
    # "…, in which the member states reaffirmed …": the text's own parties speak.
    ("The foreign ministers of Egypt, Syria and Kuwait met in Damascus. A final statement was "
     "read by the Secretary-General, in which the member states reaffirmed their commitment "
     "to the Arab charters.",
     [("participants", "reaffirmed", "A final statement was read by the Secretary-General, in "
       "which the member states reaffirmed their commitment to the Arab charters.")]),
    # A verb whose object opens a quotation runs on into it.
    ('The leaders of France and Germany met in Paris. The leaders pointed out that "they will '
     'support an agreement within 30 days."',
     [("participants", "pointed out", 'The leaders pointed out that "they will support an '
       'agreement within 30 days."')]),
    # "Reemphasize" is a stance verb; "we decided:" only announces the list.
    ("The leaders of Egypt and Jordan met in Cairo. The participants reemphasize their strong "
     "condemnation of terror. To that end, we decided:\n\n1. To support the negotiations.",
     [("participants", "reemphasize", "The participants reemphasize their strong condemnation "
       "of terror."),
      ("participants", "decided", "To support the negotiations.")]),
])
def test_commitments_of_visit_and_summit_reports(body: str, expected: list) -> None:
    assert commitments(body) == expected


def test_the_statement_that_was_approved_is_not_a_subject() -> None:
    body = ("The presidents of Chile and Peru met in Lima and agreed to form a contact group, "
            "said the statement that was approved at the summit.")
    assert [verb for _, verb, _ in commitments(body)] == ["agreed"]


@pytest.mark.parametrize(("body", "verb"), [
    # A meeting that ends with the parties' pledge: the pledge is theirs.
    ("The presidents of Chile and Peru met in Lima. The summit ended with the leaders’ pledge "
     "to boost cooperation.", "commitment"),
    ("The presidents of Chile and Peru met in Lima. The leaders ended the summit with a pledge "
     "to increase cooperation.", "commitment"),
    # A headline's present tense: "fail to reach agreement".
    ("The ministers of Egypt, Sudan and Ethiopia met in Khartoum. Egypt, Sudan and Ethiopia "
     "fail to reach agreement on the dam.", "fail to reach"),
])
def test_pledges_and_failures_of_a_meeting(body: str, verb: str) -> None:
    found = commitments(body)
    assert [v for _, v, _ in found] == [verb]
    assert found[0][2] == body.split(". ", 1)[1]


@pytest.mark.parametrize("sentence", [
    "The strike ended with a pledge to return to work.",  # not the meeting's end
    "The strike ended with a pledge by the unions to return to work.",
    "The report welcomed the bank’s decision.",  # no party's stance or pledge
])
def test_a_pledge_by_someone_else_is_not_the_parties(sentence: str) -> None:
    assert commitments(f"The presidents of Chile and Peru met in Lima. {sentence}") == []


@pytest.mark.parametrize(("sentence", "verb"), [
    # A readout's agentless passives: what the sides said, without naming them.
    ("The importance of continuing the dialogue was emphasized.", "was emphasized"),
    ("The progress of the talks was noted with satisfaction.", "was noted"),
    ("Particular attention was paid to joint projects in trade.", "was paid"),
    # Pronouns with a quantifier; "regard … as"; "aim at"; titles in lower case.
    ("They both expressed their appreciation to the hosts.", "expressed their appreciation"),
    ("They regard these goals as vitally important.", "regard"),
    ("The two leaders aim at a just and lasting peace.", "aim at"),
    ("The prime minister of Chile and the president of Peru agree that trade must grow.",
     "agree"),
])
def test_readout_wordings_are_commitments(sentence: str, verb: str) -> None:
    body = f"The presidents of Chile and Peru held a phone call. {sentence}"
    assert commitments(body) == [("participants", verb, sentence)]


@pytest.mark.parametrize("sentence", [
    "The report was welcomed by the United Nations.",  # someone else's act
    "The ministers discussed the agreement that was signed last year.",  # a relative clause
    "The plan was adopted in 2019 after long debate.",  # a past event, not a stance
])
def test_passives_that_are_no_readout_stance(sentence: str) -> None:
    body = f"The presidents of Chile and Peru held a phone call. {sentence}"
    assert commitments(body) == []


def test_countries_each_followed_by_their_presidents_name() -> None:
    body = ("The presidents of Brazil, Luiz Inácio Lula da Silva; Argentina, Alberto Ángel "
            "Fernández; and Paraguay, Mario Abdo Benítez, signed a joint communiqué.")
    assert party_names(body) >= {"Brazil", "Luiz Inácio Lula da Silva", "Argentina",
                                 "Alberto Ángel Fernández", "Paraguay", "Mario Abdo Benítez"}
    # A plain list of countries names no person.
    listed = "The ministers of Chile, Costa Rica, and Peru met in Lima."
    assert party_names(listed) == {"Chile", "Costa Rica", "Peru"}


def test_countries_pycountry_does_not_list() -> None:
    body = ("The EU envoy met Serbian President Aleksandar Vucic and Kosovo Prime Minister "
            "Albin Kurti in Brussels. They both thanked the USSR and Soviet officials.")
    assert {"Kosovo", "Albin Kurti", "Serbia"} <= party_names(body)
    assert "Soviet Union" in party_names(body) | mentioned_names(body)
