"""Theme matching and assignment: term syntax, exclusions, names, and the bundled article."""
from __future__ import annotations

import pytest

from reader.core.analysis import analyze
from reader.core.article import article_from_text, load_article
from reader.core.codebook import codebook_from_dict, default_codebook
from reader.core.matcher import TermMatcher
from reader.core.themes import ThemeFinder
from tests.conftest import BUNDLED


def found(terms: list[str], text: str) -> list[str]:
    return [text[m.start:m.end] for m in TermMatcher(("k", t) for t in terms).find(text)]


def test_prefix_plural_hyphen_and_case_rules():
    text = "Terrorism, terrorists and counter-terrorism; drugs, parties, us and US, UN and un."
    assert found(["terroris*"], text) == ["Terrorism", "terrorists", "terrorism"]
    assert found(["counter terrorism"], text) == ["counter-terrorism"]
    assert found(["drug", "party"], text) == ["drugs", "parties"]
    assert found(["US", "UN"], text) == ["US", "UN"]


def test_phrase_words_must_be_adjacent():
    assert found(["opium poppy"], "opium, poppy and opium poppy") == ["opium poppy"]
    assert found(["freedom of movement"], "freedom of\nmovement") == ["freedom of\nmovement"]


def one_theme_codebook(**theme):
    base = {"id": "security", "name": "Security", "color": "#d55e00", "terms": ["security"]}
    base.update(theme)
    return codebook_from_dict({"themes": [base]})


def test_exclusions_cancel_terms_inside_them():
    cb = one_theme_codebook(exclude=["food security"])
    hits = ThemeFinder(cb).hits("Food security matters. Border security too.")
    assert [h.start for h in hits] == [30]


def test_words_inside_institution_names_do_not_count():
    cb = one_theme_codebook()
    text = "The UN Security Council met. The Department of Homeland Security spoke. Security."
    hits = ThemeFinder(cb).hits(text)
    assert [text[h.start:h.end] for h in hits] == ["Security"]
    assert hits[0].start == text.rindex("Security")


def test_patterns_are_regular_expressions():
    cb = one_theme_codebook(terms=[], patterns=[r"\bresolution \d{4}\b"])
    assert [h.term for h in ThemeFinder(cb).hits("UNSC resolution 2513 (2020)")] == [
        r"\bresolution \d{4}\b"]


@pytest.fixture(scope="module")
def bundled():
    return analyze(load_article(BUNDLED), default_codebook())


def sentence_with(analysis, fragment):
    text = analysis.article.text
    return next(s for s in analysis.sentences if fragment in text[s.start:s.end])


def test_narcotics_finds_the_opium_poppy_sentence(bundled):
    s = sentence_with(bundled, "opium poppy cultivation")
    theme = next(t for t in s.themes if t.id == "narcotics")
    assert "opium poppy cultivation" in theme.matched
    assert all(bundled.article.text[a:b] for a, b in theme.spans)


def test_rights_finds_freedom_of_movement_including_for_women(bundled):
    s = sentence_with(bundled, "freedom of movement, including for women")
    rights = next(t for t in s.themes if t.id == "rights")
    assert "freedom of movement" in rights.matched and "women" in rights.matched


def test_boilerplate_is_not_analysed(bundled):
    text = bundled.article.text
    assert not any("share on" in text[s.start:s.end] for s in bundled.sentences)
    assert not any("Photo Credit" in text[s.start:s.end] for s in bundled.sentences)


def test_every_theme_is_counted_and_counts_match_passages(bundled):
    counts = bundled.theme_counts
    assert list(counts) == default_codebook().ids
    for theme_id, n in counts.items():
        assert n == len(bundled.passages(theme_id))
    assert counts["narcotics"] >= 2 and counts["cooperation"] >= 5


def test_several_themes_per_sentence_with_reasons(bundled):
    s = sentence_with(bundled, "The importance of preventing the territory")
    assert {"security", "narcotics"} <= set(s.theme_ids)
    for t in s.themes:
        assert t.matched and len(t.spans) >= len(t.matched)


def test_json_contract(bundled):
    data = bundled.to_json()
    assert data["schema"] == "parley.analysis/1"
    assert set(data) >= {"schema", "article", "text", "themes", "sentences", "participants",
                         "mentioned", "commitments"}
    assert set(data["article"]) >= {"title", "date", "source", "path"}
    text = data["text"]
    for s in data["sentences"]:
        assert text[s["start"]:s["end"]] == s["text"]
        for t in s["themes"]:
            assert set(t) >= {"id", "matched"}
            for a, b in t["spans"]:
                assert s["start"] <= a < b <= s["end"]
    assert [t["id"] for t in data["themes"]] == default_codebook().ids


def test_offsets_refer_to_the_shown_text_with_crlf_input(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Title\r\n\r\nTerrorism is a threat.\r\nDrugs too.\r\n")
    analysis = analyze(load_article(path), default_codebook())
    text = analysis.article.text
    assert [text[s.start:s.end] for s in analysis.sentences] == [
        "Terrorism is a threat.", "Drugs too."]


def test_empty_theme_set_is_fine():
    article = article_from_text("Nothing to see here. Really nothing.", "T")
    analysis = analyze(article, default_codebook())
    assert all(not s.themes for s in analysis.sentences)
    assert set(analysis.theme_counts.values()) == {0}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A consultation between the parties is cooperation too (the development set's
        # convention: "meetings and consultations").
        ("The ministers discussed electricity exports to Pakistan.", {"economy", "cooperation"}),
        ("They agreed on a roadmap for elections next year.", {"governance"}),
        ("The envoys met with civil society groups in Geneva.", {"cooperation", "rights"}),
        ("Food security and access for humanitarian workers remain urgent.", {"humanitarian"}),
        ("The Council condemned the attack and called for a ceasefire.", {"security"}),
        ("Sanctions relief was discussed.", {"economy", "cooperation"}),  # not humanitarian
        # Meeting and visit reports: the meeting itself is the cooperation.
        ("Chairman Li met Prime Minister Sato on 27 May.", {"cooperation"}),
        ("They had an earnest and friendly conversation.", {"cooperation"}),
        ("The Forum was held in Suva from 11 to 14 July.", {"cooperation"}),
        ("The following documents were signed:", {"cooperation"}),
        ("Airstrikes and offensive operations continued near the line of contact.",
         {"security"}),
        ("It will address the delimitation of the border.", {"security"}),
        ("Both agreed not to threaten the use of force.", {"security"}),
        ("The sentencing of pro-democracy activists was condemned.", {"rights", "governance"}),
        ("The ministers reviewed progress on the dam.", {"economy"}),
        # Organising a meeting well is no question of governance.
        ("Leaders commended the facilitation of the Forum.", {"cooperation"}),
        ("Seizures of methamphetamine and heroin rose sharply.", {"narcotics"}),
        ("The Department of Homeland Security hosted a dinner.", {"cooperation"}),
        ("Girls must be allowed to return to secondary school and women to work.", {"rights"}),
        ("Regional connectivity through rail and transit corridors was welcomed.", {"economy"}),
        ("The ministers condemned the coup and the junta's grip on parliament.",
         {"security", "governance"}),
        ("Religious freedom and civic space keep shrinking.", {"rights"}),
        ("Debt relief and remittances support the budget.", {"economy"}),
        ("The protection of civilians and of internally displaced people comes first.",
         {"security", "humanitarian"}),
    ],
)
def test_themes_of_varied_sentences(sentence, expected):
    analysis = analyze(article_from_text(sentence, "T"), default_codebook())
    assert set(analysis.sentences[0].theme_ids) == expected


def test_longest_phrase_is_the_reason():
    cb = default_codebook()
    analysis = analyze(article_from_text("Opium poppy cultivation fell.", "T"), cb)
    narcotics = next(t for t in analysis.sentences[0].themes if t.id == "narcotics")
    assert narcotics.matched == ("Opium poppy cultivation",)
    assert len(narcotics.spans) == 1
