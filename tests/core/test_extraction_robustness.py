"""Extraction never fails on odd input: empty lines, unbalanced quotes, no punctuation, noise."""
from __future__ import annotations

import random

import pytest

from tests.core.extract_helpers import run


@pytest.mark.parametrize("body", [
    "x",
    "“We reaffirm our support for dialogue",
    "We reaffirm that:",
    "We reaffirm that:\n\n•\n• ;",
    "The officials agreed " * 500,
    "U.S. U.S. U.S. US us U.S.A. the the the",
    "Mr. Mr. Mr. Dr.",
    "On 31 February 2023 and July 45, 2021 nothing happened.",
    "Le ministre a réaffirmé son soutien. 日本と米国は合意した。",
    "1.\n2.\n3.",
    "The Ministers agreed on the following:\n1.",
])
def test_odd_input_does_not_break_extraction(body: str) -> None:
    a = run(body)
    text = a.article.text
    for c in a.commitments:
        assert text[c.start:c.end] == c.text
        assert c.start < c.end
    for e in a.participants + a.mentioned:
        assert all(0 <= s < t <= len(text) for s, t in e.spans)
    a.to_json()


def test_random_noise_does_not_break_extraction() -> None:
    rng = random.Random(7)
    alphabet = "abc XYZ.,;:“”\"'’-•\n()U.S. We agreed reaffirm Kazakhstan 2023 July"
    for _ in range(30):
        body = "".join(rng.choice(alphabet) for _ in range(400)).strip() or "x"
        a = run(body)
        for c in a.commitments:
            assert a.article.text[c.start:c.end] == c.text
