"""Speakers who took part (after a meeting, in an address to it), contact groups named
briefly or in full, and the armed movements peace talks are held with."""
from __future__ import annotations

import pytest

from reader.core.gazetteer import default_gazetteer
from tests.core.extract_helpers import mentioned_names, party_names, run


def test_a_speaker_after_the_meeting_took_part() -> None:
    body = ("Indonesia and Malaysia held talks in Jakarta. “Indonesia is committed to continue "
            "improving bilateral relations,” Foreign Minister Retno Marsudi told reporters "
            "after a meeting with her Malaysian counterpart.")
    assert "Retno Marsudi" in party_names(body)
    # Telling reporters something is no meeting of one's own.
    other = ("Indonesia and Malaysia held talks in Jakarta. Thai Foreign Minister Don "
             "Pramudwinai told reporters that the region welcomed the talks.")
    assert "Don Pramudwinai" not in party_names(other)


def test_an_address_at_the_meeting() -> None:
    body = ("1. Commonwealth Heads of Government met in London. 2. The Opening Ceremony of the "
            "Meeting included an address by Her Majesty Queen Elizabeth II, Head of the "
            "Commonwealth.")
    assert "Elizabeth II" in party_names(body)
    # An address from another time and place is no part of this meeting.
    other = ("The leaders of France and Germany met in London on Monday. Newspapers there "
             "reprinted an address by President Lincoln from 1863.")
    assert "Lincoln" in mentioned_names(other)


def test_a_contact_group_named_briefly() -> None:
    body = ("We the Foreign Ministers of Contact Group countries, together with the Deputy "
            "Chairman in Office of the OSCE, met in Bonn. The Contact Group remains seriously "
            "concerned about the conflict.")
    assert "Contact Group" in party_names(body)


def test_a_short_name_folds_into_the_contact_group_named_in_full() -> None:
    analysis = run("The International Contact Group on Liberia met in Brussels. The Contact "
                   "Group remains seriously concerned about the conflict in Liberia.")
    groups = [p for p in analysis.participants if "Contact Group" in p.name]
    assert [g.name for g in groups] == ["International Contact Group on Liberia"]
    assert "Contact Group" in groups[0].aliases


def test_a_headline_names_the_body_the_text_names_in_full() -> None:
    from reader.core.analysis import analyze
    from reader.core.article import article_from_text
    from reader.core.codebook import default_codebook

    article = article_from_text(
        "The 15th meeting of the International Contact Group on Somalia (ICG) was held in "
        "Rome. The ICG welcomes the commitment made by the Transitional Government.",
        "International Contact Group Meeting on Somalia concludes today")
    names = [p.name for p in analyze(article, default_codebook()).participants]
    assert "International Contact Group on Somalia" in names
    assert "Contact Group" not in names


@pytest.mark.parametrize(("text", "name"), [
    ("the LTTE’s Chief Negotiator", "Liberation Tigers of Tamil Eelam"),
    ("talks with the Liberation Tigers in Geneva", "Liberation Tigers of Tamil Eelam"),
    ("the NDFP delegation", "National Democratic Front of the Philippines"),
    ("the Free Aceh Movement (GAM)", "Free Aceh Movement"),
    ("talks between the MNLF and Manila", "Moro National Liberation Front"),
    ("the PLO Executive Committee", "Palestine Liberation Organization"),
])
def test_armed_movements_in_peace_talks(text: str, name: str) -> None:
    gaz = default_gazetteer()
    assert name in {gaz.entities[m.entity_id].name for m in gaz.find(text)}


def test_a_revolution_named_after_a_movement_is_none() -> None:
    # Gaddafi's title, "Leader of the Al-Fatah Revolution", names no Palestinian movement.
    gaz = default_gazetteer()
    assert not gaz.find("at the invitation of the Leader of the Al-Fatah Revolution")
