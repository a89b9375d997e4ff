"""Names after a state's full official name, religious and military honorifics, a monarch's
numeral with his father's name, the G8, and bodies whose names hold "and", a dash between
two countries, a holder's title or "Force"."""
from __future__ import annotations

import pytest

from reader.core.gazetteer import default_gazetteer
from reader.core.people import find_organizations, find_people
from tests.core.extract_helpers import party_names


@pytest.mark.parametrize(("text", "name", "role"), [
    ("the Minister of Foreign Affairs of the Russian Federation Sergey Lavrov met him.",
     "Sergey Lavrov", "Minister of Foreign Affairs of the Russian Federation"),
    ("He met the Leader of the Islamic Revolution Grand Ayatollah Seyyed Ali Khamenei.",
     "Ali Khamenei", "Leader of the Islamic Revolution"),
    ("We, Abdullah II ibn Al Hussein, King of the Hashemite Kingdom of Jordan, met.",
     "Abdullah II ibn Al Hussein", "King of the Hashemite Kingdom of Jordan"),
    ("He called on the Prime Minister of the Republic of Sudan, Lt. Gen. Bakri Hassan Salih "
     "Khairi and handed over a message.", "Bakri Hassan Salih Khairi",
     "Prime Minister of the Republic of Sudan"),
    # "Gen" without a stop is a name word: Japan's defence minister Nakatani Gen.
    ("Japanese Minister of Defense Nakatani Gen, and United States Secretary of Defense Lloyd "
     "Austin III convened the meeting.", "Nakatani Gen", "Minister of Defense"),
])
def test_names_after_states_honorifics_and_numerals(text: str, name: str, role: str) -> None:
    assert (name, role) in [(p.name, p.role) for p in find_people(text)]


def test_the_group_of_eight() -> None:
    assert "G8" in party_names("We, the Leaders of the Group of Eight, met in Deauville on 26 "
                               "and 27 May 2011.")
    # "Eight" alone names no group.
    assert not default_gazetteer().find("The Forty-Eight Meeting of the Council met.")


@pytest.mark.parametrize(("text", "names"), [
    ("The Security and Defense Working Group met on July 20.",
     ["Security and Defense Working Group"]),
    # two bodies joined by "and" stay two
    ("Officials of the State Department and Department of Justice attended.",
     ["State Department", "Department of Justice"]),
    ("officials from the National Intelligence Agency, Borno State Government and Civil "
     "Society Organization", ["National Intelligence Agency", "Civil Society Organization"]),
    ("officials from the Office of the National Security Adviser, Ministry of Defence, "
     "Nigerian Police Force", ["Office of the National Security Adviser", "Ministry of Defence",
                               "Nigerian Police Force"]),
    # a name word with stops ends the body before its "of"
    ("The Working Group of the U.S.–Georgia Strategic Partnership Commission met.",
     ["Georgia Strategic Partnership Commission"]),
])
def test_body_names(text: str, names: list[str]) -> None:
    found = [o.name for o in find_organizations(text)]
    assert found == names


def test_a_dash_joins_two_countries_to_their_commission() -> None:
    from tests.core.extract_helpers import run

    analysis = run("The Security and Defense Working Group of the U.S.–Georgia Strategic "
                   "Partnership Commission met on July 20, 2016, in Washington, DC.")
    names = {p.name for p in analysis.participants} | {p.name for p in analysis.mentioned}
    assert "U.S.–Georgia Strategic Partnership Commission" in names
