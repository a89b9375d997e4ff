"""Sentence segmentation on diplomatic prose."""
from __future__ import annotations

import itertools

from reader.core.segment import segment


def units(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start:s.end]) for s in segment(text)]


def texts(text: str) -> list[str]:
    return [t for _, t in units(text)]


def test_abbreviations_do_not_end_sentences():
    text = ("The U.S. and the U.N. met on No. 5 Street. Mr. Smith and J. R. Doe spoke. "
            "The U.S. delegation agreed.")
    assert texts(text) == [
        "The U.S. and the U.N. met on No. 5 Street.",
        "Mr. Smith and J. R. Doe spoke.",
        "The U.S. delegation agreed.",
    ]


def test_curly_quote_after_full_stop_ends_sentence():
    text = "They expressed concern about “drug production.” The officials agreed."
    assert texts(text) == [
        "They expressed concern about “drug production.”",
        "The officials agreed.",
    ]


def test_no_split_inside_an_open_quotation():
    text = ("The conference “Central Asia: Regional Connectivity. Challenges and "
            "Opportunities” was held in Tashkent. It ended.")
    assert texts(text) == [
        "The conference “Central Asia: Regional Connectivity. Challenges and "
        "Opportunities” was held in Tashkent.",
        "It ended.",
    ]


def test_paragraph_without_full_stop_is_its_own_sentence():
    text = "They reiterated support, the joint statement highlighted\n\nThe next one."
    assert texts(text) == ["They reiterated support, the joint statement highlighted",
                           "The next one."]


def test_lead_in_and_bullet_items():
    text = ("The statement highlighted:\n\n  • The need for peace;\n  • The importance of "
            "trade. It also noted aid.\n\nAfterwards they left.")
    assert units(text) == [
        ("lead-in", "The statement highlighted:"),
        ("item", "The need for peace;"),
        ("item", "The importance of trade."),
        ("item", "It also noted aid."),
        ("sentence", "Afterwards they left."),
    ]
    items = [s for s in segment(text) if s.kind == "item"]
    assert items[1].block == items[2].block != items[0].block


def test_inline_bullets_split_into_items():
    text = "Goals include: • Modernize roads; • Promote trade."
    assert units(text) == [("lead-in", "Goals include:"), ("item", "Modernize roads;"),
                           ("item", "Promote trade.")]


def test_heading_is_recognised():
    text = "Background\n\nThe envoys met in Rome. They talked."
    assert units(text)[0] == ("heading", "Background")


def test_offsets_cut_the_text_exactly_and_in_order():
    text = "  First one.  Second “quoted.”\n\n• Item;\n"
    segs = segment(text)
    assert [text[s.start:s.end] for s in segs] == ["First one.", "Second “quoted.”", "Item;"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(segs))


def test_numbered_and_lettered_items():
    text = ("They agreed to:\n1. Expand joint patrols;\n2) Share data.\n\n"
            "The plan covers:\n(a) ports;\n(b) airports.\n\n"
            "2023 was a year of progress.")
    assert units(text) == [
        ("lead-in", "They agreed to:"), ("item", "Expand joint patrols;"), ("item", "Share data."),
        ("lead-in", "The plan covers:"), ("item", "ports;"), ("item", "airports."),
        ("sentence", "2023 was a year of progress."),
    ]


def test_a_curly_quotation_closed_by_a_straight_mark_ends():
    # News copy mixes the marks; read as opening a new quotation, the straight one kept the
    # rest of the paragraph from ever ending a sentence.
    text = ('Talks ended on Friday. “We will continue to talk until 5 May," he added. '
            'The minister told reporters that the talks failed. He left.')
    assert texts(text) == [
        "Talks ended on Friday.",
        '“We will continue to talk until 5 May," he added.',
        "The minister told reporters that the talks failed.",
        "He left.",
    ]
    # A quoted speech of several sentences is split at each, as annotators split it; a
    # quoted title in title case is not ("Connectivity. Challenges and Opportunities").
    quoted = 'He said "We agree on this. We will sign it today." Then he left.'
    assert texts(quoted) == ['He said "We agree on this.', 'We will sign it today."',
                             "Then he left."]
