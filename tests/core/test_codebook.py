"""The shipped codebook and validation of user codebooks."""
from __future__ import annotations

import json

import pytest

from reader.core.codebook import codebook_from_dict, default_codebook, load_codebook
from reader.core.colors import (
    DARK_PAGE,
    DARK_TEXT,
    LIGHT_PAGE,
    LIGHT_TEXT,
    contrast_ratio,
    readable_tint,
)
from reader.core.errors import CodebookError

THEME_IDS = ["security", "narcotics", "humanitarian", "rights", "governance", "economy",
             "cooperation"]


def test_default_codebook_has_the_seven_themes_in_order():
    cb = default_codebook()
    assert cb.ids == THEME_IDS
    for theme in cb.themes:
        assert theme.name and theme.description and theme.terms
        assert theme.color.startswith("#") and theme.color_dark.startswith("#")


def test_theme_colours_are_distinct_and_readable():
    cb = default_codebook()
    assert len({t.color for t in cb.themes}) == 7
    for t in cb.themes:
        # Body text on a highlight keeps WCAG AA (4.5:1) in both modes, and the colours are
        # strong enough that the tint keeps most of its intended opacity (0.30) doing so.
        for color, page, text in ((t.color, LIGHT_PAGE, LIGHT_TEXT),
                                  (t.color_dark, DARK_PAGE, DARK_TEXT)):
            tint = readable_tint(color, page, text, 0.30)
            assert contrast_ratio(tint, text) >= 4.5, t.id
            assert contrast_ratio(tint, page) > 1.15, t.id  # still visibly a tint
        # Chips and bars keep the 3:1 non-text contrast against the page.
        assert contrast_ratio(t.color, LIGHT_PAGE) >= 3, t.id
        assert contrast_ratio(t.color_dark, DARK_PAGE) >= 3, t.id


def valid() -> dict:
    return {"themes": [{"id": "trade", "name": "Trade", "color": "#112233",
                        "terms": ["tariff*", "free trade"]}]}


def test_minimal_codebook_loads_from_json_and_toml(tmp_path):
    (tmp_path / "c.json").write_text(json.dumps(valid()))
    (tmp_path / "c.toml").write_text(
        '[[themes]]\nid = "trade"\nname = "Trade"\ncolor = "#112233"\nterms = ["tariff*"]\n')
    for name in ("c.json", "c.toml"):
        cb = load_codebook(tmp_path / name)
        assert cb.ids == ["trade"]
        assert cb.theme("trade").color_dark == "#112233"  # defaults to the light colour


def test_round_trip_through_dict():
    cb = default_codebook()
    assert codebook_from_dict(cb.to_dict()) == cb


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["themes"][0].update(colour="#fff"), "unknown key 'colour'"),
        (lambda d: d.update(extra=1), "unknown top-level key 'extra'"),
        (lambda d: d["themes"][0].update(color="red"), "color 'red' is not a colour"),
        (lambda d: d["themes"][0].update(color_dark="#12345"), "color_dark '#12345'"),
        (lambda d: d["themes"].append(dict(d["themes"][0])), "duplicate id 'trade'"),
        (lambda d: d["themes"][0].update(patterns=["(unclosed"]), "does not compile"),
        (lambda d: d["themes"][0].pop("name"), "'name' is required"),
        (lambda d: d["themes"][0].update(id="Bad Id"), "id must be lowercase"),
        (lambda d: d["themes"][0].update(terms="tariff"), "terms must be a list of strings"),
        (lambda d: d.update(themes=[]), "'themes' must be a non-empty list"),
    ],
)
def test_validation_errors_are_specific(mutate, message):
    data = valid()
    mutate(data)
    with pytest.raises(CodebookError) as err:
        codebook_from_dict(data, origin="mine.json")
    assert message in str(err.value)
    assert str(err.value).startswith("mine.json is not a valid codebook")


def test_all_problems_are_listed_at_once():
    data = valid()
    data["themes"][0].update(color="nope", patterns=["("], bogus=1)
    with pytest.raises(CodebookError) as err:
        codebook_from_dict(data)
    assert len(err.value.problems) == 3


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("c.toml", "[[themes]\nid=", "not valid TOML"),
        ("c.json", "{", "not valid JSON"),
        ("c.json", "[]", "top level must be"),
    ],
)
def test_malformed_files(tmp_path, name, content, message):
    (tmp_path / name).write_text(content)
    with pytest.raises(CodebookError, match=message):
        load_codebook(tmp_path / name)


def test_missing_codebook_file(tmp_path):
    with pytest.raises(CodebookError, match="not found"):
        load_codebook(tmp_path / "none.toml")


def test_a_refi_codebook_loads_through_load_codebook(tmp_path):
    from reader.core.exports.refi import codebook_to_qdc

    cb = default_codebook()
    path = tmp_path / "themes.qdc"
    path.write_bytes(codebook_to_qdc(cb))
    loaded = load_codebook(path)
    assert loaded.ids == cb.ids
    assert loaded.theme("narcotics").terms == cb.theme("narcotics").terms  # rules kept by name
