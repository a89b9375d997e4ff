"""A commitment's themes come from its own clause, else from its sentence."""
from __future__ import annotations

from tests.core.extract_helpers import run


def test_each_clause_keeps_only_its_own_themes() -> None:
    a = run("The officials condemned terrorism and welcomed new investment in trade.")
    first, second = a.commitments
    assert first.themes == ["security"]
    assert second.themes == ["economy"]
    # The sentence itself carries both.
    assert {"security", "economy"} <= set(a.sentences[0].theme_ids)


def test_clause_without_theme_words_falls_back_to_its_sentence() -> None:
    a = run("The Ministers condemned drug trafficking; they also agreed to meet again in May.")
    first, second = a.commitments
    assert second.text.startswith("they also agreed")
    assert "narcotics" in first.themes
    assert second.themes == list(a.sentences[0].theme_ids)


def test_clause_themes_follow_codebook_order() -> None:
    a = run("We welcome investment in trade to counter terrorism.")
    (c,) = a.commitments
    ids = list(a.codebook.ids)
    assert c.themes == sorted(c.themes, key=ids.index)
    assert set(c.themes) == set(a.sentences[0].theme_ids)


def test_json_carries_the_clause_themes() -> None:
    data = run("The sides welcomed the talks and condemned terrorism.").to_json()
    first, second = data["commitments"]
    assert second["themes"] == ["security"]
    # The first clause has no theme word: it shows its sentence's themes.
    assert first["themes"] == [t["id"] for t in data["sentences"][0]["themes"]]
