"""Where a person's name begins and ends when the text around it is unusual: a title's
abbreviation in brackets, a portfolio's last words, a department, a title after the name,
colleagues named two together, leaders named in brackets after their countries."""
from __future__ import annotations

import pytest

from reader.core.people import find_people
from tests.core.extract_helpers import mentioned_names, party_names, run


def people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in find_people(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # The title's abbreviation stands between the title and the name; it is no part of either.
    ("Japanese Prime Minister (PM) Yoshihide Suga arrived.",
     [("Yoshihide Suga", "Prime Minister")]),
    ("the President of the People's Republic of China (PRC) Xi Jinping on Tuesday",
     [("Xi Jinping", "President of the People's Republic of China")]),
    # A portfolio's last words are the title's, not the name's first.
    ("Minister of Foreign Affairs, Migration and Tunisians Abroad Othman Jerandi spoke.",
     [("Othman Jerandi", "Minister of Foreign Affairs, Migration and Tunisians Abroad")]),
    ("U.S. Special Representative for Afghanistan Reconciliation Zalmay Khalilzad held talks.",
     [("Zalmay Khalilzad", "Special Representative for Afghanistan Reconciliation")]),
    # A department of a closed list, then a surname alone.
    ("They met Secretary of State Albright and Secretary of Defense Cohen.",
     [("Albright", "Secretary of State"), ("Cohen", "Secretary of Defense")]),
    # "and" then the next person's title: two people, not one long title.
    ("They also met with Secretary of Commerce Daley and USTR Ambassador Barshefsky.",
     [("Daley", "Secretary of Commerce"), ("Barshefsky", "Ambassador")]),
    # A surname in capitals may be hyphenated.
    ("Present was H.E. Nana AKUFO-ADDO of Ghana.", [("Nana Akufo-Addo", None)]),
    # A title after the name with no comma is not the name's last word.
    ("H.E. Chief Olusegun OBASANJO President of the Federal Republic of Nigeria.",
     [("Olusegun Obasanjo", "Chief")]),
])
def test_name_boundaries(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


def test_a_department_word_list_is_closed() -> None:
    # "of Commerce" names a department; "of Kenya" does not, so "Ruto" here is no surname
    # after a department but the start of a name the full-name pattern reads.
    assert people("Secretary of Commerce Daley spoke.") == [("Daley", "Secretary of Commerce")]
    assert ("Kenya", "Minister") not in people("Minister of Kenya spoke.")
    assert people("Minister of Kenya spoke.") == []


def test_two_colleagues_named_together() -> None:
    text = ("In talks with his Iranian and Tajik colleagues, Hossein Amirabdollahian and "
            "Sirojiddin Muhriddin, the minister discussed the borders.")
    names = [name for name, _ in people(text)]
    assert names == ["Hossein Amirabdollahian", "Sirojiddin Muhriddin"]
    # One colleague only: the name after "and" is someone else, not a second colleague.
    one = people("He met his Iraqi colleague, Fuad Hussein and Foreign Secretary Tom Reed.")
    assert ("Fuad Hussein", None) in one
    assert [n for n, _ in one].count("Fuad Hussein") == 1


def test_a_cabinet_colleague_is_no_counterpart() -> None:
    assert people("He thanked his cabinet colleague John Reid for the work.") == []


def _all_names(body: str) -> set[str]:
    analysis = run(body)
    return {e.name for e in [*analysis.participants, *analysis.mentioned]}


def test_leaders_named_in_brackets_after_their_countries() -> None:
    body = ("The Presidents of Cyprus (Nikos Anastasiades) and France (François Hollande) and "
            "the Prime Ministers of Greece (Alexis Tsipras) and Italy (Paolo Gentiloni) met.")
    assert {"Nikos Anastasiades", "François Hollande", "Alexis Tsipras",
            "Paolo Gentiloni"} <= _all_names(body)
    # Without leaders named before them, brackets hold other things ("(Rio Grande)").
    assert people("The river (Rio Grande) runs along the border (Ciudad Juarez).") == []


@pytest.mark.parametrize(("body", "not_people"), [
    # After "the Presidents of", brackets and commas after a place that is no country.
    ("The Presidents of Russia and Turkey met in Sochi (Krasnodar Territory) on Monday.",
     {"Krasnodar Territory"}),
    ("The leaders of the G7 traveled to Hokkaido, Northern Japan; and Toyako, Lake Toya.",
     {"Northern Japan", "Lake Toya"}),
])
def test_leaders_lists_need_a_country_before_each_name(body: str, not_people: set[str]) -> None:
    assert not (not_people & _all_names(body))


def test_untitled_name_before_had_a_conversation() -> None:
    body = "Vladimir Putin had a telephone conversation with Chancellor Angela Merkel."
    assert {"Vladimir Putin", "Angela Merkel"} <= party_names(body)
    # "had" alone is no cue: "Costa Rica had rains" names no one.
    assert "Costa Rica Daily" not in party_names("Costa Rica Daily had a big story today.")


def test_the_abbreviated_title_keeps_whom_the_person_represents() -> None:
    analysis = run("Japanese Prime Minister (PM) Yoshihide Suga met President Joko Widodo "
                   "of Indonesia in Bogor.")
    suga = next(p for p in analysis.participants if p.name == "Yoshihide Suga")
    assert suga.role == "Prime Minister"
    assert "Yoshihide Suga" not in mentioned_names("Japanese Prime Minister (PM) Yoshihide "
                                                   "Suga met President Joko Widodo in Bogor.")


@pytest.mark.parametrize(("text", "expected"), [
    # Abbreviated titles of news reports, named in full as the role.
    ("Indonesian FM Retno Marsudi arrived.", [("Retno Marsudi", "Foreign Minister")]),
    ("PM Modi met EAM Jaishankar.",
     [("Modi", "Prime Minister"), ("Jaishankar", "External Affairs Minister")]),
    ("Taoiseach Simon Harris spoke.", [("Simon Harris", "Taoiseach")]),
    # Honorifics of Malaysian, Bangladeshi and West African usage are no part of the name.
    ("his counterpart Datuk Seri Anwar Ibrahim agreed", [("Anwar Ibrahim", None)]),
    ("the Minister of Foreign Affairs of Malaysia, H.E. Dato’ Sri Anifah Aman; and others",
     [("Anifah Aman", "Minister of Foreign Affairs of Malaysia")]),
    ("It was chaired by Md. Qamrul Islam.", [("Qamrul Islam", None)]),
    ("the President of Ghana, H. E. Nana Addo Dankwa Akufo Addo, in accordance",
     [("Nana Addo Dankwa Akufo Addo", "President of Ghana")]),
    # A rank before the name is no office.
    ("Saudi Foreign Minister Prince Saud Al-Faisal spoke.",
     [("Saud Al-Faisal", "Foreign Minister")]),
])
def test_honorifics_and_abbreviated_titles(text: str,
                                            expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


def test_pm_after_a_clock_time_is_no_title() -> None:
    assert people("The talks began at 3 PM Tokyo time.") == []


def test_a_royal_rank_is_an_alias_with_the_name() -> None:
    analysis = run("Saudi Foreign Minister Prince Saud Al-Faisal met Secretary of State "
                   "Albright in Washington.")
    saud = next(p for p in analysis.participants if p.name == "Saud Al-Faisal")
    assert "Prince Saud Al-Faisal" in saud.aliases


@pytest.mark.parametrize(("body", "holder", "office"), [
    # "Polish PM Mateusz Morawiecki" is "the Polish Prime Minister" later on.
    ("Polish PM Mateusz Morawiecki met his Portuguese counterpart António Costa in Warsaw."
     "\n\n“Unity matters,” the Polish Prime Minister said.",
     "Mateusz Morawiecki", "Prime Minister"),
    # "the President of the Republic of Ghana, H. E. …" is "the Ghanaian President" later.
    ("President Obiang Nguema Mbasogo received the President of the Republic of Ghana, H. E. "
     "Nana Addo Dankwa Akufo Addo, in Malabo.\n\nThe Ghanaian President thanked his host.",
     "Nana Addo Dankwa Akufo Addo", "President"),
    # A title with two "of"s: only the last names the country.
    ("The Minister of Foreign Affairs of Ghana, Shirley Ayorkor Botchwey, met her Togolese "
     "counterpart in Accra.\n\nThe Ghanaian Foreign Minister said the talks were fruitful.",
     "Shirley Ayorkor Botchwey", "Foreign Minister"),
])
def test_an_office_named_later_folds_into_its_holder(body: str, holder: str,
                                                     office: str) -> None:
    names = {p.name for p in run(body).participants}
    assert holder in names
    assert not any(name != holder and name.endswith(office) for name in names)


def test_a_generational_suffix_is_an_alias() -> None:
    analysis = run("President Joseph R. Biden, Jr. met Prime Minister Justin Trudeau of Canada.")
    biden = next(p for p in analysis.participants if p.name == "Joseph R. Biden")
    assert "Joseph R. Biden, Jr." in biden.aliases


def test_a_place_s_sheikh_is_no_honorific() -> None:
    assert people("They adopted the Sharm el-Sheikh Action Plan on Monday.") == []
    # The Malaysian honorifics opening with T are read too.
    assert people("It was chaired by Tan Sri Muhyiddin Yassin.") == [("Muhyiddin Yassin", None)]


@pytest.mark.parametrize(("text", "expected"), [
    # Two initials run together after a title (South Asian usage).
    ("Foreign Minister AH Mahmood Ali remained optimistic.",
     [("AH Mahmood Ali", "Foreign Minister")]),
    # Fijian chiefly titles are honorifics.
    ("the Minister for Foreign Affairs of Fiji, Ratu Inoke Kubuabola; and others",
     [("Inoke Kubuabola", "Minister for Foreign Affairs of Fiji")]),
])
def test_initials_and_chiefly_titles(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


def test_leaders_named_after_their_countries_and_a_comma() -> None:
    body = ("It was also headed by the presidents of Chile, Sebastián Piñera; Colombia, Iván "
            "Duque; and Peru, Martín Vizcarra.")
    assert {"Sebastián Piñera", "Iván Duque", "Martín Vizcarra"} <= _all_names(body)
    # A place and its country, with no leaders before them, names no one.
    assert people("The talks were held in the city of Lima, Peru and Ecuador.") == []


@pytest.mark.parametrize(("text", "expected"), [
    # A knight has a given name too: "Sir Creek" is a place.
    ("Talks will continue on the Wullar Barrage and Sir Creek.", []),
    ("Sir Keir Starmer met them.", [("Keir Starmer", None)]),
    # An ambassador's abbreviated rank in a list of honorifics.
    ("and Dr. Amb. Monica Juma, Principal Secretary of the Ministry, attended",
     [("Monica Juma", "Principal Secretary of the Ministry")]),
    # A plural title then a group, not a name.
    ("the Foreign Ministers of the Neighboring Countries of Iraq met", []),
])
def test_knights_ranks_and_groups(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected
