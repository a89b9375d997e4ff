"""Participants, commitments and dates on the bundled article, and the analysis JSON contract."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.analysis import analyze
from reader.core.article import load_article
from reader.core.codebook import default_codebook
from reader.paths import bundled_article

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="module")
def analysis():
    return analyze(load_article(bundled_article()), default_codebook())


def test_parties_of_the_bundled_article(analysis) -> None:
    assert {p.name for p in analysis.participants} == {
        "United States", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan",
        "Thomas West", "C5+1"}


def test_thomas_west(analysis) -> None:
    west = next(p for p in analysis.participants if p.name == "Thomas West")
    assert west.kind == "person"
    assert west.role == "Special Representative for Afghanistan"
    assert west.represents == "United States"


def test_aliases_are_folded(analysis) -> None:
    by_name = {p.name: p for p in analysis.participants}
    assert "U.S." in by_name["United States"].aliases
    assert by_name["Kyrgyzstan"].aliases == ["Kyrgyz Republic"]
    assert by_name["Kazakhstan"].aliases == ["Republic of Kazakhstan"]


def test_only_mentioned_in_the_bundled_article(analysis) -> None:
    names = {p.name for p in analysis.mentioned}
    assert {"Afghanistan", "United Nations", "UN Secretary General",
            "U.S. Department of State"} <= names
    un = next(p for p in analysis.mentioned if p.name == "United Nations")
    assert un.aliases == ["UN"]


def test_group_references_in_the_bundled_article(analysis) -> None:
    text = analysis.article.text
    kz = next(p for p in analysis.participants if p.name == "Kazakhstan")
    refs = [text[s:e] for s, e in kz.references]
    assert "The officials" in refs and "The participants" in refs


def test_commitments_of_the_bundled_article(analysis) -> None:
    found = analysis.commitments
    text = analysis.article.text
    assert len(found) == 15
    assert all(c.actor == "participants" for c in found)
    assert all(text[c.start:c.end] == c.text for c in found)
    verbs = [c.verb for c in found]
    assert verbs[:5] == ["emphasized", "reiterated", "emphasized", "welcomed",
                         "expressed concern"]
    concern = found[4]
    assert concern.stance == "concern"
    assert concern.quoted
    assert "narcotics" in concern.themes
    assert found[3].stance == "welcome" and not found[3].quoted
    # The five list items (one split by "and reaffirmed", one by "and emphasized").
    items = [c for c in found if c.from_list]
    assert [c.text.split()[1] for c in items] == ["need", "importance", "seriousness",
                                                  "stability,", "importance"]


def test_dates_of_the_bundled_article(analysis) -> None:
    dates = [(d.date, d.role, d.year_inferred) for d in analysis.dates]
    assert dates == [("2023-08-11", "released", False), ("2023-07-27", "meeting", True)]


def test_json_contract(analysis) -> None:
    data = analysis.to_json()
    for entity in data["participants"] + data["mentioned"]:
        assert {"name", "kind", "aliases", "role", "mentions"} <= set(entity)
        assert entity["kind"] in {"country", "person", "organization"}
        assert entity["mentions"] == len(entity["spans"])
    for c in data["commitments"]:
        assert {"actor", "verb", "text", "start", "end", "themes", "stance"} <= set(c)
        assert c["stance"] in {"support", "concern", "welcome", "call", "condemn", "commit",
                               "other"}
        assert data["text"][c["start"]:c["end"]] == c["text"]
    json.dumps(data)


def test_analysis_without_extraction_leaves_the_lists_empty() -> None:
    a = analyze(load_article(bundled_article()), default_codebook(), extract_entities=False)
    assert a.participants == [] and a.commitments == [] and a.dates == []


def test_dev_set_scores() -> None:
    """The development set must stay at or above the project targets."""
    score = SHARED / "eval-dev" / "score.py"
    if not score.is_file():
        pytest.skip("the shared development set is not available")
    cmd = f"{sys.executable} main.py analyze {{path}} --json"
    proc = subprocess.run([sys.executable, str(score), "--cmd", cmd], cwd=ROOT,
                          capture_output=True, text=True, timeout=300, check=True)
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    assert summary["failed"] == []
    assert summary["participants"]["f1"] >= 0.9
    assert summary["commitments"]["f1"] >= 0.85


def test_own_statement_scores() -> None:
    """Our own six annotated statements (tests/data/statements) stay above the targets."""
    score = SHARED / "eval-dev" / "score.py"
    if not score.is_file():
        pytest.skip("the shared scorer is not available")
    cmd = f"{sys.executable} main.py analyze {{path}} --json"
    data = ROOT / "tests" / "data" / "statements"
    proc = subprocess.run([sys.executable, str(score), "--dir", str(data), "--cmd", cmd],
                          cwd=ROOT, capture_output=True, text=True, timeout=300, check=True)
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    assert summary["files"] == 6 and summary["failed"] == []
    assert summary["participants"]["f1"] >= 0.9
    assert summary["commitments"]["f1"] >= 0.85
    assert summary["themes"]["f1"] >= 0.85
