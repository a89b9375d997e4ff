"""People at the table as news reports and joint statements name them: a title whose
portfolio has a preposition ("Minister for Foreign Affairs, Senator …"), a surname written
with and without its accents, and a party's own official who speaks for it. Found on an
eleventh run of blind sets (participants F1 0.62-0.74 at first look)."""
from __future__ import annotations

import pytest

from reader.core.analysis import analyze
from reader.core.article import article_from_text
from reader.core.codebook import default_codebook
from reader.core.entities import fold_accents
from tests.core.extract_helpers import mentioned_names, party_names


def test_people_whose_titles_carry_a_portfolio_who_met_are_parties() -> None:
    body = ("The Irish Minister for Foreign Affairs, Senator Aoife Brennan, and the Minister "
            "for Defence of Chile, Mr Tomás Rivas, met in Dublin on 4 May for the Second "
            "Ireland-Chile Consultations. The Ministers reaffirmed their commitment to free "
            "trade.")
    parties = party_names(body)
    assert {"Aoife Brennan", "Tomás Rivas", "Ireland", "Chile"} <= parties


def test_support_for_a_country_still_governs_it() -> None:
    # The title rule covers a preposition after a title word only: "support for" a country
    # names a topic, not someone at the table.
    body = ("The ministers of Peru and Chile met in Lima. They reaffirmed their support for "
            "Bolivia.")
    assert "Bolivia" not in party_names(body)
    assert "Bolivia" in mentioned_names(body)


@pytest.mark.parametrize(("word", "plain"), [
    ("Çavuşoğlu", "Cavusoglu"), ("Šimonytė", "Simonyte"), ("Łukasz", "Lukasz"),
    ("Müller", "Muller"), ("Smith", "Smith")])
def test_accents_fold_to_plain_letters(word: str, plain: str) -> None:
    assert fold_accents(word) == plain


def test_a_surname_with_its_accents_is_the_person_named_without_them() -> None:
    body = ("Foreign Minister Mevlut Cavusoglu held talks in Ankara with Greece. Minister "
            "Çavuşoğlu said the two countries would meet again.")
    analysis = analyze(article_from_text(body, "t"), default_codebook())
    people = [e for e in analysis.participants + analysis.mentioned if e.kind == "person"]
    assert [p.name for p in people] == ["Mevlut Cavusoglu"]
    assert "Minister Çavuşoğlu" in people[0].aliases


@pytest.mark.parametrize("body", [
    # The speaker's title names the party; the comma-closed apposition before the verb.
    "Nigeria and Ghana have agreed to revive their joint commission. Ghanaian Minister of "
    "Foreign Affairs, Kofi Mensah, said in Accra that the commission would meet in May.",
    # Inverted after a quotation.
    "Nigeria and Ghana have agreed to revive their joint commission. “We will meet in May,” "
    "said Ghanaian Foreign Minister Kofi Mensah.",
])
def test_an_official_of_a_party_who_speaks_is_a_party(body: str) -> None:
    assert {"Nigeria", "Ghana", "Kofi Mensah"} <= party_names(body)


@pytest.mark.parametrize("body", [
    # A spokesman or an information minister reports the meeting; he was not at it.
    "Nigeria and Ghana have agreed to revive their joint commission. Ghanaian Information "
    "Minister Kofi Mensah said on Twitter that the commission would meet in May.",
    # An official of a country that did not take part.
    "Nigeria and Ghana have agreed to revive their joint commission. Togolese Foreign "
    "Minister Kofi Mensah said the commission would help the region.",
])
def test_a_spokesman_or_an_outsider_who_speaks_stays_mentioned(body: str) -> None:
    assert "Kofi Mensah" in mentioned_names(body)
