"""Who took part, as wire reports, phone-call readouts and leaders' declarations say it: a
call "on the phone", the appositive after "We,", a welcomed guest, a summit that
"concluded", a ceremony someone led or spoke at, titles in lower case, and an office named
without its holder. Found on the twelfth run of blind sets (holdout20 opened, participants
F1 0.54 at its blind look)."""
from __future__ import annotations

import pytest

from reader.core.gazetteer import default_gazetteer
from reader.core.people import find_people
from tests.core.extract_helpers import mentioned_names, party_names, run


@pytest.mark.parametrize("verb", ["talked on the phone with", "spoke over the telephone with",
                                  "talked with"])
def test_a_call_on_the_phone_is_a_meeting_of_both(verb: str) -> None:
    body = (f"Mr. Bat-Erdene Ganbold, Minister for Foreign Affairs of Mongolia, {verb} "
            "Mr. Li Wenjun, Minister for Foreign Affairs of China, on 3 March 2016.")
    assert {"Bat-Erdene Ganbold", "Li Wenjun", "Mongolia", "China"} <= party_names(body)


def test_talking_on_a_topic_is_still_no_meeting() -> None:
    body = ("The ministers of Peru and Chile met in Lima. The minister talked about the "
            "legacy of President Ana Vale of Brazil.")
    assert "Brazil" not in party_names(body)


def test_the_states_named_after_we_are_the_parties_even_before_an_acronym() -> None:
    body = ("We, the Presidents of the participating states - Republic of Austria, Hungary, "
            "Republic of Slovenia - of the Three Seas Initiative (3SI), have gathered in "
            "Warsaw. We reconfirm our commitment to the Initiative.")
    assert {"Austria", "Hungary", "Slovenia", "Three Seas Initiative"} <= party_names(body)


def test_a_welcomed_participation_at_the_summit_is_attendance() -> None:
    body = ("We, the Presidents of Austria and Hungary, have gathered in Warsaw. We welcome "
            "the high-level participation of the United States of America and the European "
            "Commission at the Summit.")
    assert {"United States", "European Commission"} <= party_names(body)


def test_a_welcomed_participation_in_another_body_is_a_policy() -> None:
    body = ("The ministers of Peru and Chile met in Lima. They welcomed the participation of "
            "Bolivia in the World Health Assembly.")
    assert "Bolivia" not in party_names(body)
    assert "Bolivia" in mentioned_names(body)


@pytest.mark.parametrize("phrase", ["Latin American", "Central American", "Ibero-American",
                                    "South American", "North American"])
def test_a_regions_people_are_no_country(phrase: str) -> None:
    text = f"The {phrase} leaders met."
    assert [m.entity_id for m in default_gazetteer().find(text)] == []


def test_a_countrys_own_people_still_name_it() -> None:
    found = [m.entity_id for m in default_gazetteer().find(
        "The American side and South African troops")]
    assert found == ["country:US", "country:ZA"]


def test_a_summit_that_concluded_took_place() -> None:
    body = "The 20th Ibero-American Summit concluded Saturday with a declaration on debt."
    assert "Ibero-American Summit" in party_names(body)


def test_a_body_that_concluded_an_agreement_did_not_meet() -> None:
    body = ("The ministers of Peru and Chile met in Lima. They noted that the European Union "
            "concluded an agreement with Japan.")
    assert "European Union" not in party_names(body)


def test_who_led_the_ceremony_took_part() -> None:
    body = ("The 20th Ibero-American Summit concluded Saturday. The closing ceremonies were "
            "led by King Felipe VI of Spain.")
    assert {"Felipe VI", "Spain"} <= party_names(body)


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian foreign minister Sergei Lavrov said the talks went well.",
     [("Sergei Lavrov", "foreign minister")]),
    ("The plan, Ibero-American secretary general, Rebeca Grynspan, said, is ready.",
     [("Rebeca Grynspan", "secretary general")]),
    ("Opposition leader Ossufo Momade signed the accord.", [("Ossufo Momade", "leader")]),
    # A weekday after a lower-case title names no one.
    ("The foreign minister Monday said the talks went well.", []),
    # One capitalised word after a title in lower case is too little to call a name.
    ("The president Kennedy era ended.", []),
])
def test_titles_in_lower_case_before_a_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.role) for p in find_people(text)] == expected


def test_who_spoke_at_the_meeting_took_part() -> None:
    body = ("The 20th Ibero-American Summit concluded Saturday. The document will lead to "
            "action, secretary general, Rebeca Grynspan, said at the closing ceremony.")
    assert "Rebeca Grynspan" in party_names(body)


def test_a_spokesman_at_a_press_conference_did_not_take_part() -> None:
    body = ("The ministers of Peru and Chile met in Lima. Foreign Ministry spokesman Zhao "
            "Lin said at a press conference that the talks went well.")
    assert "Zhao Lin" not in party_names(body)


def test_an_office_named_without_its_holder_is_the_named_holder() -> None:
    body = ("The Latvian Foreign Minister, Edgars Rinkēvičs, met with the Minister of Foreign "
            "Affairs of Estonia, Eva-Maria Liimets. The Latvian Foreign Minister noted the "
            "long tradition of cooperation.")
    analysis = run(body)
    people = [e for e in analysis.participants + analysis.mentioned if e.kind == "person"]
    assert sorted(p.name for p in people) == ["Edgars Rinkēvičs", "Eva-Maria Liimets"]
    holder = next(p for p in people if p.name == "Edgars Rinkēvičs")
    assert "Latvian Foreign Minister" in holder.aliases
    assert len(holder.spans) == 2


def test_an_office_two_named_people_hold_stays_an_office() -> None:
    body = ("Foreign Minister Ana Vale of Chile met Foreign Minister Rui Costa of Chile, her "
            "predecessor. The Chilean Foreign Minister noted the long tradition.")
    names = {e.name for e in run(body).participants + run(body).mentioned}
    assert "Chile Foreign Minister" in names
