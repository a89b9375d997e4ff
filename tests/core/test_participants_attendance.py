"""Parties named the way meeting reports and communiqués name attendance: chairs, attendees,
"as well as", people introduced by their country, formats defined with an acronym."""
from __future__ import annotations

import pytest

from tests.core.extract_helpers import mentioned_names, party_names


@pytest.mark.parametrize(("body", "parties"), [
    # A chair introduced with honorifics, then attendees of a passive "attended by".
    ("The meeting was chaired by H.E. Mr. Jan Novak, Minister of Foreign Affairs of the "
     "Slovak Republic, and was attended by the Ministers for Foreign Affairs of Hungary, "
     "Poland and Serbia.",
     {"Jan Novak", "Slovakia", "Hungary", "Poland", "Serbia"}),
    # "as well as" joins a list; it is not "as" (a role: "as observers").
    ("Deputy Ministers of Austria and Italy as well as senior representatives of Albania and "
     "Bulgaria also took part in the meeting.",
     {"Austria", "Italy", "Albania", "Bulgaria"}),
    ("Representatives of the European Union and the World Bank were present at the meeting "
     "as observers.", {"European Union", "World Bank"}),
    # People introduced by their country.
    ("The talks were attended by Australia’s Penny Wong, Japan’s Yoko Kamikawa and Antony "
     "Blinken from the US.",
     {"Penny Wong", "Yoko Kamikawa", "Antony Blinken", "Australia", "Japan", "United States"}),
    # A call: the one spoken to took part as well.
    ("Prime Minister Jacinda Ardern spoke to President Macron today about the summit.",
     {"Jacinda Ardern", "Macron"}),
    # A format defined with its acronym meets.
    ("The Ministers of Foreign Affairs of the Visegrad Group (V4) and Japan met in Warsaw.",
     {"Visegrad Group", "Japan"}),
    ("The foreign ministers of the Arctic Cooperation Forum (ACF) held their annual meeting "
     "in Oslo.", {"Arctic Cooperation Forum"}),
])
def test_attendance_names_parties(body: str, parties: set[str]) -> None:
    assert party_names(body) >= parties
    assert "Mr" not in party_names(body)


def test_a_stance_with_a_quoted_word_makes_its_subject_parties() -> None:
    body = ("During a meeting with Secretary of State Antony Blinken in Washington, the top "
            "diplomats of Jordan, Egypt and Qatar expressed “dissatisfaction” with the veto.")
    assert {"Jordan", "Egypt", "Qatar", "Antony Blinken"} <= party_names(body)


def test_a_demonym_inside_inter_or_pan_names_no_country() -> None:
    body = ("The United States and Japan met in Tokyo. They discussed inter-Korean relations "
            "and pan-African trade.")
    names = party_names(body) | mentioned_names(body)
    assert "South Korea" not in names and "North Korea" not in names


def test_a_list_subject_closed_by_a_comma_before_its_verb() -> None:
    body = ("The foreign ministers of Chile, Peru, Bolivia and Ecuador, expressed concern "
            "about the drought, according to a statement from the ministry.")
    assert {"Chile", "Peru", "Bolivia", "Ecuador"} <= party_names(body)


def test_a_reported_third_party_stays_mentioned() -> None:
    body = ("The ministers of Chile and Peru met in Lima. Russia rejected the proposal, "
            "according to officials.")
    assert "Russia" in mentioned_names(body)


@pytest.mark.parametrize(("sentence", "verb"), [
    ("The two sides are willing to strengthen dialogue and cooperation.", "are willing"),
    ("The three ministers shared the recognition that the program poses a threat.",
     "shared the recognition"),
    ("They concurred that the solution will contribute to peace.", "concurred"),
    ("The ministers expressed rejection of any forced displacement.", "expressed rejection"),
    ("The ministers expressed “dissatisfaction” with the veto.", "expressed dissatisfaction"),
])
def test_more_stance_wordings_are_commitments(sentence: str, verb: str) -> None:
    from tests.core.extract_helpers import commitments

    found = commitments("The United States and China met in Beijing. " + sentence)
    assert [v for _, v, _ in found] == [verb]


def test_a_participle_after_a_comma_carries_the_stance_on() -> None:
    from tests.core.extract_helpers import commitments

    found = commitments("The ministers condemned the attacks on civilians, reiterating their "
                        "call for an immediate ceasefire.")
    assert [v for _, v, _ in found] == ["condemned", "reiterating"]
    assert found[1][2].startswith("reiterating their call")
    # After a meeting verb too, when the subject names parties.
    found = commitments("Chinese and US officials held their first round of dialogue in "
                        "Washington, vowing to promote bilateral ties.")
    assert [v for _, v, _ in found] == ["vowing"]
    # A participle that describes commits to nothing.
    assert commitments("The ministers met in Rome, considering the situation.") == []


def test_a_date_between_subject_and_verb() -> None:
    from tests.core.extract_helpers import commitments

    found = commitments("The Quad Foreign Ministers on Monday condemned the attacks.")
    assert [v for _, v, _ in found] == ["condemned"]
    found = commitments("The statement, published after the ministers met on Thursday, "
                        "described organized crime as “a threat to our nations.”")
    assert [v for _, v, _ in found] == ["described"]


def test_meeting_on_a_day_is_meeting() -> None:
    assert party_names("The United States and Japan met on Monday in Tokyo.") == {
        "United States", "Japan"}
    # Talking "about" something is no meeting of the thing talked about.
    assert "Iran" not in party_names("The ministers of Chile and Peru met in Lima. "
                                     "Officials spoke about Iran.")


@pytest.mark.parametrize(("body", "parties"), [
    # A call readout: both ends of the call.
    ("Prime Minister Mark Rutte had a telephone conversation with His Excellency Emmanuel "
     "Macron, President of the French Republic.", {"Mark Rutte", "Emmanuel Macron", "France"}),
    # "Those at the meeting … included …"
    ("Those at Friday’s meeting in Accra on the situation in Mali included the President of "
     "Ghana, John Mahama, President Bassirou Faye of Senegal, and the foreign ministers of "
     "ECOWAS member states.",
     {"Ghana", "John Mahama", "Bassirou Faye", "Senegal",
      "Economic Community of West African States"}),
    # Chairing a meeting by presidency, in two wordings.
    ("We, the ministers of MIKTA countries, met virtually under the Chairmanship of Türkiye.",
     {"MIKTA", "Turkey"}),
    ("Their concerns were set out in a statement after the ministers’ meeting, hosted under "
     "Italy’s presidency on Tuesday.", {"Italy"}),
    # Who briefed the meeting took part in it.
    ("The meeting was briefed by the Foreign Minister of Kenya on the talks.", {"Kenya"}),
    # A subject with an "alongside …" aside.
    ("The foreign ministers of the G7, alongside the European Union High Representative, "
     "have expressed concerns over the crackdown.", {"G7", "European Union"}),
])
def test_more_attendance_wordings(body: str, parties: set[str]) -> None:
    assert party_names(body) >= parties


@pytest.mark.parametrize(("sentence", "verbs"), [
    ("Summit participants also voiced concern over the fighting.", ["voiced concern"]),
    ("The ministers conveyed their best wishes to the new government.", ["conveyed"]),
    ("The ministers extended an invitation to the Secretary-General.", ["extended"]),
    # A topic opener before the subject is not part of it.
    ('Regarding Egypt, African leaders "expressed solidarity with the Egyptian people."',
     ["expressed solidarity"]),
])
def test_voiced_conveyed_extended(sentence: str, verbs: list[str]) -> None:
    from tests.core.extract_helpers import commitments

    found = commitments("The leaders of Kenya and Ghana met in Addis Ababa. " + sentence)
    assert [v for _, v, _ in found] == verbs
    # Voicing or conveying nothing of a stance is no commitment.
    assert commitments("The leaders of Kenya and Ghana met. They conveyed the documents.") == []


@pytest.mark.parametrize(("body", "parties"), [
    # A portfolio listed as a series, and a hyphenated title.
    ("Assistant Secretary for Democracy, Human Rights, and Labor Jane Doe traveled to Hanoi, "
     "leading the U.S. delegation. She was joined by Ambassador-at-Large for International "
     "Religious Freedom John Roe.", {"Jane Doe", "John Roe", "United States"}),
    # Concluding a dialogue is holding it.
    ("The United States and Kenya concluded the Third Bilateral Strategic Dialogue on April "
     "24.", {"United States", "Kenya"}),
])
def test_titles_and_dialogues(body: str, parties: set[str]) -> None:
    names = party_names(body)
    assert names >= parties
    assert "Human Rights" not in names


def test_facilitators_and_rounds_can_be_subjects() -> None:
    from tests.core.extract_helpers import commitments

    found = commitments("The Saudi and U.S. facilitators note with concern that the truce "
                        "failed. The latest round of the Strategic Dialogue confirmed the "
                        "partnership, while underscoring the importance of trade.")
    assert [v for _, v, _ in found] == ["note", "confirmed", "underscoring"]


@pytest.mark.parametrize(("body", "parties"), [
    # Names with particles and honorifics of the Gulf; an inverted attendance list.
    ("The Ministerial Council convened its session on Sunday. The meeting was presided over "
     "by Dr. Abdullatif bin Rashid Al Zayani, Minister of Foreign Affairs of the Kingdom of "
     "Bahrain. Participating in the session were H.H. Prince Faisal bin Farhan Al Saud, "
     "Minister of Foreign Affairs of Saudi Arabia; and Shaikh Jarrah Jaber Al Ahmad Al Sabah, "
     "Minister of Foreign Affairs of Kuwait.",
     {"Abdullatif bin Rashid Al Zayani", "Bahrain", "Faisal bin Farhan Al Saud",
      "Saudi Arabia", "Jarrah Jaber Al Ahmad Al Sabah", "Kuwait"}),
    # Talks between people, one of them named after "counterpart".
    ("The statement followed talks between External Affairs Minister S. Jaishankar and his "
     "Australian counterpart Marise Payne.", {"S. Jaishankar", "Marise Payne", "Australia"}),
    ("The council met with the participation of AU Chairperson Moussa Faki Mahamat and the "
     "President of Uganda.", {"Moussa Faki Mahamat", "Uganda"}),
    # A title's last words are not the start of the name.
    ("The Vietnamese delegation was led by Director General for the International "
     "Organizations Department Pham Hai Anh.", {"Pham Hai Anh"}),
    ("Minister Antonio de Aguiar Patriota of Brazil met his Swedish counterpart in Stockholm.",
     {"Antonio de Aguiar Patriota", "Brazil"}),
])
def test_names_with_particles_and_inverted_lists(body: str, parties: set[str]) -> None:
    names = party_names(body)
    assert names >= parties
    assert "Abdullatif" not in names and "Mr" not in names


def test_a_short_name_of_a_body_named_in_full_is_that_body() -> None:
    from tests.core.extract_helpers import commitments, run

    body = ("The Ministerial Council of the Gulf Cooperation Council (GCC) convened its "
            "session. In the strongest possible terms, the Ministerial Council rejected and "
            "condemned the attacks.")
    analysis = run(body)
    councils = [p for p in analysis.participants if "Council" in p.name]
    assert [p.name for p in councils] == ["Ministerial Council of the Gulf Cooperation Council",
                                          "Gulf Cooperation Council"]
    assert "Ministerial Council" in councils[0].aliases
    # Two verbs sharing one object are one clause (no gold set splits off a bare verb).
    assert [(v, t) for _, v, t in commitments(body)] == [
        ("rejected and condemned",
         "In the strongest possible terms, the Ministerial Council rejected and "
         "condemned the attacks.")]


@pytest.mark.parametrize("body", [
    # An attendance list, one paragraph per line, after a lead-in ending in "were:".
    ("The Excellencies who participated in the Meeting were:\n\n"
     "Bahrain - Foreign Minister H.E. Sheikh Khalid Bin Ahmed Al Khalifa\n\n"
     "Canada - H.E. Deepak Obhrai, Parliamentary Secretary of the Foreign Minister\n\n"
     "China - Deputy Foreign Minister H.E. Wu Dawei\n\n"
     "The meeting discussed the situation in the region."),
    ("Present were:\n\n"
     "For Bahrain: H.E. Khalid Bin Ahmed Al Khalifa, Minister of Foreign Affairs.\n\n"
     "For Canada: H.E. Deepak Obhrai.\n\n"
     "For China: H.E. Wu Dawei.\n\n"
     "The meeting discussed the situation in the region."),
])
def test_an_attendance_list_of_lines_seats_each_line(body: str) -> None:
    parties = party_names(body)
    assert {"Bahrain", "Canada", "China", "Deepak Obhrai", "Wu Dawei"} <= parties


def test_an_attendance_list_ends_at_the_first_line_that_states_something() -> None:
    body = ("Present were:\n\n"
            "For Bahrain: H.E. Khalid Bin Ahmed Al Khalifa.\n\n"
            "The ministers welcomed the decision of Japan to host the next round.\n\n"
            "Oman and Qatar were thanked for their work.")
    parties = party_names(body)
    assert "Bahrain" in parties
    assert "Japan" not in parties
    assert {"Oman", "Qatar"} <= mentioned_names(body)


@pytest.mark.parametrize(("body", "party"), [
    ("The Co-Chairs met in Vienna. They were joined in their meetings by the OSCE Personal "
     "Representative Andrzej Kasprzyk.", "Andrzej Kasprzyk"),
    ("The summit opened in Brazzaville. His Excellency Denis Sassou Nguesso, Incoming "
     "Chairperson and host of the 7th Summit, welcomed the Heads of State to Brazzaville.",
     "Denis Sassou Nguesso"),
    ("The conference opened in Vienna on Monday. Chairwoman of the Vietnamese National "
     "Assembly Nguyen Thi Kim Ngan sent a video message to the event.", "Nguyen Thi Kim Ngan"),
])
def test_joined_by_hosts_and_those_taking_part_from_afar(body: str, party: str) -> None:
    assert party in party_names(body)


def test_a_message_to_someone_else_seats_no_one() -> None:
    lead = "The foreign ministers of Chile and Peru met in Lima on Monday.\n\n"
    assert "Antonio Guterres" in party_names(
        lead + "UN Secretary-General Antonio Guterres sent a video message to the event.")
    assert "Antonio Guterres" not in party_names(
        lead + "Meanwhile, UN Secretary-General Antonio Guterres sent a video message to a "
        "climate rally in Quito.")
