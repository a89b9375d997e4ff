"""Dates found in statements and what they date."""
from __future__ import annotations

import pytest

from reader.core.dates import find_dates
from tests.core.extract_helpers import run


@pytest.mark.parametrize(("text", "iso", "end", "role"), [
    ("said in a joint statement released on August 11, 2023.", "2023-08-11", None, "released"),
    ("The envoys met in Rome on 22 July 2021 to discuss the situation.", "2021-07-22", None,
     "meeting"),
    ("held in Tashkent, Uzbekistan July 15-16, 2021.", "2021-07-15", "2021-07-16", "meeting"),
    ("hosted the third meeting in New Delhi, India on 7-8 July, 2022.", "2022-07-07",
     "2022-07-08", "meeting"),
    ("The statement is dated 2024-03-01.", "2024-03-01", None, "released"),
    ("The deadline is Sept. 30, 2024.", "2024-09-30", None, "other"),
])
def test_dates_and_roles(text: str, iso: str, end: str | None, role: str) -> None:
    (d,) = find_dates(text)
    assert (d.date, d.end_date, d.role) == (iso, end, role)
    assert text[d.start:d.end] == d.text


def test_year_is_inferred_from_the_nearest_full_date() -> None:
    text = ("The statement was released on August 11, 2023.\n\nThe officials holding the "
            "session in Astana on July 27.")
    released, meeting = find_dates(text)
    assert (released.date, released.role, released.year_inferred) == ("2023-08-11", "released",
                                                                      False)
    assert (meeting.date, meeting.role, meeting.year_inferred) == ("2023-07-27", "meeting", True)


def test_year_from_the_article_when_the_text_has_none() -> None:
    (d,) = find_dates("The ministers met on March 3.", default_year=2024)
    assert d.date == "2024-03-03"
    assert find_dates("The ministers met on March 3.") == []


@pytest.mark.parametrize("text", ["on February 30, 2023", "May we meet", "in 2023", "July 45"])
def test_non_dates_are_ignored(text: str) -> None:
    assert find_dates(text, default_year=2023) == []


def test_article_date_falls_back_to_the_release_date_in_the_text() -> None:
    a = run("The statement was released on August 11, 2023. The officials met on July 27.")
    data = a.to_json()
    assert data["article"]["date"] == "2023-08-11"
    assert [(d["date"], d["role"]) for d in data["dates"]] == [("2023-08-11", "released"),
                                                              ("2023-07-27", "meeting")]


def test_metadata_date_wins_over_the_text() -> None:
    a = run("The statement was released on August 11, 2023.", date="2023-08-12")
    assert a.to_json()["article"]["date"] == "2023-08-12"
