"""Forms read from holdout93-96 (written blind, scored once, then opened): attendance lists
after a colon or a dash, a body's summit or meeting in more wordings, groups of officials
issuing a statement, witnesses, and meetings built on."""
from __future__ import annotations

import pytest

from tests.core.extract_helpers import mentioned_names, party_names, run


def test_a_list_after_attended_by_and_a_colon() -> None:
    text = ("The Extra-Ordinary Summit was attended by: Angola : H.E. Mr. Ana Gil, President "
            "Botswana : H.E. Mr. Luis Soto, President Malawi : H.E. Dr. Pedro Ruiz, President")
    assert {"Angola", "Botswana", "Malawi", "Ana Gil", "Luis Soto", "Pedro Ruiz"} <= \
        party_names(text)


def test_names_after_a_dash_that_follows_presidents_of_countries() -> None:
    text = ("A declaration was signed at a meeting of Presidents of Azerbaijan, Armenia and "
            "Russia – Ilham Aliyev, Serge Sargsyan and Dmitry Medvedev, in Moscow.")
    people = {e.name for e in run(text).participants if e.kind == "person"}
    assert {"Ilham Aliyev", "Serge Sargsyan", "Dmitry Medvedev"} <= people


def test_participants_invited_to_the_meeting_were() -> None:
    text = ("In addition to Lebanon, participants invited to the meeting were China, France "
            "and the League of Arab States.")
    assert {"China", "France", "Arab League"} <= party_names(text)


@pytest.mark.parametrize("text, body", [
    ("The 29th Arab League summit concluded on Sunday with a call for unity.", "Arab League"),
    ("The Extra-Ordinary Summit of Heads of State and Government of the Southern African "
     "Development Community (SADC), was held in Windhoek.",
     "Southern African Development Community"),
    ("The Joint Communiqué of the Third Summit of the Andean Trade Organization, issued in "
     "Quito, follows.", "Andean Trade Organization"),
    ("The Ninth Mekong Ganga Cooperation Ministerial Meeting (9th MGC MM) was held in "
     "Singapore.", "Mekong-Ganga Cooperation"),
    ("A ministerial-level meeting of the International Support Group for Lebanon was chaired "
     "by the Secretary-General.", "International Support Group for Lebanon"),
])
def test_a_bodys_own_summit_or_meeting(text: str, body: str) -> None:
    assert body in party_names(text)


@pytest.mark.parametrize("body, seated", [("Andean Support Group", True),
                                          ("Chile-Peru Joint Commission", False)])
def test_a_mechanisms_meeting_seats_no_body(body: str, seated: bool) -> None:
    text = (f"The ministers of Chile and Peru met in Lima. A meeting of the {body} was chaired "
            "by the two ministers.")
    assert (body in party_names(text)) is seated


def test_a_group_of_ministers_issuing_a_statement() -> None:
    text = ("The Foreign Ministers from Denmark, Finland and Norway issued the following "
            "statement on embassy co-operation.")
    assert {"Denmark", "Finland", "Norway"} <= party_names(text)


def test_a_ministry_issuing_a_statement_seats_nothing_by_that() -> None:
    text = "The Ministry of Foreign Affairs of Chile issued the following statement on trade."
    assert "Ministry of Foreign Affairs of Chile" not in party_names(text)


def test_who_witnessed_the_meeting_was_there() -> None:
    text = ("Presidents Ana Gil of Chile and Luis Soto of Peru met in Luanda, in a meeting "
            "also witnessed by Angolan leader Pedro Ruiz.")
    assert "Pedro Ruiz" in party_names(text)


def test_a_meeting_built_on_seats_no_one() -> None:
    text = ("Chile and Peru held their dialogue in Lima. Building on the June 2023 meeting "
            "between Presidents Ana Gil and Luis Soto, the delegations affirmed their ties.")
    assert {"Ana Gil", "Luis Soto"} <= mentioned_names(text)


def test_a_sides_government_delegation() -> None:
    assert "Yemen" in party_names(
        "KUWAIT CITY - Yemen's government delegation was due in Kuwait for the talks.")


def test_an_honorific_opens_an_item_of_a_semicolon_list() -> None:
    text = ("The Meeting was attended by H.E. Mr. Ana Gil, Minister of Foreign Affairs of "
            "Cambodia; H.E. U Kyaw Tin, Union Minister for International Cooperation, "
            "Republic of the Union of Myanmar, and H.E. Mr. Luis Soto, Minister of Foreign "
            "Affairs, the Socialist Republic of Viet Nam.")
    assert {"Myanmar", "Vietnam", "Kyaw Tin"} <= party_names(text)


def test_asked_opening_a_sentence_is_no_stance() -> None:
    from tests.core.extract_helpers import commitments

    text = ("The foreign ministers met in Prague. Asked whether their countries were supplying "
            "arms, Foreign Minister Ana Gil of Chile said that Chile sent only aid.")
    assert not [c for c in commitments(text) if c[1] == "asked"]
