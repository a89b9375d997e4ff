"""Hostile text in notes, memos and codebook names is stored and read back exactly."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from reader.core.annotations import REVIEW_REJECTED, Highlight, Review
from reader.core.article import Article
from reader.core.codebook import default_codebook
from reader.store import Store, storable

HOSTILE = [
    "<b>bold</b><script>alert('x')</script><img src=x onerror=alert(1)>",
    "&amp; &lt;tag&gt; &#0; ]]> <![CDATA[ x ]]>",
    "ctrl \x00 NUL \x01\x02\x07\x08\x0b\x0c\x1b[31mred\x1b[0m \x7f \r\n\r \t end",
    "\u202eevil RTL override\u202c \u200f\u200e \u061c مرحبا بالعالم עברית \u2066x\u2069",
    "zero\u200bwidth \ufeffBOM \u00ad soft \U0001f600 e\u0301 \uffff \U0010ffff",
    "x" * 100_000,
    "%s %d {0} {key} $(rm -rf /) ; DROP TABLE highlights; --",
    "'\"`\\\\ \"quoted\" 'single'",
    "",
    " \n\n  ",
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_notes_memos_quotes_and_state_round_trip_exactly(tmp_path: Path, text: str) -> None:
    body = "prefix " + text + " suffix" if text else "prefix suffix"
    start, end = 7, 7 + max(len(text), 1)
    h = Highlight.anchored("art", body, "aid", start, end, note=text)
    with Store.open(tmp_path) as s:
        s.add_highlight(h)
        s.set_memo("art", text)
        s.set_state("hostile", {"text": text, text: [text]})
        s.set_pref("hostile", text)
        s.set_review(Review("art", "aid", 0, 5, text, REVIEW_REJECTED))
        s.remember_article(Article(text=body, title=text or "t", path=None))
    with Store.open(tmp_path) as s:
        [got] = s.highlights("art")
        assert got == h and got.note == text and got.quote == body[start:end]
        assert s.get_memo("art") == text
        assert s.get_state("hostile") == {"text": text, text: [text]}
        assert s.get_pref("hostile") == text
        assert s.reviews("art")[0].quote == text
        assert s.articles()[0].title == (text or "t")


@pytest.mark.parametrize("text", [t for t in HOSTILE if t.strip()], ids=range(8))
def test_codebook_names_and_terms_round_trip_exactly(tmp_path: Path, text: str) -> None:
    cb = default_codebook()
    theme = dataclasses.replace(cb.themes[0], name=text, description=text, terms=(text, "aid"))
    edited = dataclasses.replace(cb.replace_theme(theme), name=text)
    with Store.open(tmp_path) as s:
        s.set_user_codebook(edited)
    with Store.open(tmp_path) as s:
        got = s.user_codebook()
        assert got is not None
        assert got.name == text and got.themes[0].name == text
        assert got.themes[0].terms == (text, "aid") and got.to_dict() == edited.to_dict()


def test_lone_surrogates_do_not_crash_and_pairs_are_joined(tmp_path: Path) -> None:
    # From a UTF-16 source: a proper pair becomes its character, a lone half U+FFFD.
    assert storable("a\ud83d\ude00b") == "a\U0001f600b"
    assert storable("a\ud800b") == "a\ufffdb"
    assert storable("plain") == "plain"
    with Store.open(tmp_path) as s:
        s.set_memo("art", "half \ud800 here")
        assert s.get_memo("art") == "half \ufffd here"
        # JSON values keep them exactly (escaped).
        s.set_state("k", "half \udc80")
        assert s.get_state("k") == "half \udc80"
        s.remember_article(Article(text="x", title="t", path="/tmp/bad-\udcff-name.txt"))
        s.remember_article(Article(text="x", title="t", path="/tmp/bad-\udcff-name.txt"))
        assert len(s.articles()) == 1
