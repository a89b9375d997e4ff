"""The string checks that replaced three regular expressions on the way to the first paint:
theme ids and colours in a codebook, and an article's ISO date."""
from __future__ import annotations

import pytest

from reader.core.article import article_from_text, is_iso_date
from reader.core.codebook import codebook_from_dict, default_codebook, is_hex_colour
from reader.core.errors import CodebookError


@pytest.mark.parametrize("value", ["#1f77b4", "#1F77B4", "#000000", "#aBcDeF"])
def test_hex_colours_accepted(value):
    assert is_hex_colour(value)


@pytest.mark.parametrize("value", ["#1f77b", "#1f77b44", "1f77b4a", "#1f77bg", "#1f77b4\n",
                                   " #1f77b4", "#１f77b4", "", "#"])
def test_other_colours_refused(value):
    assert not is_hex_colour(value)


def _with_id(theme_id: str) -> dict:
    data = default_codebook().to_dict()
    data["themes"][0]["id"] = theme_id
    return data


@pytest.mark.parametrize("theme_id", ["a", "zeta", "human-rights_2", "a" * 40])
def test_theme_ids_accepted(theme_id):
    assert codebook_from_dict(_with_id(theme_id)).themes[0].id == theme_id


@pytest.mark.parametrize("theme_id", ["a" * 41, "9lives", "-rights", "_rights", "Rights",
                                      "human rights", "droits-é", "élan", "rights!"])
def test_theme_ids_refused(theme_id):
    with pytest.raises(CodebookError, match="id must be lowercase"):
        codebook_from_dict(_with_id(theme_id))


@pytest.mark.parametrize("value", ["2023-08-11", "1999-12-31", "0001-01-01"])
def test_iso_dates_accepted(value):
    assert is_iso_date(value)
    assert article_from_text("Body.", "T", meta={"date": value}).date == value


@pytest.mark.parametrize("value", ["2023-8-11", "2023/08/11", "2023-08/11", "2023/08-11",
                                   "2023-08-110", "11-08-2023", "2023-08-11 ", "2023-08-1x",
                                   "２０２３-08-11", "2023-08-11\n", "August 11"])
def test_other_dates_stay_in_meta_only(value):
    assert not is_iso_date(value)
    article = article_from_text("Body.", "T", meta={"date": value})
    assert article.date is None
    assert article.meta["date"] == value
