"""Who is at the table when a declaration speaks in the present, an opening "Led by …"
names the heads of delegation, a speaker addresses the summit, a subject includes its
members, or a bloc is described; and adjectives that name a community, not a country."""
from __future__ import annotations

from reader.core.gazetteer import default_gazetteer
from reader.core.people import find_organizations, find_people
from tests.core.extract_helpers import mentioned_names, party_names


def test_a_declaration_issued_in_the_present_tense() -> None:
    body = ("The foreign ministers of the Republic of Kazakhstan, the Kyrgyz Republic, the "
            "Republic of Tajikistan, the Republic of Turkmenistan, and the Republic of "
            "Uzbekistan and the Secretary of State of the United States of America issue this "
            "Joint Declaration of Partnership and Cooperation.")
    assert {"Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan",
            "United States"} <= party_names(body)


def test_issue_as_a_noun_is_no_meeting_verb() -> None:
    from reader.core.participation import _MEETING

    assert [m.group() for m in _MEETING.finditer(
        "Kazakhstan and Uzbekistan issue this Joint Declaration.")] == [
        "issue this Joint Declaration"]
    for text in ("They raised the issue the Declaration of Principles left open.",
                 "It is an issue the Declaration of Doha settled."):
        assert not list(_MEETING.finditer(text))


def test_an_opening_led_by_names_the_heads_of_delegation() -> None:
    body = ("The 15th meeting of the Counterterrorism Joint Working Group was held in New Delhi "
            "on March 27, 2018. Led by Ministry of External Affairs Joint Secretary Shri "
            "Mahaveer Singhvi and the State Department’s Principal Deputy Coordinator for "
            "Counterterrorism, Alina L. Romanowski, the Indian and the U.S. delegations "
            "achieved important progress.")
    assert {"Mahaveer Singhvi", "Alina L. Romanowski"} <= party_names(body)
    # Without a meeting or its sides after the list, "Led by" leads something else.
    other = ("The summit was held in Paris. Led by President Cyril Ramaphosa, South Africa "
             "has become a leading voice on climate.")
    assert "Cyril Ramaphosa" not in party_names(other)


def test_a_title_word_after_a_body_is_no_part_of_its_name() -> None:
    names = [o.name for o in find_organizations(
        "Led by Ministry of External Affairs Joint Secretary Shri Mahaveer Singhvi.")]
    assert names == ["Ministry of External Affairs"]


def test_a_speaker_addressing_the_summit_took_part() -> None:
    for opening in ("In his address to the summit,", "At the summit,"):
        body = (f"Leaders of the SCO met in Bishkek. {opening} Russian President Vladimir "
                "Putin said that his country will pay attention to security.")
        assert {"Vladimir Putin", "Russia"} <= party_names(body)


def test_those_the_subject_includes_act_with_it() -> None:
    body = ("Leaders of the SCO met in Bishkek. Four heads of SCO observer states, including "
            "Iranian President Hassan Rouhani, also participated in the summit.")
    assert {"Hassan Rouhani", "Iran"} <= party_names(body)
    # "including" before a topic still makes it a topic.
    topic = "The ministers met in Bishkek and discussed issues including Syria, and trade."
    assert "Syria" not in party_names(topic)


def test_a_described_bloc_is_the_subject() -> None:
    body = ("Leaders of Latin America's Mercosur trading bloc vowed to pursue the goal of "
            "establishing a common market.")
    assert "Mercosur" in party_names(body)


def test_adjectives_of_a_community_name_no_country() -> None:
    gaz = default_gazetteer()

    def countries(text: str) -> list[str]:
        return [m.entity_id for m in gaz.find(text)]

    # ("Cypriot" itself names Cyprus, where these communities live.)
    assert countries("Greek and Turkish Cypriot leaders agreed to resume talks.") == [
        "country:CY"]
    assert countries("Greek Cypriot leader Nicos Anastasiades") == ["country:CY"]
    assert "country:BA" not in countries("Bosnian Serb leader Milorad Dodik")
    assert "country:RS" not in countries("Bosnian Serb leader Milorad Dodik")
    # The adjectives alone still name their countries.
    assert len(countries("Greek Prime Minister Kyriakos Mitsotakis met Turkish officials.")) == 2
    body = ("Greek and Turkish Cypriot leaders agreed on Sunday to return to the negotiating "
            "table.")
    assert not {"Greece", "Turkey"} & (party_names(body) | mentioned_names(body))


def test_professional_titles_before_a_name() -> None:
    people = find_people("his Nigerian counterpart, H. E. Arch. Mohammed Namadi Sambo, GCON "
                         "met in Brasilia; and Minister Assisting the Prime Minister on "
                         "Counter-Terrorism, the Hon Michael Keenan MP.")
    names = {p.name for p in people}
    assert "Mohammed Namadi Sambo" in names
    assert not any(name.startswith(("Arch", "Assisting")) for name in names)
