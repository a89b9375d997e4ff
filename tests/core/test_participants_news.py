"""People at the table as news reports and joint statements name them: a title whose
portfolio has a preposition ("Minister for Foreign Affairs, Senator …"), a surname written
with and without its accents, and a party's own official who speaks for it. Found on an
eleventh run of blind sets (participants F1 0.62-0.74 at first look)."""
from __future__ import annotations

import pytest

from reader.core.analysis import analyze
from reader.core.article import article_from_text
from reader.core.codebook import default_codebook
from reader.core.entities import fold_accents
from tests.core.extract_helpers import mentioned_names, party_names


def test_people_whose_titles_carry_a_portfolio_who_met_are_parties() -> None:
    body = ("The Irish Minister for Foreign Affairs, Senator Aoife Brennan, and the Minister "
            "for Defence of Chile, Mr Tomás Rivas, met in Dublin on 4 May for the Second "
            "Ireland-Chile Consultations. The Ministers reaffirmed their commitment to free "
            "trade.")
    parties = party_names(body)
    assert {"Aoife Brennan", "Tomás Rivas", "Ireland", "Chile"} <= parties


def test_support_for_a_country_still_governs_it() -> None:
    # The title rule covers a preposition after a title word only: "support for" a country
    # names a topic, not someone at the table.
    body = ("The ministers of Peru and Chile met in Lima. They reaffirmed their support for "
            "Bolivia.")
    assert "Bolivia" not in party_names(body)
    assert "Bolivia" in mentioned_names(body)


@pytest.mark.parametrize(("word", "plain"), [
    ("Çavuşoğlu", "Cavusoglu"), ("Šimonytė", "Simonyte"), ("Łukasz", "Lukasz"),
    ("Müller", "Muller"), ("Smith", "Smith")])
def test_accents_fold_to_plain_letters(word: str, plain: str) -> None:
    assert fold_accents(word) == plain


def test_a_surname_with_its_accents_is_the_person_named_without_them() -> None:
    body = ("Foreign Minister Mevlut Cavusoglu held talks in Ankara with Greece. Minister "
            "Çavuşoğlu said the two countries would meet again.")
    analysis = analyze(article_from_text(body, "t"), default_codebook())
    people = [e for e in analysis.participants + analysis.mentioned if e.kind == "person"]
    assert [p.name for p in people] == ["Mevlut Cavusoglu"]
    assert "Minister Çavuşoğlu" in people[0].aliases


@pytest.mark.parametrize("body", [
    # The speaker's title names the party; the comma-closed apposition before the verb.
    "Nigeria and Ghana have agreed to revive their joint commission. Ghanaian Minister of "
    "Foreign Affairs, Kofi Mensah, said in Accra that the commission would meet in May.",
    # Inverted after a quotation.
    "Nigeria and Ghana have agreed to revive their joint commission. “We will meet in May,” "
    "said Ghanaian Foreign Minister Kofi Mensah.",
])
def test_an_official_of_a_party_who_speaks_is_a_party(body: str) -> None:
    assert {"Nigeria", "Ghana", "Kofi Mensah"} <= party_names(body)


@pytest.mark.parametrize("body", [
    # A spokesman or an information minister reports the meeting; he was not at it.
    "Nigeria and Ghana have agreed to revive their joint commission. Ghanaian Information "
    "Minister Kofi Mensah said on Twitter that the commission would meet in May.",
    # An official of a country that did not take part.
    "Nigeria and Ghana have agreed to revive their joint commission. Togolese Foreign "
    "Minister Kofi Mensah said the commission would help the region.",
])
def test_a_spokesman_or_an_outsider_who_speaks_stays_mentioned(body: str) -> None:
    assert "Kofi Mensah" in mentioned_names(body)


@pytest.mark.parametrize(("text", "name", "role"), [
    # "Sheikh" inside a name is part of it; before one it is an honorific.
    ("Somalia's President Hassan Sheikh Mohamud reaffirmed the accord.",
     "Hassan Sheikh Mohamud", "President"),
    ("President Sheikh Khalid bin Saeed said it.", "Khalid bin Saeed", "President"),
    # A title naming a body ends with the body's name: "League" is not the person's.
    ("The statement, read by Secretary-General of the Arab League Ahmed Aboul Gheit, stressed "
     "peace.", "Ahmed Aboul Gheit", "Secretary-General of the Arab League"),
    # A military rank is an honorific; "Major" as a surname stays one.
    ("Commodore Josefa Ratu met the ministers.", "Josefa Ratu", None),
    ("Prime Minister John Major met the ministers.", "John Major", "Prime Minister"),
])
def test_names_keep_inner_honorifics_and_lose_ranks_and_bodies(
        text: str, name: str, role: str | None) -> None:
    from reader.core.people import find_people

    assert [(p.name, p.role) for p in find_people(text)] == [(name, role)]


def test_leaders_in_attendance_and_those_also_attending_are_parties() -> None:
    body = ("The Summit was chaired by the Prime Minister of Fiji, Commodore Josefa Ratu. "
            "Leaders in attendance included the Prime Minister of Vanuatu, Hon. Kalo Tari; "
            "and the Minister for Foreign Affairs of Solomon Islands, Hon. Peter Hou.\n\n"
            "Also attending were the Director General of the Secretariat, Mr Sami Vula.")
    assert {"Josefa Ratu", "Kalo Tari", "Peter Hou", "Sami Vula", "Fiji", "Vanuatu",
            "Solomon Islands"} <= party_names(body)


def test_the_named_members_of_a_format_that_met_are_parties() -> None:
    body = ("We have just concluded our meeting. Terrorism in Afghanistan was discussed. "
            "Russia, India and China hold a common position on the matter.")
    title = "Media Statement at the conclusion of the 14th RIC Foreign Ministers’ Meeting"
    analysis = analyze(article_from_text(body, title), default_codebook())
    parties = {p.name for p in analysis.participants}
    assert {"RIC", "Russia", "India", "China"} <= parties
    assert "Afghanistan" not in parties


def test_an_organisations_members_named_as_topics_are_not_parties() -> None:
    # ASEAN is an organisation: its members named in the text are not all at the table.
    body = ("The ASEAN Foreign Ministers met in Bangkok. They discussed the situation in "
            "Myanmar and welcomed Thailand's chairmanship.")
    assert "Myanmar" not in party_names(body)


def test_who_spoke_by_phone_took_part() -> None:
    # "spoke by phone" is how they met, not a passive's agent ("was hosted by").
    body = ("SEOUL, Feb. 16 (Yonhap) -- Foreign Minister Park Ji-hoon spoke by phone with his "
            "Chinese counterpart, Li Wen, on Tuesday.")
    assert {"Park Ji-hoon", "Li Wen", "China"} <= party_names(body)


def test_who_started_a_visit_took_part() -> None:
    body = ("Laos’s Party Secretary Thongsing Vong started his official visit to Cambodia "
            "on Thursday, marked with a grand ceremony.")
    assert {"Thongsing Vong", "Laos"} <= party_names(body)


def test_a_headline_that_says_who_discussed_names_the_parties() -> None:
    analysis = analyze(article_from_text(
        "The two leaders started talks on the same day in Hanoi.",
        "Laos, Cambodia leaders discuss border, trade in Hanoi"), default_codebook())
    assert {"Laos", "Cambodia"} <= {p.name for p in analysis.participants}


def test_a_weekday_between_subject_and_verb_is_no_part_of_the_name() -> None:
    body = ("Chilean President Marta Rojas Monday celebrated Peru's “return” to regional "
            "forums after her meeting with President Luis Vega.")
    analysis = analyze(article_from_text(body, "t"), default_codebook())
    assert {"Marta Rojas", "Luis Vega"} <= {p.name for p in analysis.participants}
    assert [(c.actor, c.verb) for c in analysis.commitments][:1] == [("Marta Rojas",
                                                                     "celebrated")]


def test_a_readouts_opening_speaker_with_his_excellency_is_a_party() -> None:
    # "HE" is His Excellency, not the pronoun; the readout's lead names who spoke at the
    # meeting; the one who shared a press conference with him took part too.
    body = ("HE Deputy Prime Minister and Minister of Foreign Affairs Sheikh Khalid bin Nasser "
            "Al-Mahmoud underlined that the relations between Bahrain and Jordan have returned "
            "to normal.\n\n"
            "In a joint press conference with HE Minister of Foreign Affairs of Jordan Omar "
            "Haddad in Amman, he said the two countries have decided to form a committee.")
    analysis = analyze(article_from_text(body, "t"), default_codebook())
    people = {p.name: p for p in analysis.participants if p.kind == "person"}
    assert set(people) == {"Khalid bin Nasser Al-Mahmoud", "Omar Haddad"}
    # The honorific after the title is not part of the role.
    assert people["Khalid bin Nasser Al-Mahmoud"].role == "Minister of Foreign Affairs"
    assert analysis.commitments[0].actor == "Khalid bin Nasser Al-Mahmoud"


def test_a_lead_that_reports_no_stance_makes_no_speaker_a_party() -> None:
    body = ("The talks in Amman ended on Monday. Jordan and Bahrain signed a memorandum.\n\n"
            "UN Secretary-General Ana Lima welcomed the agreement.")
    assert "Ana Lima" in mentioned_names(body)


def test_a_counterpart_named_with_an_honorific_took_part() -> None:
    body = ("Prime Minister Rahul Mehta signed a line of credit before bonding with his "
            "Nepalese counterpart Sheikh Arif Hossain over lunch in Kathmandu.")
    assert {"Rahul Mehta", "Arif Hossain"} <= party_names(body)


def test_the_gathering_two_met_beside_is_no_party() -> None:
    body = ("Foreign Minister Park Ji-hoon and his Japanese counterpart Aiko Mori expressed "
            "differing views. The two met on Wednesday on the sidelines of the foreign "
            "ministerial gathering of the Group of 20 (G20) countries in Brazil.")
    parties = party_names(body)
    assert {"Park Ji-hoon", "Aiko Mori", "Japan"} <= parties
    assert "G20" not in parties


def test_a_surname_written_first_in_capitals_is_named_in_the_usual_order() -> None:
    body = ("Mr. TANAKA Hiroshi, Minister for Foreign Affairs of Japan, held a telephone talk "
            "with the Minister for Foreign Affairs of Fiji. The overview is as follows.\n\n"
            "1. Minister Tanaka expressed his appreciation for the support provided by Fiji.")
    analysis = analyze(article_from_text(body, "Japan-Fiji Foreign Ministers’ Telephone Talk"),
                       default_codebook())
    people = [p for p in analysis.participants if p.kind == "person"]
    assert [p.name for p in people] == ["Hiroshi Tanaka"]
    assert {"TANAKA Hiroshi", "Minister Tanaka"} <= set(people[0].aliases)


def test_a_title_ends_with_its_sentence() -> None:
    from reader.core.people import find_people

    text = ("He spoke with Senator the Hon. Ana Reyes, Minister for Foreign Affairs of the "
            "Commonwealth of Australia. The overview is as follows.")
    assert [(p.name, p.role) for p in find_people(text)] == [
        ("Ana Reyes", "Minister for Foreign Affairs of the Commonwealth of Australia")]


def test_a_headline_party_does_not_silence_the_bodys_lone_speaker() -> None:
    # The headline names Lithuania and Poland; the body's only stance-taker is still a party.
    body = ("Prime Minister Ona Kalnė has thanked Poland for its help.\n\n"
            "‘Poland is our important ally,’ said Kalnė.")
    analysis = analyze(article_from_text(
        body, "Prime Ministers of Lithuania and Poland meet in Warsaw"), default_codebook())
    assert {"Ona Kalnė", "Lithuania", "Poland"} <= {p.name for p in analysis.participants}


def test_attendees_listed_on_lines_of_their_own_are_parties() -> None:
    body = ("On 11 November 2022, the ninth summit of the Organization of Turkic States took "
            "place in Samarkand.\n\n"
            "The summit was attended by:\n\n"
            "President Aziz Karimov of Uzbekistan\n"
            "President Elnur Mammadov of Azerbaijan\n"
            "Prime Minister of Hungary Gábor Kovács\n\n"
            "The leaders underlined their commitment to integration.")
    assert {"Aziz Karimov", "Elnur Mammadov", "Gábor Kovács", "Uzbekistan",
            "Azerbaijan"} <= party_names(body)


def test_a_meeting_participated_by_named_ministers() -> None:
    body = ("The third trilateral meeting of the foreign ministers of Chile, Peru and Bolivia "
            "was held in Arica.\n\n"
            "Within the scope of the meeting which was participated by Mr. Diego Soto, Minister "
            "of Foreign Affairs of Chile, Mr. Luis Paredes, Minister of Foreign Affairs of Peru "
            "and Mrs. Ana Quispe, Minister of Foreign Affairs of Bolivia, views were exchanged.")
    analysis = analyze(article_from_text(body, "t"), default_codebook())
    people = {p.name: p.role for p in analysis.participants if p.kind == "person"}
    # Each title after a name is that person's, not the next one's.
    assert people == {"Diego Soto": "Minister of Foreign Affairs of Chile",
                      "Luis Paredes": "Minister of Foreign Affairs of Peru",
                      "Ana Quispe": "Minister of Foreign Affairs of Bolivia"}


def test_a_title_before_a_name_in_a_list_of_titled_names_is_that_names() -> None:
    from reader.core.people import find_people

    text = ("The Minister for Foreign Affairs of Australia, Jane Hill, the Minister for Foreign "
            "Affairs of Japan, Kenji Mori, and the Secretary of State, Tom Ray, met in Manila.")
    assert [(p.name, p.role) for p in find_people(text)] == [
        ("Jane Hill", "Minister for Foreign Affairs of Australia"),
        ("Kenji Mori", "Minister for Foreign Affairs of Japan"),
        ("Tom Ray", "Secretary of State")]


@pytest.mark.parametrize(("sentence", "party"), [
    # A courtesy call is a meeting; "called on all parties to …" is a stance.
    ("Minister Li Wen called on and was hosted to lunch by Prime Minister Tan Kee.", True),
    ("Minister Li Wen called on Prime Minister Tan Kee at the Istana.", True),
])
def test_a_courtesy_call_is_a_meeting_not_a_call_on_anyone(sentence: str, party: bool) -> None:
    from tests.core.extract_helpers import run

    analysis = run(sentence)
    assert ("Li Wen" in {p.name for p in analysis.participants}) is party
    assert [c.verb for c in analysis.commitments] == []


def test_a_summit_under_a_leaders_leadership_with_attendees_among_them() -> None:
    body = ("The Authority of Heads of State and Government of ECOWAS convened an "
            "Extraordinary Session in Abuja, under the leadership of H.E. Kwame Adu MENSAH, "
            "President of the Republic of Ghana.\n\n"
            "Heads of State and Government attended the Summit. Among them were leaders from "
            "Benin, Togo and Liberia.\n\n"
            "The Summit also saw the presence of other dignitaries, including the Chairperson of "
            "the African Union Commission.")
    analysis = analyze(article_from_text(body, "t"), default_codebook())
    parties = {p.name for p in analysis.participants}
    assert {"Kwame Adu Mensah", "Benin", "Togo", "Liberia"} <= parties
    # The surname in capitals is named in ordinary case; as written it stays an alias.
    person = next(p for p in analysis.participants if p.name == "Kwame Adu Mensah")
    assert "Kwame Adu MENSAH" in person.aliases


def test_the_president_others_came_on_behalf_of_stayed_away() -> None:
    body = ("Foreign Secretary Marta Ruiz attended the Summit on behalf of President Jorge "
            "Salas. The Summit was held in Lima.")
    parties = party_names(body)
    assert "Marta Ruiz" in parties
    assert "Jorge Salas" not in parties


def test_a_title_at_the_end_of_a_line_takes_no_name_from_the_next() -> None:
    from reader.core.people import find_people

    text = ("* Seychelles: HE Noellie Alexander High Commissioner to South Africa\n\n"
            "The Summit congratulated Mr Bingu wa Mutharika on his election.\n")
    assert [p.name for p in find_people(text)] == ["Noellie Alexander", "Bingu wa Mutharika"]


@pytest.mark.parametrize(("text", "names"), [
    ("H.E.Wang Lei, State Councilor, and H.E. U Min Thu, Union Minister, attended.",
     ["Wang Lei", "Min Thu"]),
    ("Daw Khin Myo met the envoy.", ["Khin Myo"]),
])
def test_honorifics_without_a_space_and_burmese_honorifics(text: str, names: list[str]) -> None:
    from reader.core.people import find_people

    assert [p.name for p in find_people(text)] == names


def test_a_call_that_took_place_between_two_ministers() -> None:
    body = ("On October 10, a telephone conversation took place between the Minister of "
            "Foreign Affairs of the Republic of Azerbaijan Kamal Aliyev and the Minister of "
            "Foreign Affairs of the Republic Türkiye Ahmet Yilmaz.")
    parties = party_names(body)
    # The country before the name is no part of it.
    assert {"Kamal Aliyev", "Ahmet Yilmaz", "Azerbaijan", "Turkey"} <= parties


@pytest.mark.parametrize("sentence", [
    "The Summit welcomed the application by the DRC to join the EAC.",
    "The ministers agreed to meet President Ana Vale of Chile next year.",
])
def test_an_infinitive_meeting_or_joining_names_no_party(sentence: str) -> None:
    body = "The heads of state of Kenya and Uganda met in Arusha. " + sentence
    parties = party_names(body)
    assert not {"East African Community", "Ana Vale", "Chile"} & parties


def test_an_honorific_between_a_title_and_the_name() -> None:
    from reader.core.people import find_people

    text = ("During the talk, H.E. the Minister of Foreign Affairs of Vietnam Mr. Tran Van Nam "
            "reassured the commitment of Vietnam.")
    assert [(p.name, p.role) for p in find_people(text)] == [
        ("Tran Van Nam", "Minister of Foreign Affairs of Vietnam")]
