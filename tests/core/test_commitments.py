"""Commitments in varied diplomatic sentences: subjects, verbs, lists, quotes, negations."""
from __future__ import annotations

import pytest

from tests.core.extract_helpers import commitments, run

P = "participants"


@pytest.mark.parametrize(("body", "expected"), [
    # Pronoun and group subjects speak for all the participants.
    ("We reaffirm our support for the peace process.",
     [(P, "reaffirm", "We reaffirm our support for the peace process.")]),
    ("The officials reiterated their call for dialogue.",
     [(P, "reiterated", "The officials reiterated their call for dialogue.")]),
    ("Both sides agreed to hold regular consultations.",
     [(P, "agreed", "Both sides agreed to hold regular consultations.")]),
    ("The two sides decided to expand cooperation.",
     [(P, "decided", "The two sides decided to expand cooperation.")]),
    ("The Ministers condemned the attack in Kabul.",
     [(P, "condemned", "The Ministers condemned the attack in Kabul.")]),
    ("Participants welcomed the launch of the new dialogue.",
     [(P, "welcomed", "Participants welcomed the launch of the new dialogue.")]),
    ("The C5+1 countries affirm their commitment to regional trade.",
     [(P, "affirm", "The C5+1 countries affirm their commitment to regional trade.")]),
    ("The C5+1 recognizes that connectivity supports growth.",
     [(P, "recognizes", "The C5+1 recognizes that connectivity supports growth.")]),
    ("India and the United States agreed to share best practices.",
     [(P, "agreed", "India and the United States agreed to share best practices.")]),
    ("Our countries and organizations are committed to a strong partnership.",
     [(P, "are committed", "Our countries and organizations are committed to a strong "
                       "partnership.")]),
    # A single party keeps its name as the actor.
    ("The United States will host the next meeting in 2025.",
     [("United States", "will host", "The United States will host the next meeting in 2025.")]),
    ("Japan pledged additional humanitarian aid.",
     [("Japan", "pledged", "Japan pledged additional humanitarian aid.")]),
    # Introductory phrases belong to the clause.
    ("Recognizing the threat, the two sides decided to increase coordination.",
     [(P, "decided", "Recognizing the threat, the two sides decided to increase coordination.")]),
    ("To promote progress, we support third-party facilitation.",
     [(P, "support", "To promote progress, we support third-party facilitation.")]),
    # Multi-word stance phrases.
    ("We call on all parties to reduce violence.",
     [(P, "call on", "We call on all parties to reduce violence.")]),
    ("We also call upon the Taliban to protect civilians.",
     [(P, "call upon", "We also call upon the Taliban to protect civilians.")]),
    ("We took due note of the briefings.",
     [(P, "took due note", "We took due note of the briefings.")]),
    ("We are deeply concerned about the violence.",
     [(P, "are deeply concerned", "We are deeply concerned about the violence.")]),
    ("We look forward to the next round.",
     [(P, "look forward", "We look forward to the next round.")]),
    ("It was agreed that the next round will take place in Astana.",
     [(P, "was agreed", "It was agreed that the next round will take place in Astana.")]),
    ("We seize this opportunity to reiterate appreciation to Qatar.",
     [(P, "reiterate", "We seize this opportunity to reiterate appreciation to Qatar.")]),
])
def test_single_clauses(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert commitments(body) == expected


@pytest.mark.parametrize(("body", "texts"), [
    ("The officials welcomed the decrease in cultivation, however, expressed concern "
     "regarding drug production.",
     ["The officials welcomed the decrease in cultivation, however,",
      "expressed concern regarding drug production."]),
    ("We reiterate the urgency of a ceasefire, and we acknowledge the sacrifices made.",
     ["We reiterate the urgency of a ceasefire", "we acknowledge the sacrifices made."]),
    ("We reaffirm that there is no military solution, we stand by resolution 2513, and we do "
     "not support any government imposed by force.",
     ["We reaffirm that there is no military solution,", "we stand by resolution 2513",
      "we do not support any government imposed by force."]),
    ("The officials exchanged views on the situation as well as emphasized the opportunities "
     "for cooperation.",
     ["emphasized the opportunities for cooperation."]),
    ("We took due note of the briefings and welcome the talks held in Doha.",
     ["We took due note of the briefings", "and welcome the talks held in Doha."]),
    ("The participants agreed to continue support for the work of the UN and welcomed the "
     "efforts of the envoy; emphasized the importance of inclusive governance.",
     ["The participants agreed to continue support for the work of the UN",
      "and welcomed the efforts of the envoy;",
      "emphasized the importance of inclusive governance."]),
])
def test_several_stance_verbs_make_several_clauses(body: str, texts: list[str]) -> None:
    assert [t for _, _, t in commitments(body)] == texts


def test_noun_uses_of_stance_words_do_not_split() -> None:
    found = commitments("The officials reiterated support for freedom of movement and support "
                        "for women's rights.")
    assert len(found) == 1


@pytest.mark.parametrize("body", [
    "Visionary ideas support growth.",
    "The people of Afghanistan have suffered for too long.",
    "The two sides discussed closer cooperation on information-sharing.",
    "They exchanged views on the situation.",
    "The next meeting will be held in Seoul.",
    "The Taliban must respect human rights.",
    "Representatives from relevant agencies participated in the deliberations.",
    "We urge the two sides to agree on a ceasefire.",
])
def test_sentences_without_a_party_stance(body: str) -> None:
    found = commitments(body)
    # Only "We urge" is a stance there; the infinitive "to agree" is not a second one.
    assert found == ([] if not body.startswith("We urge") else
                     [(P, "urge", "We urge the two sides to agree on a ceasefire.")])


@pytest.mark.parametrize(("body", "verb"), [
    ("The United States did not agree to lift the tariffs.", "did not agree"),
    ("We do not support any government imposed through military force.", "do not support"),
    ("The sides cannot accept unilateral changes to the status quo.", "cannot accept"),
    ("Both governments will not recognize the referendum.", "will not recognize"),
])
def test_negations_stay_in_the_verb(body: str, verb: str) -> None:
    (c,) = run(body).commitments
    assert c.verb == verb
    assert c.negated


@pytest.mark.parametrize(("body", "stance"), [
    ("We express our full support to the peace process.", "support"),
    ("The officials expressed concern regarding drug exports.", "concern"),
    ("We welcome the talks in Doha.", "welcome"),
    ("We commend Qatar for hosting the talks.", "welcome"),
    ("We urge the Taliban to end the offensive.", "call"),
    ("We call on all parties to protect civilians.", "call"),
    ("The Ministers condemned the attack.", "condemn"),
    ("The two sides pledged to expand trade.", "commit"),
    ("We intend to maintain our support for Afghan institutions.", "commit"),
    ("We reiterate that assistance depends on good governance.", "other"),
    ("The officials reiterated support for freedom of movement.", "support"),
    ("The United States did not agree to the proposal.", "other"),
])
def test_stance_classes(body: str, stance: str) -> None:
    (c,) = run(body).commitments
    assert c.stance == stance


LIST_STATEMENT = """The Department released a statement of shared objectives highlighting:

• The need for an inclusive and stable Afghanistan;
• The importance of preventing terrorism, and reaffirmed the need for stronger cooperation;
• Ensuring stability and economic viability in the region."""


def test_items_under_a_lead_in_are_commitments_of_the_participants() -> None:
    found = run(LIST_STATEMENT).commitments
    assert [(c.actor, c.text) for c in found] == [
        (P, "The need for an inclusive and stable Afghanistan;"),
        (P, "The importance of preventing terrorism,"),
        (P, "and reaffirmed the need for stronger cooperation;"),
        (P, "Ensuring stability and economic viability in the region."),
    ]
    assert found[0].verb == "highlighting"
    assert found[2].verb == "reaffirmed"
    assert all(c.from_list for c in (found[0], found[1], found[3]))


def test_lead_in_with_its_own_stance_is_itself_a_commitment() -> None:
    body = ("The C5+1 endeavors to build upon the progress it has made, including to:\n\n"
            "• Modernize infrastructure in Central Asia;\n"
            "• Promote regional cooperation, including reaffirming to all parties: the urgency "
            "of negotiations; and that there is no military solution.")
    found = run(body).commitments
    assert [c.verb for c in found] == ["endeavors", "endeavors", "endeavors"]
    assert found[0].text.startswith("The C5+1 endeavors")
    assert found[0].text.endswith("including to:")
    assert found[1].text == "Modernize infrastructure in Central Asia;"
    # "including reaffirming …" is part of the item, not a clause of its own.
    assert found[2].text.startswith("Promote regional cooperation")
    assert found[2].text.endswith("no military solution.")


def test_announcing_lead_in_is_not_itself_a_commitment() -> None:
    body = ("We affirm that:\n\n"
            "• The people of Afghanistan have suffered for too long. We are deeply concerned "
            "about the violence.\n"
            "• We call on all parties to reduce violence.")
    found = run(body).commitments
    assert [(c.verb, c.text) for c in found] == [
        ("affirm", "The people of Afghanistan have suffered for too long."),
        ("are deeply concerned", "We are deeply concerned about the violence."),
        ("call on", "We call on all parties to reduce violence."),
    ]


def test_lead_in_listing_people_is_not_a_list_of_commitments() -> None:
    body = "The delegation included:\n\n• Ms. Jane Doe;\n• Mr. John Roe."
    assert run(body).commitments == []


def test_quoted_clauses_are_marked_and_reporting_tail_is_left_out() -> None:
    body = ("The officials also reiterated support for “freedom of movement within the "
            "country; and emphasized that Afghans should be free to travel,” the joint "
            "statement highlighted")
    found = run(body).commitments
    assert [c.text for c in found] == [
        "The officials also reiterated support for “freedom of movement within the country;",
        "and emphasized that Afghans should be free to travel,”",
    ]
    assert [c.quoted for c in found] == [False, True]


def test_a_partys_own_commitment_in_a_sentence_without_stance_verb() -> None:
    body = ("Delegations of the C5+1 participated in the conference. Visionary ideas also "
            "reinforce the C5+1’s commitment to strengthening security.")
    (c,) = run(body).commitments
    assert c.verb == "commitment"
    assert c.text.startswith("Visionary ideas")


def test_clause_offsets_and_themes() -> None:
    body = "The officials condemned terrorism and welcomed new investment in trade."
    a = run(body)
    for c in a.commitments:
        assert a.article.text[c.start:c.end] == c.text
    assert "security" in a.commitments[0].themes
    assert "economy" in a.commitments[1].themes
    data = a.commitments[0].to_json()
    assert {"actor", "verb", "text", "start", "end", "themes", "stance", "quoted"} <= set(data)


@pytest.mark.parametrize(("body", "verb", "stance"), [
    ("The participants noted with concern the rise in attacks.", "noted", "concern"),
    ("The delegations noted with appreciation the progress made.", "noted", "welcome"),
    ("The United States announced $50 million in new assistance.", "announced", "commit"),
    ("The two leaders directed their teams to finalize the agreement.", "directed", "commit"),
    ("Both sides expressed their willingness to resume talks.", "expressed their willingness",
     "commit"),
    ("The officials pointed out the risks of escalation.", "pointed out", "other"),
    ("The sides remain committed to the ceasefire.", "remain committed", "commit"),
    ("The United States stands ready to assist.", "stands ready", "commit"),
    ("They looked forward to the next round of talks.", "looked forward", "other"),
])
def test_more_stance_phrases(body: str, verb: str, stance: str) -> None:
    (c,) = run(body).commitments
    assert (c.verb, c.stance) == (verb, stance)


def test_numbered_list_after_a_lead_in() -> None:
    body = ("The Ministers agreed on the following:\n1. To strengthen cooperation on border "
            "security.\n2. To expand energy cooperation.\n\nThe Ministers discussed trade.")
    found = run(body).commitments
    assert [(c.verb, c.text) for c in found] == [
        ("agreed", "To strengthen cooperation on border security."),
        ("agreed", "To expand energy cooperation."),
    ]


@pytest.mark.parametrize(("body", "verb"), [
    ("Kazakhstan offered to host the next ministerial meeting in Astana.", "offered"),
    ("The Ministers did not reach agreement on the proposal.", "did not reach"),
])
def test_offers_and_agreements(body: str, verb: str) -> None:
    (c,) = run(body).commitments
    assert c.verb == verb


def test_expressed_support_after_and_is_its_own_clause() -> None:
    texts = [t for _, _, t in commitments(
        "The delegations highlighted growing trade and expressed support for the new "
        "chamber of commerce.")]
    assert texts == ["The delegations highlighted growing trade",
                     "and expressed support for the new chamber of commerce."]


@pytest.mark.parametrize("body", [
    "The meeting agreed to establish a working group on transit.",
    "The Conference welcomed the adoption of the roadmap.",
    "Officials from both countries agreed to meet again.",
    "Participants at the ministerial reaffirmed their support for the process.",
])
def test_gatherings_and_officials_speak_for_the_participants(body: str) -> None:
    (c,) = run(body).commitments
    assert c.actor == "participants"


def test_third_party_stance_is_not_a_commitment() -> None:
    body = ("The Special Envoys of France and Norway met in Oslo. The Taliban rejected the "
            "proposal and called for talks. France and Norway condemned the attack.")
    assert [(c.actor, c.verb) for c in run(body).commitments] == [("participants", "condemned")]


@pytest.mark.parametrize("body", [
    "The report noted the decline in cultivation.",
    "The newspaper welcomed the decision.",
])
def test_other_documents_are_not_actors(body: str) -> None:
    assert run(body).commitments == []


def test_the_statement_itself_speaks_for_the_participants() -> None:
    (c,) = run("The joint statement welcomed the Taliban’s commitment to safe passage.").commitments
    assert (c.actor, c.verb) == ("participants", "welcomed")


def test_reporting_tail_after_a_quote_is_no_clause() -> None:
    body = ("The officials reiterated support for “freedom of movement; and emphasized that "
            "travel should be free,” the joint statement highlighted.")
    assert [c.verb for c in run(body).commitments] == ["reiterated", "emphasized"]


@pytest.mark.parametrize(("body", "verb", "stance"), [
    ("We pay tribute to the victims of the attack.", "pay tribute", "welcome"),
    ("We extend our deepest condolences to the families.", "extend", "welcome"),
    ("We value the contribution of our partners.", "value", "welcome"),
    ("We expect the Taliban to honor their commitments.", "expect", "call"),
    ("We warn against any escalation.", "warn", "concern"),
])
def test_communique_verbs(body: str, verb: str, stance: str) -> None:
    (c,) = run(body).commitments
    assert (c.verb, c.stance) == (verb, stance)


def test_he_and_she_refer_to_the_last_named_person() -> None:
    body = ("U.S. Special Representative Thomas West met the envoys in Astana. He stressed the "
            "importance of regional connectivity.")
    (c,) = run(body).commitments
    assert (c.actor, c.verb) == ("Thomas West", "stressed")


def test_item_opening_with_a_stance_verb_under_a_neutral_lead_in() -> None:
    body = ("At the dialogue, the ministers addressed several challenges as they:\n\n"
            "• Discussed the situation in the region;\n"
            "• Called on all parties to reduce violence;\n"
            "• Welcomed the new transit corridor.")
    found = run(body).commitments
    assert [(c.verb, c.text) for c in found] == [
        ("called on", "Called on all parties to reduce violence;"),
        ("welcomed", "Welcomed the new transit corridor."),
    ]


@pytest.mark.parametrize(("body", "verb"), [
    ("Participants celebrated the tenth anniversary of the format.", "celebrated"),
    ("Participants recommitted to addressing common challenges.", "recommitted"),
    ("The group noted continued cooperation in the working groups.", "noted"),
])
def test_more_subjects_and_verbs(body: str, verb: str) -> None:
    (c,) = run(body).commitments
    assert c.verb == verb


def test_numbered_and_dashed_items_after_a_subject_lead_in() -> None:
    body = ("The Special Envoys for Afghanistan:\n\n1.     Noted with grave concern the threat "
            "to stability.\n\n2.     Emphasized their concern about violations of rights;\n\n"
            "2.1     Strongly condemned the ban on education.")
    found = run(body).commitments
    assert [(c.verb, c.stance) for c in found] == [("noted", "concern"),
                                                   ("emphasized", "concern"),
                                                   ("condemned", "condemn")]
    assert found[2].text.startswith("Strongly condemned")
    dashed = ("Participants issued the joint statement below.\n-\nAcknowledged the dire "
              "situation; focused on the crisis; noted, however, that aid is dropping.")
    assert [c.verb for c in run(dashed).commitments] == ["acknowledged", "focused", "noted"]


@pytest.mark.parametrize("marker", ["1.", "(a)", "a)", "-"])
def test_list_markers_of_every_kind(marker: str) -> None:
    def m(n: int) -> str:
        if marker == "-":
            return "-"
        if marker == "1.":
            return f"{n}."
        return marker.replace("a", "abc"[n - 1])

    body = ("The partners endeavor to build on their progress, including to:\n\n"
            f"{m(1)} Modernize transit infrastructure;\n{m(2)} Promote regional trade;\n"
            f"{m(3)} Improve energy connectivity.\n\nThe ministers discussed the agenda.")
    found = run(body).commitments
    assert [c.text for c in found] == [
        "The partners endeavor to build on their progress, including to:",
        "Modernize transit infrastructure;", "Promote regional trade;",
        "Improve energy connectivity."]


@pytest.mark.parametrize("participle", ["highlighting", "committing", "emphasizing"])
def test_a_lead_in_ending_in_a_stance_participle_names_the_items_verb(participle: str) -> None:
    # The participle forms are the stance module's own ("committing" doubles its t).
    body = ("The ministers of Chile and Peru met in Lima. The ministry released a joint "
            f"statement of shared objectives {participle}:\n\n• To share data on seizures;\n"
            "• To train customs officers.")
    assert [(c.verb, c.text) for c in run(body).commitments] == [
        (participle, "To share data on seizures;"), (participle, "To train customs officers.")]
