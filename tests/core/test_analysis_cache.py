"""Saved analyses: packing round-trips exactly, damage is detected, and the key changes with
everything the analysis depends on."""
from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from reader.core.analysis import analyze
from reader.core.analysis_cache import (
    FORMAT,
    SavedAnalysisError,
    cache_key,
    engine_fingerprint,
    pack,
    unpack,
)
from reader.core.article import article_from_text, load_article
from reader.core.codebook import codebook_from_dict, default_codebook
from reader.paths import bundled_article

REPO = Path(__file__).resolve().parents[2]

STATEMENT = (
    "Joint Statement\n\n"
    "The Foreign Ministers of Japan and India met in Tokyo on 3 May 2024. The Ministers "
    "condemned the terrorist attacks and reaffirmed their commitment to humanitarian aid. "
    "“We will not accept any change to the status quo by force,” the statement said. "
    "India did not agree to the proposal on trade tariffs."
)


@pytest.fixture(scope="module")
def bundled():
    article = load_article(bundled_article())
    codebook = default_codebook()
    return article, codebook, analyze(article, codebook)


def test_a_packed_analysis_reads_back_identical(bundled):
    article, codebook, analysis = bundled
    again = unpack(pack(analysis), article, codebook)
    assert again.article is article and again.codebook is codebook
    assert again.to_json() == analysis.to_json()
    # Beyond the JSON: the records themselves, which the window and exports read.
    assert again.sentences == analysis.sentences
    assert again.hits == analysis.hits
    assert again.participants == analysis.participants
    assert again.mentioned == analysis.mentioned
    assert again.commitments == analysis.commitments
    assert again.dates == analysis.dates
    assert analysis.participants and analysis.commitments and analysis.dates


def test_quoted_and_negated_commitments_keep_their_flags():
    article = article_from_text(STATEMENT, "Joint Statement")
    codebook = default_codebook()
    analysis = analyze(article, codebook)
    again = unpack(pack(analysis), article, codebook)
    assert [(c.quoted, c.negated, c.from_list) for c in again.commitments] == \
        [(c.quoted, c.negated, c.from_list) for c in analysis.commitments]
    assert any(c.negated for c in again.commitments)
    assert any(c.quoted for c in again.commitments)


def test_reading_a_saved_analysis_does_not_load_the_analysers(bundled):
    _, _, analysis = bundled
    blob = pack(analysis)
    script = (
        "import sys\n"
        "from reader.core.analysis_cache import unpack\n"
        "from reader.core.article import load_article\n"
        "from reader.core.codebook import default_codebook\n"
        "from reader.paths import bundled_article\n"
        "a = unpack(sys.stdin.buffer.read(), load_article(bundled_article()), "
        "default_codebook())\n"
        "print(len(a.commitments))\n"
        "print(sorted(m for m in sys.modules if m.startswith('reader.core.')))\n")
    done = subprocess.run([sys.executable, "-c", script], input=blob, cwd=REPO,
                          capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    count, modules = done.stdout.decode().splitlines()
    assert int(count) == len(analysis.commitments)
    for heavy in ("people", "entities", "commitments", "stance", "gazetteer", "themes",
                  "participation", "segment", "analysis"):
        assert f"'reader.core.{heavy}'" not in modules


@pytest.mark.parametrize("damage", [
    lambda blob: blob[: len(blob) // 2],  # cut short (a crash mid-write of an old version)
    lambda blob: b"not zlib at all",
    lambda blob: zlib.compress(b"{not json"),
    lambda blob: zlib.compress(json.dumps({"format": FORMAT + 1}).encode()),
    lambda blob: zlib.compress(json.dumps(  # a passage beyond the end of the text
        {"format": FORMAT, "sentences": [[0, 10**9, "sentence", 0, []]]}).encode()),
    lambda blob: zlib.compress(json.dumps({"format": FORMAT, "sentences": "x"}).encode()),
    lambda blob: zlib.compress(json.dumps([1, 2]).encode()),
])
def test_damaged_bytes_are_refused_with_a_clear_error(bundled, damage):
    article, codebook, analysis = bundled
    with pytest.raises(SavedAnalysisError):
        unpack(damage(pack(analysis)), article, codebook)


def test_the_key_changes_with_what_the_analysis_depends_on():
    codebook = default_codebook()
    article = article_from_text(STATEMENT, "Joint Statement")
    key = cache_key(article, codebook)
    assert key == cache_key(article_from_text(STATEMENT, "Joint Statement"), codebook)
    assert len(key) == 64 and set(key) <= set("0123456789abcdef")

    changed_text = article_from_text(STATEMENT + " They agreed to meet again.", "Joint Statement")
    retitled = article_from_text(STATEMENT, "Tokyo Statement")
    dated = article_from_text(STATEMENT, "Joint Statement", meta={"date": "2024-05-03"})
    furnished = dataclasses.replace(article, boilerplate=((0, 15),))
    data = codebook.to_dict()
    data["themes"][0]["terms"] = [*data["themes"][0]["terms"], "blockade"]
    more_terms = codebook_from_dict(data, origin="test")
    keys = {key, cache_key(changed_text, codebook), cache_key(retitled, codebook),
            cache_key(dated, codebook), cache_key(furnished, codebook),
            cache_key(article, more_terms)}
    assert len(keys) == 6


def test_an_edited_core_module_changes_the_fingerprint(tmp_path: Path, monkeypatch):
    import reader.core.analysis_cache as saved

    core = REPO / "reader" / "core"
    for path in core.glob("*.py"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    monkeypatch.setattr(saved, "_CORE_DIR", tmp_path)
    saved.engine_fingerprint.cache_clear()
    try:
        same = saved.engine_fingerprint()
        stance = tmp_path / "stance.py"
        stance.write_text(stance.read_text(encoding="utf-8") + "\n# a new rule\n",
                          encoding="utf-8")
        saved.engine_fingerprint.cache_clear()
        edited = saved.engine_fingerprint()
    finally:
        monkeypatch.undo()
        saved.engine_fingerprint.cache_clear()
    assert same == engine_fingerprint()
    assert edited != same
