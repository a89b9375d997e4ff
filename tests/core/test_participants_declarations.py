"""Parties as declarations, communiqués and attendance lists name them: "attended by the
following …:" lists, Commonwealth honorifics without full stops ("HE", "Hon", "Mr"), monarchs'
numerals, bare middle initials and titles written after a name without a comma. Found on a
ninth and tenth set of real statements (participants F1 0.62 and 0.59 at first look)."""
from __future__ import annotations

import pytest

from reader.core.analysis import analyze
from reader.core.article import article_from_text
from reader.core.codebook import default_codebook
from tests.core.extract_helpers import mentioned_names, party_names

ATTENDANCE = (
    "The Extraordinary Summit met in Pretoria on 2 May to consider the situation.\n\n"
    "The Summit was attended by the following Heads of State and Government or their "
    "representatives:\n\n"
    "* Eswatini: His Majesty, King Mswati III\n"
    "* United Republic: HE President Jakaya Mrisho Kikwete of Tanzania\n"
    "* South Africa: HE President Jacob G Zuma\n"
    "* Angola: Hon. Assunção A dos Anjos\n"
    "* Botswana: Hon Dikgakgamatso Seretse Minister of Defence, Justice and Security\n"
    "* Mauritius: Dr the Hon. Arvin Boolell, Minister of Foreign Affairs\n"
    "* Malawi: HE Mrs Agrina Mussa, High Commissioner to South Africa\n"
    "* Seychelles: HE Noellie Alexander High Commissioner to South Africa\n\n"
    "The Summit congratulated Mr Bingu wa Mutharika on his election.\n"
)


def test_everyone_on_an_attendance_list_is_a_party() -> None:
    parties = party_names(ATTENDANCE)
    # "United Republic" holds a stance word ("united") but states nothing: the list goes on.
    assert {"Eswatini", "Tanzania", "South Africa", "Angola", "Botswana", "Mauritius",
            "Malawi", "Seychelles"} <= parties
    assert {"Mswati III", "Jakaya Mrisho Kikwete", "Jacob G Zuma", "Assunção A dos Anjos",
            "Dikgakgamatso Seretse", "Arvin Boolell", "Agrina Mussa",
            "Noellie Alexander"} <= parties


def test_titles_and_honorifics_are_not_names_or_bodies() -> None:
    names = party_names(ATTENDANCE) | mentioned_names(ATTENDANCE)
    # A title after the name is not part of it, and a High Commissioner is no commission.
    assert not any("Minister" in n or "Commission" in n for n in names)
    assert not {"Jacob", "Mswati", "HE"} & names
    # "Mr" without its full stop is an honorific too; the congratulated is only mentioned.
    assert "Bingu wa Mutharika" in mentioned_names(ATTENDANCE)


def test_a_host_and_the_guests_are_parties() -> None:
    body = ("Council President Marta Kolar released a statement after hosting Armenian Prime "
            "Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev in Brussels.")
    assert {"Marta Kolar", "Nikol Pashinyan", "Ilham Aliyev", "Armenia",
            "Azerbaijan"} <= party_names(body)


def test_hosting_a_meeting_or_refugees_names_no_guest() -> None:
    body = ("The Narcotics Bureau of Peru hosted the third meeting of the Andean Drug Working "
            "Group in Lima. The ministers of Chile and Peru thanked the communities hosting "
            "Venezuelan refugees.")
    assert "Venezuela" not in party_names(body)
    assert not any("Working Group" in name for name in party_names(body))


def test_issuers_of_a_joint_statement_and_appositive_titles() -> None:
    body = ("Musaad bin Mohammed Al-Aiban, Saudi Minister of State, led the Saudi delegation "
            "at the talks in Beijing, according to a trilateral statement by China, Saudi "
            "Arabia and Iran. The rapprochement came during a meeting between Venezuelan "
            "President Hugo Chavez and Colombia's new leader, Juan Manuel Santos.")
    assert {"Musaad bin Mohammed Al-Aiban", "China", "Saudi Arabia", "Iran",
            "Hugo Chavez", "Juan Manuel Santos"} <= party_names(body)


def test_who_declares_before_the_preamble_is_a_party() -> None:
    body = ("The Governments of the Member States of ASEAN and the Government of the People’s "
            "Republic of China,\n\n"
            "REAFFIRMING their determination to consolidate the friendship between them;\n\n"
            "HEREBY DECLARE the following:\n\n"
            "1. The Parties reaffirm their commitment to the Charter of the United Nations.\n")
    assert party_names(body) == {"ASEAN", "China"}
    assert "United Nations" in mentioned_names(body)


def test_a_speaker_at_the_meeting_and_a_renamed_body_are_parties() -> None:
    body = ("We, the heads of State of the Permanent Mechanism for Consultation - the Rio "
            "Group, meeting in Lima, reaffirm our principles.\n\n"
            "Having listened to the statement made by His Royal Highness Prince Abdullah Bin "
            "Aziz, the Crown Prince of the Kingdom of Saudi Arabia, we welcome his initiative.")
    assert {"Rio Group", "Abdullah Bin Aziz", "Saudi Arabia"} <= party_names(body)


def test_a_state_visit_at_an_invitation_opening_the_sentence() -> None:
    body = ("At the invitation of His Excellency Uhuru Kenyatta, President of the Republic of "
            "Kenya, His Excellency Ismail Omar Guelleh, President of the Republic of Djibouti "
            "made a State Visit to Kenya from 8th to 10th May, 2018.")
    assert party_names(body) == {"Uhuru Kenyatta", "Kenya", "Ismail Omar Guelleh", "Djibouti"}


def test_a_forum_that_was_held_and_official_country_names() -> None:
    body = ("The Twenty-Eighth South Pacific Forum was held in Rarotonga and was attended by "
            "Fiji and Samoa. The State Counsellor of the Republic of the Union of Myanmar "
            "sent a message.")
    names = party_names(body) | mentioned_names(body)
    # Its old name is an alias of the Pacific Islands Forum; the session's number is no name.
    assert "Pacific Islands Forum" in party_names(body)
    assert not any(n.startswith(("Twenty", "Union of")) for n in names)
    assert "Myanmar" in names


def test_a_title_naming_the_leaders_of_a_format() -> None:
    article = article_from_text("We, the Presidents of Poland and Hungary, met in Pszczyna.",
                                "Declaration of the Presidents of the V4 States")
    parties = {p.name for p in analyze(article, default_codebook()).participants}
    assert "Visegrad Group" in parties


def test_every_mediator_under_whose_auspices_and_a_joint_stance() -> None:
    # A mediator found first must not make the two sides' shared stance a third party's.
    body = ("The declaration was agreed after talks in Kingstown under the auspices of "
            "Caricom, the Community of Latin American and Caribbean States (CELAC), Brazil "
            "and the UN. Guyana and Venezuela agreed not to use force in any dispute.")
    assert {"CARICOM", "CELAC", "Brazil", "United Nations", "Guyana",
            "Venezuela"} <= party_names(body)


def test_a_partys_counterpart_and_a_headline_meeting_of_two_people() -> None:
    body = ("Dar es Salaam. President John Magufuli and his Kenyan counterpart Uhuru Kenyatta "
            "have instructed their ministers to end the trade row. The two presidents met "
            "in Kampala.")
    article = article_from_text(body, "Magufuli meets Kenyatta to discuss trade row")
    parties = {p.name for p in analyze(article, default_codebook()).participants}
    assert {"John Magufuli", "Uhuru Kenyatta", "Kenya"} <= parties


def test_a_headline_naming_who_met_with_abbreviated_names() -> None:
    body = ("Foreign Minister Cho Tae-yul and his Japanese counterpart Yoko Kamikawa on "
            "Wednesday expressed differing views on the islets.")
    article = article_from_text(body, "S. Korea, Japan foreign ministers meet on G20 sidelines")
    parties = {p.name for p in analyze(article, default_codebook()).participants}
    assert {"South Korea", "Japan", "Cho Tae-yul", "Yoko Kamikawa"} <= parties
    # A headline that only reports someone's words names no meeting.
    quoted = article_from_text("Officials spoke on Monday.", "Russia says Ukraine talks stalled")
    assert [p.name for p in analyze(quoted, default_codebook()).participants] == []


@pytest.mark.parametrize(("body", "parties"), [
    # A summit or consultation between people; Arabic names with a lower-case article.
    ("Cairo’s Presidential Palace hosted a trilateral summit between President Abdel Fattah "
     "al-Sisi, King Abdullah II of Jordan and Prime Minister Adel Mahdi of Iraq.",
     {"Abdel Fattah al-Sisi", "Abdullah II", "Jordan", "Adel Mahdi", "Iraq"}),
    ("The 12th Annual Consultation between the Prime Minister of Malaysia and the President "
     "of the Republic of Indonesia, His Excellency Joko Widodo, was held in Kuching.",
     {"Malaysia", "Indonesia", "Joko Widodo"}),
    # The people a summit meeting was "of".
    ("At the end of the informal summit meeting of the Chinese President Xi Jinping and the "
     "Indian Prime Minister Narendra Modi in Wuhan, the two leaders agreed to cooperate.",
     {"Xi Jinping", "Narendra Modi"}),
    # Names set off by dashes before the verb.
    ("The Foreign Ministers of the Weimar Triangle - Mr. Laurent Fabius, France, Mr. Frank "
     "Steiner, Germany and Mr. Jan Nowak, Poland - met today in Wrocław.",
     {"Laurent Fabius", "France", "Frank Steiner", "Germany", "Jan Nowak", "Poland"}),
    # A list of countries each with its president, by semicolons, after "headed by".
    ("The Summit was held in Lima and was headed by the presidents of Chile, Sebastián "
     "Piñera; Colombia, Iván Duque; and Peru, Martín Vizcarra.",
     {"Chile", "Sebastián Piñera", "Colombia", "Iván Duque", "Peru"}),
])
def test_summits_between_people_and_listed_leaders(body: str, parties: set[str]) -> None:
    assert parties <= party_names(body)


def test_honorifics_are_no_part_of_a_name() -> None:
    body = ("Prime Minister Hon Sitiveni Rabuka and Prime Minister Rt Hon Christopher Luxon "
            "met in Suva.")
    assert {"Sitiveni Rabuka", "Christopher Luxon"} <= party_names(body)
    assert not any(n.startswith(("Hon", "Rt")) for n in party_names(body))


@pytest.mark.parametrize(("body", "parties"), [
    # Names a plural title introduces, "respectively" before the verb.
    ("The Colombian and Ecuadorean presidents, Juan Manuel Santos and Rafael Correa, "
     "respectively, met in the border town of Tulcan.",
     {"Juan Manuel Santos", "Rafael Correa"}),
    # The visitor of the visit the report is about; the guarantors a treaty names.
    ("India and Bangladesh signed a boundary agreement on the first day of Prime Minister "
     "Narendra Modi’s visit. The presidents of Peru and Ecuador signed a treaty; the "
     "guarantors are Chile and Argentina.",
     {"Narendra Modi", "India", "Bangladesh", "Peru", "Ecuador", "Chile", "Argentina"}),
])
def test_people_listed_after_a_plural_title_visitors_and_guarantors(
        body: str, parties: set[str]) -> None:
    assert parties <= party_names(body)


def test_a_visit_planned_for_later_names_no_visitor() -> None:
    body = ("The two sides agreed to prepare for the meeting in July and President Ana "
            "Costa’s state visit to Chile in 2017.")
    assert "Ana Costa" not in party_names(body)


@pytest.mark.parametrize("opening", ["Beijing sent no delegation.", "During the talks, rain fell."])
def test_a_place_or_a_preposition_opens_no_preamble(opening: str) -> None:
    body = ("The ministers of Chile and Peru met in Lima.\n\n"
            "The Government of Japan,\n\n" + opening + "\n")
    assert "Japan" not in party_names(body)
    # The same opening line before a participle of stance does declare.
    declared = body.replace(opening, "REAFFIRMING its friendship with both;")
    assert "Japan" in party_names(declared)
