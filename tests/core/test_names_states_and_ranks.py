"""Names after a state's full official name, religious and military honorifics, a monarch's
numeral with his father's name, the G8, and bodies named after a holder's title or a
police or task force; and what a review of these rules found (its snippets)."""
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


@pytest.mark.parametrize(("body", "names"), [
    # "and" between two names joins no body
    ("The United States and European Union agreed to coordinate sanctions.",
     {"United States", "European Union"}),
    ("Japan and World Health Organization officials met in Geneva.",
     {"Japan", "World Health Organization"}),
    # an unspaced dash after a dateline joins nothing
    ("KUWAIT—Kuwait Fund for Arab Economic Development signed a loan agreement with Egypt.",
     {"Kuwait"}),
])
def test_names_side_by_side_stay_apart(body: str, names: set[str]) -> None:
    from tests.core.extract_helpers import run

    analysis = run(body)
    found = {p.name for p in analysis.participants} | {p.name for p in analysis.mentioned}
    assert names <= found


@pytest.mark.parametrize(("text", "name"), [
    ("NATO Assistant Secretary General Camille Grand met the delegation.", "Camille Grand"),
    ("Lebanese General Security chief Major General Jamil Sayyed attended.", "Jamil Sayyed"),
])
def test_surnames_that_are_also_honorifics(text: str, name: str) -> None:
    assert name in [p.name for p in find_people(text)]


@pytest.mark.parametrize("text", [
    "The embassy is at Calle Río Lerma 71, Col. Cuauhtémoc, Mexico City.",
    "The treaty on Intermediate-Range Nuclear Forces was signed in 1987.",
])
def test_no_person_or_body_here(text: str) -> None:
    assert not find_people(text)
    assert not [o for o in find_organizations(text) if "Forces" in o.name]
