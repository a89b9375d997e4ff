"""Commitments of a speaker as wire reports give them: an appositive between the speaker and
"said", stances after "said …" that have no subject of their own, and the speaker named after a
quotation with where they spoke. Found on the twelfth run of blind sets (holdout20 opened)."""
from __future__ import annotations

from tests.core.extract_helpers import commitments


def test_a_speaker_with_an_appositive_said_and_then_called_for() -> None:
    body = ("The leaders of Russia and Iran met in Aktau. Russian leader Vladimir Putin, "
            "whose country drove the deal, said the convention had great significance and "
            "called for more military cooperation.")
    assert commitments(body) == [
        ("Vladimir Putin", "said", "Russian leader Vladimir Putin, whose country drove the "
         "deal, said the convention had great significance"),
        ("Vladimir Putin", "called for", "and called for more military cooperation."),
    ]


def test_a_spokesperson_named_in_an_appositive_speaks_for_no_one() -> None:
    body = ("The presidents of Egypt and Jordan met in Cairo. Egyptian Presidential "
            "Spokesperson, Bassam Adel, said that the talks dealt with trade.")
    assert not [c for c in commitments(body) if c[1] == "said"]


def test_the_speaker_after_a_quotation_and_where_they_spoke_is_no_clause() -> None:
    body = ("Israeli Prime Minister Ariel Sharon and Palestinian leader Mahmoud Abbas met in "
            "Sharm el-Sheikh. \"We have agreed on halting all violent actions,\" Abbas "
            "declared in a statement made after the meetings, as he and Sharon sat around a "
            "table.")
    verbs = [c[1] for c in commitments(body)]
    assert "declared" not in verbs
