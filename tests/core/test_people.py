"""People with titles and whom they represent; organisations found by their shape."""
from __future__ import annotations

import pytest

from reader.core.people import find_organizations, find_people
from tests.core.extract_helpers import run


def people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in find_people(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("U.S. Special Representative for Afghanistan Thomas West met them.",
     [("Thomas West", "Special Representative for Afghanistan")]),
    ("Secretary of State Antony J. Blinken spoke.", [("Antony J. Blinken", "Secretary of State")]),
    ("Under Secretary for Economic Growth Jose W. Fernandez spoke.",
     [("Jose W. Fernandez", "Under Secretary for Economic Growth")]),
    ("Mr. Satya Narayan Pradhan, Director General, NCB led it.",
     [("Satya Narayan Pradhan", "Director General")]),
    ("Kassym-Jomart Tokayev, President of Kazakhstan, said so.",
     [("Kassym-Jomart Tokayev", "President of Kazakhstan")]),
    ("President Biden and Prime Minister Modi agreed.",
     [("Biden", "President"), ("Modi", "Prime Minister")]),
    ("Secretary Blinken’s visit ended.", [("Blinken", "Secretary")]),
    ("Ms. Jane Doe arrived.", [("Jane Doe", None)]),
])
def test_people_with_titles(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text", [
    "The General Assembly met.",
    "According to the Special Session on Afghanistan, nothing.",
    "The Foreign Minister of India spoke.",
    "the UN Secretary General to convene stakeholders",
])
def test_titles_without_names_are_not_named_people(text: str) -> None:
    assert people(text) == []


def test_name_inside_anothers_title_is_part_of_the_title() -> None:
    text = ("Mr. Kemp Chester, Senior Advisor to the Director of National Drug Control Policy "
            "at the White House led the U.S. delegation.")
    assert people(text) == [("Kemp Chester", "Senior Advisor to the Director of National Drug "
                                              "Control Policy at the White House")]


def test_whom_a_person_represents() -> None:
    a = run("U.S. Special Representative for Afghanistan Thomas West met Kazakh officials.")
    west = next(p for p in a.participants if p.name == "Thomas West")
    assert west.represents == "United States"
    assert west.role == "Special Representative for Afghanistan"
    b = run("Mr. Kemp Chester, Senior Advisor at the White House led the U.S. delegation.")
    chester = next(p for p in b.participants if p.name == "Kemp Chester")
    assert chester.represents == "United States"


def test_surname_after_a_title_is_the_same_person() -> None:
    a = run("Secretary of State Antony J. Blinken met Foreign Minister Yoko Kamikawa in Tokyo. "
            "Secretary Blinken thanked the hosts.")
    blinken = next(p for p in a.participants if p.name == "Antony J. Blinken")
    assert len(blinken.spans) == 2


def test_office_named_without_a_person() -> None:
    a = run("The participants welcomed the efforts of the UN Secretary General to convene "
            "stakeholders.")
    office = next(p for p in a.mentioned if p.name == "UN Secretary General")
    assert office.kind == "person"
    assert office.represents == "United Nations"


@pytest.mark.parametrize(("text", "name", "acronym"), [
    ("The Narcotics Control Bureau, India (NCB) hosted it.", "Narcotics Control Bureau", "NCB"),
    ("the India-U.S. Counternarcotics Working Group (CNWG) met",
     "India-U.S. Counternarcotics Working Group", "CNWG"),
    ("The Ministry of Foreign Affairs of Uzbekistan said.",
     "Ministry of Foreign Affairs of Uzbekistan", None),
    ("officials from the Department of Justice. Representatives came.", "Department of Justice",
     None),
])
def test_organisations_by_shape(text: str, name: str, acronym: str | None) -> None:
    orgs = find_organizations(text)
    assert [(o.name, o.acronym) for o in orgs] == [(name, acronym)]


def test_country_owning_a_ministry_is_named_too() -> None:
    a = run("The Ministry of Foreign Affairs of the Republic of Uzbekistan hosted the talks.")
    assert {"Ministry of Foreign Affairs of the Republic of Uzbekistan", "Uzbekistan"} <= {
        p.name for p in a.participants}


def test_acronym_with_wrong_initials_is_not_taken() -> None:
    (org,) = find_organizations("The Narcotics Control Bureau, India (XYZ) met.")
    assert org.acronym is None


def test_defined_acronym_counts_as_a_mention() -> None:
    a = run("The Narcotics Control Bureau, India (NCB) hosted the meeting. The NCB also spoke.")
    ncb = next(p for p in a.participants if p.name == "Narcotics Control Bureau")
    assert "NCB" in ncb.aliases
    assert len(ncb.spans) == 3  # the name, the acronym where defined, and its later use


def test_agency_prefixed_titles_in_a_list_of_leads() -> None:
    text = ("White House Office of National Drug Control Policy Assistant Director Kemp Chester, "
            "Department of State Deputy Assistant Secretary for International Narcotics and Law "
            "Enforcement Affairs Jorgan Andrews, and Department of Justice Deputy Assistant "
            "Attorney General Jennifer Hodge jointly led the U.S. delegation.")
    assert people(text) == [
        ("Kemp Chester", "Assistant Director"),
        ("Jorgan Andrews",
         "Deputy Assistant Secretary for International Narcotics and Law Enforcement Affairs"),
        ("Jennifer Hodge", "Deputy Assistant Attorney General"),
    ]
    assert [o.name for o in find_organizations(text)] == [
        "White House Office of National Drug Control Policy", "Department of State",
        "Department of Justice"]
    a = run(text)
    hodge = next(p for p in a.participants if p.name == "Jennifer Hodge")
    assert hodge.represents == "U.S. Department of Justice"
    chester = next(p for p in a.participants if p.name == "Kemp Chester")
    assert chester.represents == "White House Office of National Drug Control Policy"


def test_sentence_start_inside_an_organisation_match() -> None:
    orgs = find_organizations("It met in Washington, D.C. The Office of National Drug Control "
                              "Policy’s director opened it.")
    assert [o.name for o in orgs] == ["Office of National Drug Control Policy"]


@pytest.mark.parametrize(("text", "expected"), [
    ("At a meeting with Kazakhstan’s First Deputy Minister of Foreign Affairs, Kayrat Umarov, "
     "the envoy spoke.", [("Kayrat Umarov", "First Deputy Minister of Foreign Affairs")]),
    ("In a meeting with Japan’s special envoy for Afghanistan, Kansuke Nagaoka, he spoke.",
     [("Kansuke Nagaoka", "special envoy for Afghanistan")]),
    ("Special US Representative for Afghanistan Thomas West visited Astana.",
     [("Thomas West", "Special US Representative for Afghanistan")]),
])
def test_news_report_titles(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


def test_news_report_people_and_whom_they_represent() -> None:
    a = run("At a meeting with Kazakhstan’s First Deputy Minister of Foreign Affairs, Kayrat "
            "Umarov, the U.S. envoy appreciated Kazakhstan’s efforts. Ambassador at Large of "
            "the Ministry of Foreign Affairs of Kazakhstan Talgat Kaliev spoke.")
    umarov = next(p for p in a.participants if p.name == "Kayrat Umarov")
    assert umarov.represents == "Kazakhstan"
    names = {p.name for p in a.participants + a.mentioned}
    assert "Ministry of Foreign Affairs of Kazakhstan" in names
    assert "Talgat Kaliev" in names


@pytest.mark.parametrize(("text", "name", "acronym"), [
    # Words before the body the acronym names are not part of its name.
    ("The Heads of State and Government of the International Conference on the Great Lakes "
     "Region (ICGLR), meeting in Brazzaville, agreed.",
     "International Conference on the Great Lakes Region", "ICGLR"),
    ("Representatives of the National Democratic Front of the Philippines (NDFP) met.",
     "National Democratic Front of the Philippines", "NDFP"),
    # Each part of a hyphenated word has its initial, and one more letter may come from it.
    ("The ministers of the Asia-Europe Meeting (ASEM) met.", "Asia-Europe Meeting", "ASEM"),
    ("They launched a High-Level Dialogue (HLD) in Buenos Aires.", "High-Level Dialogue", "HLD"),
])
def test_bodies_defined_by_their_acronym(text: str, name: str, acronym: str) -> None:
    assert (name, acronym) in [(o.name, o.acronym) for o in find_organizations(text)]


def test_a_plan_of_action_is_a_document_and_a_loose_fit_needs_the_initials() -> None:
    assert find_organizations("They backed the Joint Comprehensive Plan of Action (JCPOA).") == []
    # The looser fit still wants every initial: "Free Aceh Movement (GAM)" is another tongue's.
    assert find_organizations("The rebels of the Free Aceh Movement (GAM) fought.") == []


def test_a_body_ends_before_a_country_name_that_runs_past_it() -> None:
    analysis = run("H.E. Zhu Rongji, Premier of the State Council of the People's Republic of "
                   "China, attended the summit in Manila.")
    names = {e.name for e in [*analysis.participants, *analysis.mentioned]}
    assert "State Council of the People" not in names
    assert "China" in names
