"""A communiqué set in capitals is read recased, offset for offset (reader.core.casing)."""
from __future__ import annotations

from reader.core.analysis import analyze
from reader.core.article import article_from_text
from reader.core.casing import reading_case
from reader.core.codebook import default_codebook
from reader.core.gazetteer import default_gazetteer

CAPITALS = (
    "1. THE HEADS OF STATE, THEIR EXCELLENCIES PRESIDENT JOSEPH MWANGI KARIUKI OF THE "
    "REPUBLIC OF KENYA; PRESIDENT AMINA SALIM OF THE UNITED REPUBLIC OF TANZANIA; AND HON. "
    "PETER OKELLO, MINISTER FOR FOREIGN AFFAIRS, REPUBLIC OF UGANDA, REPRESENTING PRESIDENT "
    "DAVID MUTESA OF THE REPUBLIC OF UGANDA HELD THE 18TH EXTRA-ORDINARY SUMMIT VIRTUALLY ON "
    "22ND DECEMBER, 2021.\n\n"
    "2. THE SUMMIT WELCOMED THE APPLICATION BY THE DEMOCRATIC REPUBLIC OF CONGO (DRC) TO JOIN "
    "THE EAC AND DIRECTED THE COUNCIL OF MINISTERS TO UNDERTAKE A VERIFICATION MISSION.\n"
)


def recased(text: str) -> str:
    return reading_case(text, default_gazetteer().spans)


def test_recasing_keeps_every_offset() -> None:
    out = recased(CAPITALS)
    assert len(out) == len(CAPITALS)
    assert out.lower() == CAPITALS.lower()


def test_names_titles_and_acronyms_keep_their_capitals_other_words_do_not() -> None:
    out = recased(CAPITALS)
    for expected in ("President Joseph Mwangi Kariuki of the Republic of Kenya",
                     "United Republic of Tanzania", "Hon. Peter Okello", "(DRC)", "the EAC",
                     "22nd December", "held the 18th extra-ordinary summit virtually",
                     "Minister for Foreign Affairs, Republic of Uganda",
                     "welcomed the application"):
        assert expected in out, expected


def test_a_text_in_ordinary_case_is_left_alone() -> None:
    text = "The ministers of Kenya and UGANDA met in Nairobi. NATO was not there."
    assert recased(text) is text


def test_a_communique_in_capitals_has_its_parties_and_clauses() -> None:
    analysis = analyze(article_from_text(CAPITALS, "COMMUNIQUÉ OF THE SUMMIT"),
                       default_codebook())
    parties = {p.name for p in analysis.participants}
    assert {"Joseph Mwangi Kariuki", "Amina Salim", "Peter Okello", "Kenya", "Tanzania",
            "Uganda"} <= parties
    # The president someone came in place of stayed away.
    assert "David Mutesa" not in parties
    welcomed = next(c for c in analysis.commitments if c.verb == "welcomed")
    # The clause is the statement's own words, in its own capitals.
    assert welcomed.text.startswith("THE SUMMIT WELCOMED THE APPLICATION")
