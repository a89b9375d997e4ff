"""Commitments as declarations and news reports carry them without a stance verb after a
subject: preambular paragraphs ("REAFFIRMING …;", "COGNIZANT of …;") and what a party is
reported to have said. Found on a ninth and tenth set of real statements."""
from __future__ import annotations

import pytest

from tests.core.extract_helpers import commitments

PREAMBLE = (
    "The Governments of Chile and Peru,\n\n"
    "REAFFIRMING their determination to consolidate the friendship between them;\n\n"
    "COGNIZANT of the need to promote a peaceful environment in the region;\n\n"
    "DESIRING to enhance favourable conditions for a durable solution;\n\n"
    "Deeply concerned by the situation on the border,\n\n"
    "Considering the treaty signed in Lima in 2008,\n\n"
    "HEREBY DECLARE the following:\n\n"
    "1. The Parties reaffirm their commitment to the Charter of the United Nations.\n"
)


def test_preambular_paragraphs_are_the_declaring_parties_stances() -> None:
    found = commitments(PREAMBLE)
    verbs = [(actor, verb) for actor, verb, _ in found]
    assert ("participants", "cognizant") in verbs
    assert ("participants", "desiring") in verbs
    assert ("participants", "concerned") in verbs
    # "Considering …" only says what was weighed.
    assert not any(text.startswith("Considering") for _, _, text in found)
    assert any(text.startswith("The Parties reaffirm") for _, _, text in found)


def test_a_sentence_ending_in_a_full_stop_is_no_preambular_paragraph() -> None:
    body = "The ministers of Chile and Peru met. Recalling the old days is a pastime in Lima."
    assert commitments(body) == []


MEETING = "President Ana Costa of Portugal met Prime Minister Karim Benali of Morocco in Rabat. "


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Costa said the countries are starting down a new road after years of tension.",
     ("Ana Costa", "said",
      "Costa said the countries are starting down a new road after years of tension.")),
    ('"We are going back disappointed but there is always hope," Costa said.',
     ("Ana Costa", "said", '"We are going back disappointed but there is always hope,"')),
    ('"We are going back disappointed," said Prime Minister Benali.',
     ("Karim Benali", "said", '"We are going back disappointed,"')),
    ("Costa told reporters that the talks were frank.",
     ("Ana Costa", "told reporters", "Costa told reporters that the talks were frank.")),
    ("In response, Minister Benali stated that it is unacceptable that Portugal would ask.",
     ("Karim Benali", "stated",
      "In response, Minister Benali stated that it is unacceptable that Portugal would ask.")),
    ("Costa added that there is still time until September.",
     ("Ana Costa", "added", "Costa added that there is still time until September.")),
])
def test_what_a_party_is_reported_to_have_said(sentence: str,
                                              expected: tuple[str, str, str]) -> None:
    assert commitments(MEETING + sentence) == [expected]


@pytest.mark.parametrize("sentence", [
    "A spokesman said the talks were long.",
    "Analysts said the deal would fail.",
    '"The talks were long," a spokesman said.',
    "Costa said.",
])
def test_others_words_and_bare_attributions_are_no_commitment(sentence: str) -> None:
    assert commitments(MEETING + sentence) == []


@pytest.mark.parametrize(("sentence", "verb"), [
    ("Costa protested against the plans to hold the event.", "protested"),
    ("Benali extended a call for the fighting parties to settle their disputes.", "extended"),
    ("Portugal refrained from using the word condemn.", "refrained from"),
    ("We give a positive assessment of ten years of cooperation.", "give"),
    # A sentence adverb before the subject pronoun.
    ("Notably they agreed on principles of border administration.", "agreed"),
    ("The Prime Ministers reinforced their full commitment to the partnership.", "reinforced"),
    ("Each side blamed the other for starting the clashes.", "blamed"),
    ("Portugal is fully supportive of an agreement.", "is fully supportive"),
    ("The countries came to an understanding to begin returning to normalcy.",
     "came to an understanding"),
    ("Portugal and Morocco have restored full diplomatic relations.", "have restored"),
    ("The final communique called for stronger cooperation against terrorism.", "called for"),
    # An appositive subject, and a lower-case "acting" in a title.
    ("Portuguese President Ana Costa and his Moroccan counterpart, Karim Benali, agreed at a "
     "summit today to speed up talks.", "agreed"),
    ("Portuguese President Ana Costa and Moroccan acting Prime Minister Karim Benali agreed "
     "to start the ceasefire.", "agreed"),
])
def test_more_stance_wordings(sentence: str, verb: str) -> None:
    found = commitments(MEETING + sentence)
    assert [(v, text) for _, v, text in found] == [(verb, sentence)]


@pytest.mark.parametrize("sentence", [
    "Costa gave the book to Benali.",  # giving a thing is no stance
    "The crowd protested outside.",  # nobody at the table
    "Costa came to Rabat on Monday.",  # coming somewhere is no understanding
    "The ceasefire restored essential services.",  # services, not relations
    "Rabat, the capital, welcomed the guests.",  # a city is no party
])
def test_wordings_that_stay_no_stance(sentence: str) -> None:
    assert commitments(MEETING + sentence) == []


def test_a_participial_aside_between_subject_and_verb_and_its_list() -> None:
    body = ("The leaders of Fiji and Samoa met in Suva.\n\n"
            "Forum Leaders while respecting the principle of non-interference committed "
            "themselves to the following principles:\n\n"
            "(i) Commitment to good governance;\n\n"
            "(ii) Belief in the liberty of the individual under the law.\n")
    texts = [text for _, _, text in commitments(body)]
    assert texts[0].startswith("Forum Leaders while respecting")
    assert "Commitment to good governance;" in texts or "Commitment to good governance" in texts
    assert any(t.startswith("Belief in the liberty") for t in texts)


def test_single_curly_quotations_and_inverted_attributions() -> None:
    body = ("Prime Minister Ingrida Šimonytė of Lithuania met President Andrzej Duda of Poland "
            "in Warsaw.\n\n"
            "‘Poland is our strategic partner in the region,’ has stressed the Lithuanian Prime "
            "Minister.\n\n"
            "‘The hybrid attack has shown why our border guards must cooperate,’ said Šimonytė."
            "\n\nŠimonytė’s visit was short.\n")
    assert commitments(body) == [
        ("Ingrida Šimonytė", "said", "‘Poland is our strategic partner in the region,’"),
        ("Ingrida Šimonytė", "said",
         "‘The hybrid attack has shown why our border guards must cooperate,’"),
    ]


def test_the_purpose_of_a_meeting_is_its_parties_stance() -> None:
    sentence = ("Portuguese President Ana Costa on Tuesday spoke with Prime Minister Karim "
                "Benali to reaffirm the strong bilateral relationship.")
    assert commitments(MEETING + sentence) == [("participants", "reaffirm", sentence)]
    # An agenda ("to consider …") is no stance, nor is a crowd's purpose.
    for other in ("The ministers met in Rabat to consider the situation in Mali.",
                  "Protesters gathered outside to condemn the deal."):
        assert commitments(MEETING + other) == []


def test_verbs_sharing_an_object_are_one_clause_and_thanks_to_thanks_no_one() -> None:
    body = ("The leaders of Fiji and Samoa met in Suva. Leaders noted and subsequently "
            "adopted the Director General’s Report. They welcomed the plan and endorsed the "
            "budget. The progress came thanks to the keenness of both leaderships.")
    assert commitments(body) == [
        ("participants", "noted and subsequently adopted",
         "Leaders noted and subsequently adopted the Director General’s Report."),
        ("participants", "welcomed", "They welcomed the plan"),
        ("participants", "endorsed", "and endorsed the budget."),
    ]


def test_an_honorific_before_a_title_makes_no_person_of_the_title() -> None:
    from tests.core.extract_helpers import mentioned_names, party_names

    body = ("HE Deputy Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin "
            "Abdulrahman Al-Thani underlined that the relations are strong.")
    assert "Deputy" not in party_names(body) | mentioned_names(body)


def test_two_verbs_on_one_object_keep_the_stronger_stance() -> None:
    from tests.core.extract_helpers import run

    body = ("The leaders of Kenya and Tanzania met in Nairobi. Leaders noted and strongly "
            "condemned the attacks in Kabul.")
    found = run(body).commitments
    assert [(c.verb, c.stance) for c in found] == [("noted and strongly condemned", "condemn")]


def test_a_sentence_opening_with_a_preposition_in_ing_is_no_preamble() -> None:
    body = ("The leaders of Kenya and Tanzania met in Nairobi.\n\n"
            "Regarding Syria, Kenya and Tanzania condemned the use of chemical weapons;\n")
    assert [v for _, v, _ in commitments(body)] == ["condemned"]


@pytest.mark.parametrize("quote", [
    "‘The parties’ positions are close,’ said Šimonytė.",
    "‘We support the talks at l’Élysée,’ said Šimonytė.",
])
def test_an_apostrophe_inside_a_single_quote_does_not_close_it(quote: str) -> None:
    body = ("Prime Minister Ingrida Šimonytė of Lithuania met President Andrzej Duda of "
            "Poland in Warsaw.\n\n" + quote + "\n")
    assert commitments(body) == [("Ingrida Šimonytė", "said", quote.split(" said")[0])]
