"""Known names: aliases fold into one entity, case rules, possessives, formats and members."""
from __future__ import annotations

import pytest

from reader.core.gazetteer import default_gazetteer, load_gazetteer
from reader.paths import resource


def found(text: str) -> list[tuple[str, str]]:
    gaz = default_gazetteer()
    return [(m.surface, gaz.entities[m.entity_id].name) for m in gaz.find(text)]


@pytest.mark.parametrize("form", ["U.S.", "US", "United States", "United States of America",
                                  "the United States", "USA"])
def test_united_states_aliases_fold(form: str) -> None:
    assert [name for _, name in found(f"Talks with {form} ended.")] == ["United States"]


@pytest.mark.parametrize(("form", "name"), [
    ("the Kyrgyz Republic", "Kyrgyzstan"),
    ("Republic of Kazakhstan", "Kazakhstan"),
    ("the Republic of Tajikistan", "Tajikistan"),
    ("Turkmenistan", "Turkmenistan"),
    ("the Russian Federation", "Russia"),
    ("Republic of Korea", "South Korea"),
    ("Viet Nam", "Vietnam"),
    ("Türkiye", "Turkey"),
    ("Turkey", "Turkey"),
    ("the United Kingdom", "United Kingdom"),
    ("UK", "United Kingdom"),
    ("Islamic Republic of Iran", "Iran"),
    ("Côte d'Ivoire", "Côte d'Ivoire"),
])
def test_country_names_from_pycountry_and_curated_table(form: str, name: str) -> None:
    assert [n for _, n in found(f"A meeting with {form} took place.")] == [name]


def test_the_is_not_part_of_the_mention() -> None:
    assert found("the Kyrgyz Republic") == [("Kyrgyz Republic", "Kyrgyzstan")]


def test_lowercase_us_is_a_pronoun_not_a_country() -> None:
    assert found("Tell us more, and join us.") == []


def test_capitalised_names_do_not_match_common_words() -> None:
    assert found("We will chad the turkey and jordan the river.") == []


def test_possessive_is_left_out_of_the_span() -> None:
    assert found("Afghanistan’s neighbours and Kazakhstan's role") == [
        ("Afghanistan", "Afghanistan"), ("Kazakhstan", "Kazakhstan")]


def test_hyphenated_pair_yields_both_countries() -> None:
    assert [n for _, n in found("the India-U.S. partnership")] == ["India", "United States"]


def test_longest_name_wins() -> None:
    assert found("the U.S. Department of State said") == [
        ("U.S. Department of State", "U.S. Department of State")]
    assert found("the State Department") == [("State Department", "U.S. Department of State")]


def test_organisations_and_formats() -> None:
    names = [n for _, n in found("The C5+1, NATO, the UN, the G7, al-Qaeda and Da’esh met.")]
    assert names == ["C5+1", "NATO", "United Nations", "G7", "al Qaeda", "Da’esh"]
    gaz = default_gazetteer()
    c5 = gaz.entities["org:C5+1"]
    assert c5.kind == "format"
    assert {gaz.entities[m].name for m in c5.members} == {
        "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan", "United States"}


def test_demonyms_name_their_country() -> None:
    assert found("the Indian delegation and the Korean side") == [
        ("Indian", "India"), ("Korean", "South Korea")]


def test_load_gazetteer_from_a_custom_table(tmp_path) -> None:
    table = tmp_path / "g.toml"
    table.write_text('[[organizations]]\nname = "Blue Forum"\naliases = ["BF"]\n',
                     encoding="utf-8")
    gaz = load_gazetteer(table)
    assert [(m.surface, gaz.entities[m.entity_id].name) for m in gaz.find("The BF met.")] == [
        ("BF", "Blue Forum")]
    assert resource("gazetteer.toml").is_file()


def test_matching_is_linear_in_the_text() -> None:
    text = "The United States and the Kyrgyz Republic met in Astana. " * 2000
    assert len(default_gazetteer().find(text)) == 4000


@pytest.mark.parametrize(("text", "names"), [
    ("Saint Vincent & the Grenadines Prime Minister spoke.",
     ["Saint Vincent and the Grenadines"]),
    ("Trinidad & Tobago and Antigua & Barbuda signed.",
     ["Trinidad and Tobago", "Antigua and Barbuda"]),
    ("R&D & trade grew at AT&T.", []),  # an ampersand alone names nothing
])
def test_an_ampersand_reads_as_and(text: str, names: list[str]) -> None:
    gaz = default_gazetteer()
    assert [gaz.entities[m.entity_id].name for m in gaz.find(text)] == names


@pytest.mark.parametrize(("form", "name"), [
    ("St. Kitts and Nevis", "Saint Kitts and Nevis"),
    ("St Lucia", "Saint Lucia"),
    ("St. Vincent and the Grenadines", "Saint Vincent and the Grenadines"),
    ("the Republic of Congo", "Republic of the Congo"),
])
def test_short_and_older_country_forms(form: str, name: str) -> None:
    assert [n for _, n in found(f"A delegation from {form} took part.")] == [name]


def test_holland_is_a_surname_not_a_country() -> None:
    # ("Holland" for the Netherlands was tried and dropped: "Mark Holland, Canada's health
    # minister" is a person, and modern statements write "the Netherlands".)
    assert found("Mark Holland, Canada's health minister, met Tom Holland.") == [
        ("Canada", "Canada")]


def test_st_opens_a_country_only_where_the_country_follows() -> None:
    # "St." before another name is a saint's or a street's, no country.
    assert found("They met at St. Petersburg and on St. James Street.") == []


def test_an_s_inside_a_name_is_no_possessive() -> None:
    # The whole official name is one mention; a real possessive still ends one.
    assert found("the Premier of the People's Republic of China and China's envoy") == [
        ("People's Republic of China", "China"), ("China", "China")]
    assert found("the Lao People's Democratic Republic") == [
        ("Lao People's Democratic Republic", "Laos")]
