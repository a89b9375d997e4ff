"""Lists whose bullets were lost (text pasted from a PDF or a page): one clause per line
after a lead-in, each line read as a list item; and premises that are no positions."""
from __future__ import annotations

from reader.core.segment import segment
from tests.core.extract_helpers import commitments

LEAD = ("Respecting their sovereignty, the foreign ministers declare their commitment to:")
ITEMS = ["Improve mutually beneficial cooperation in regional trade and transit;",
         "Enhance a favorable business climate in the region to attract investment;",
         "Join efforts in addressing climate change by promoting clean energy."]


def kinds(text: str) -> list[str]:
    return [s.kind for s in segment(text)]


def test_clause_lines_after_a_lead_in_block_are_items() -> None:
    text = LEAD + "\n\n" + "\n".join(ITEMS) + "\n"
    assert kinds(text) == ["lead-in", "item", "item", "item"]


def test_clause_lines_right_under_the_lead_in_line_are_items() -> None:
    text = LEAD + "\n" + "\n".join(ITEMS) + "\n"
    assert kinds(text) == ["lead-in", "item", "item", "item"]


def test_lines_that_do_not_end_as_clauses_stay_as_they_were() -> None:
    # Attendees' names and topic words after a colon are no clauses of a list.
    names = "The summit was attended by:\n\nPresident A of Uzbekistan\nPresident B of Kazakhstan\n"
    topics = "The memorandums were signed on:\n\nTaxation\nImmigration\nHealth\n"
    for text in (names, topics):
        assert "item" not in kinds(text)
    # Nor is a paragraph of sentences after a colon a list: a list's clauses end with ";".
    prose = ("The text reads:\n\nThe ministers met in Samarkand on Sunday and talked at "
             "length.\nThey agreed to meet again next year in Ashgabat.\n")
    assert "item" not in kinds(prose)


def test_each_unbulleted_item_is_a_commitment() -> None:
    found = commitments("Joint Declaration\n\n" + LEAD + "\n\n" + "\n".join(ITEMS))
    texts = [text for _, _, text in found]
    for item in ITEMS:
        assert any(item.rstrip(";.") in text for text in texts)


def test_premises_are_no_positions() -> None:
    body = ("The Presidents of Argentina and Brazil met in Foz do Iguacu.\n\nConsidering that:"
            "\n\nNuclear science and technology are highly valuable for every modern country;\n"
            "Both countries have dedicated years to studying peaceful applications of nuclear "
            "energy;\n\nThey declare:\n\n1. their commitment to developing nuclear energy for "
            "peaceful purposes only;\n2. their decision to establish a system of mutual "
            "guarantees.")
    texts = [text for _, _, text in commitments(body)]
    assert not any(text.startswith("Nuclear science") for text in texts)
    assert any(text.startswith("their commitment to developing") for text in texts)
