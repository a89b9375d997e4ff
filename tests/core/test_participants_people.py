"""Parties named through their people, delegation lists and offices (held-out patterns)."""
from __future__ import annotations

import pytest

from tests.core.extract_helpers import mentioned_names, party_names, run


@pytest.mark.parametrize(("body", "parties"), [
    # A party person's country takes part: in the title, as a demonym, after a portfolio.
    ("Foreign Minister of Norway Ingrid Halvorsen and Secretary of Foreign Affairs of the "
     "Republic of Chile Tomás Herrera met in Oslo.",
     {"Norway", "Ingrid Halvorsen", "Chile", "Tomás Herrera"}),
    ("Kenyan Trade Minister Grace Wanjiru spoke today with Secretary Alan Pierce.",
     {"Kenya", "Grace Wanjiru", "Alan Pierce"}),
    ("Peruvian Interior Minister José Martínez Ñique hosted the talks with Senegalese "
     "Defence Minister Awa Ndiaye.",
     {"Peru", "José Martínez Ñique", "Senegal", "Awa Ndiaye"}),
    # Joined, accompanied, headed by.
    ("The two Ministers were joined by Senior Vice-Minister for Economic Affairs Sato Haruki "
     "and Deputy Minister Li Na.", {"Sato Haruki", "Li Na"}),
    ("The Secretary was accompanied by Ambassador Ruth Okafor.", {"Ruth Okafor"}),
    ("The Canadian delegation was headed by Deputy Minister Paul Tremblay of the Department "
     "of Public Safety.", {"Canada", "Paul Tremblay", "Department of Public Safety"}),
    # Who a delegation included.
    ("The Kenyan delegation included officials from the Solicitor General’s Office (SGO), "
     "the National Police Service (NPS) and the Ministry of Interior.",
     {"Kenya", "Solicitor General’s Office", "National Police Service", "Ministry of Interior"}),
    ("The French delegation comprised representatives of the Prime Minister’s Office and the "
     "Agency for the Fight against Trafficking, Smuggling and Fraud (AFTSF).",
     {"France", "Prime Minister’s Office",
      "Agency for the Fight against Trafficking, Smuggling and Fraud"}),
    # A speaker voicing a country's own stance speaks for it.
    ("Secretary Alan Pierce underscored the United States’ appreciation for the host's "
     "efforts and reaffirmed U.S. support for regional stability.",
     {"Alan Pierce", "United States"}),
    ("Foreign Minister Lena Berg expressed Sweden’s strong commitment to the process.",
     {"Lena Berg", "Sweden"}),
])
def test_parties_through_people(body: str, parties: set[str]) -> None:
    assert party_names(body) == parties


@pytest.mark.parametrize(("body", "mentioned"), [
    # Someone else's stance or aid is only mentioned.
    ("Foreign Minister Lena Berg expressed appreciation for Japan’s development assistance.",
     {"Japan"}),
    ("Foreign Minister Lena Berg welcomed Japan’s support for the process.", {"Japan"}),
    # "joined by" outside a meeting: refugees are not parties.
    ("Refugees were joined by their families in Kenya.", {"Kenya"}),
    # A delegation list needs a delegation: "included experts from Brazil" in a report.
    ("The report included experts from Brazil.", {"Brazil"}),
])
def test_only_mentioned(body: str, mentioned: set[str]) -> None:
    assert mentioned <= mentioned_names(body)
    assert not mentioned & party_names(body)


def test_comma_series_of_countries_is_no_organisation() -> None:
    a = run("The Ministry of Foreign Affairs of Kazakhstan, Kyrgyzstan and Tajikistan met.")
    names = {e.name for e in [*a.participants, *a.mentioned]}
    assert {"Kyrgyzstan", "Tajikistan"} <= names
    assert not any("," in n for n in names)


def test_accented_name_keeps_its_title_and_country() -> None:
    a = run("Colombian Defence Minister Andrés Villamizar hosted the talks.")
    person = next(e for e in a.participants if e.kind == "person")
    assert (person.name, person.role, person.represents) == (
        "Andrés Villamizar", "Defence Minister", "Colombia")


@pytest.mark.parametrize("body", [
    "Special Envoy for Afghanistan Thomas Vance met officials in Doha.",
    "Ambassador to Japan Carla Ruiz attended the ceremony in Tokyo.",
])
def test_a_title_topic_or_posting_is_not_whom_a_person_represents(body: str) -> None:
    a = run(body)
    person = next(e for e in a.participants if e.kind == "person")
    assert person.represents is None
    assert not {"Afghanistan", "Japan"} & {e.name for e in a.participants}


def test_talks_between_others_do_not_make_them_parties() -> None:
    body = ("Japan and Canada welcomed progress. India-Pakistan talks resumed in Geneva, and "
            "Secretary Alan Pierce spoke about Iran.")
    names = party_names(body)
    assert {"Japan", "Canada"} <= names
    assert not {"India", "Pakistan", "Iran"} & names


@pytest.mark.parametrize(("body", "venue"), [
    ("The Foreign Ministers of Australia and Canada met on the margins of the ASEAN Regional "
     "Forum in Vientiane.", "ASEAN Regional Forum"),
    ("Japan and Kenya met on the sidelines of the African Union summit.", "African Union"),
])
def test_a_venue_is_not_a_party(body: str, venue: str) -> None:
    assert venue not in party_names(body)
    assert venue in mentioned_names(body)


def test_a_name_written_without_its_middle_name_is_the_same_person() -> None:
    body = ("At the invitation of His Excellency Uhuru Kenyatta, President of the Republic of "
            "Kenya, His Excellency Ismail Omar Guelleh, President of the Republic of Djibouti "
            "made a State Visit to Kenya.\n\nIn this regard President Ismail Guelleh warmly "
            "welcomed President Uhuru Kenyatta’s decision to establish an Embassy in Djibouti.")
    analysis = run(body)
    people = [p for p in analysis.participants + analysis.mentioned if p.kind == "person"]
    assert sorted(p.name for p in people) == ["Ismail Omar Guelleh", "Uhuru Kenyatta"]
    guelleh = next(p for p in people if p.name == "Ismail Omar Guelleh")
    assert "Ismail Guelleh" in guelleh.aliases
    assert [(c.actor, c.verb) for c in analysis.commitments] == [
        ("Ismail Omar Guelleh", "welcomed")]


def test_a_short_name_two_longer_names_fit_is_left_alone() -> None:
    body = ("Ministers Ana Maria Lopez and Ana Sofia Lopez met in Lima.\n\n"
            "Minister Ana Lopez welcomed the agreement.")
    analysis = run(body)
    names = {p.name for p in analysis.participants + analysis.mentioned}
    assert {"Ana Maria Lopez", "Ana Sofia Lopez"} <= names
    assert "Ana Lopez" in names


@pytest.mark.parametrize(("body", "son", "father"), [
    # a full name with a middle name of its own is another person's, not a short form
    ("President George Walker Bush met President Vladimir Putin in Moscow.\n\nPresident "
     "George Walker Bush recalled that his father, former President George Herbert Walker "
     "Bush, had visited Moscow in 1991.", "George Walker Bush", "George Herbert Walker Bush"),
    # titles that disagree: the son and his late father
    ("Prime Minister Ferdinand Marcos met President Joko Widodo in Jakarta.\n\nFormer "
     "President Ferdinand Edralin Marcos, his late father, had visited in 1968.",
     "Ferdinand Marcos", "Ferdinand Edralin Marcos"),
])
def test_a_short_name_is_not_folded_into_a_different_person(body: str, son: str,
                                                            father: str) -> None:
    analysis = run(body)
    people = {p.name: p for p in analysis.participants + analysis.mentioned}
    assert son in {p.name for p in analysis.participants}
    assert son not in people[father].aliases
