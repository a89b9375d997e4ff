"""Members a statement lists for a body that met are parties (reader/core/membership.py);
members listed for a body that only comes up are not, nor is a member said to stay away."""
from __future__ import annotations

import pytest

from tests.core.extract_helpers import mentioned_names, party_names


@pytest.mark.parametrize("lead", ["which groups", "which comprises", "which brings together",
                                  "which is made up of", "comprising"])
def test_a_list_after_the_body_that_met(lead: str) -> None:
    body = ("Leaders of the Pacific Islands Forum concluded their summit in Alofi on "
            "Wednesday. Premier Toke Talagi will chair the 16-member Pacific Islands Forum, "
            f"{lead} Australia, Samoa, Tonga and Vanuatu, in the coming year.")
    assert {"Pacific Islands Forum", "Australia", "Samoa", "Tonga", "Vanuatu"} <= \
        party_names(body)


def test_a_sentence_of_member_states_after_the_meeting() -> None:
    body = ("The foreign ministers of the Arctic Council signed a joint statement in Rovaniemi. "
            "The ministers reaffirmed their commitment to peace in the Arctic. The Council was "
            "established in 1996. Member states include Canada, Denmark, Iceland and Norway.")
    assert {"Arctic Council", "Canada", "Denmark", "Iceland", "Norway"} <= party_names(body)


def test_whose_members_are() -> None:
    body = ("Ministers of the Mano River Union, whose members are Guinea, Liberia, Sierra "
            "Leone and Ivory Coast, met in Conakry on Monday.")
    assert {"Guinea", "Liberia", "Sierra Leone"} <= party_names(body)


def test_a_member_that_pulled_out_is_no_party() -> None:
    body = ("Leaders of the Pacific Islands Forum (PIF) concluded their summit in Alofi. "
            "Premier Toke Talagi chairs the PIF, which groups Australia, Fiji, Samoa and Tonga. "
            "Fiji announced to pull out of the summit two days before it opened.")
    parties = party_names(body)
    assert {"Australia", "Samoa", "Tonga"} <= parties
    assert "Fiji" not in parties
    assert "Fiji" in mentioned_names(body)


def test_the_members_of_a_body_that_only_comes_up_are_no_parties() -> None:
    body = ("President Ana Vale of Chile met Prime Minister Luis Paz of Peru in Lima. They "
            "discussed the Mercosur bloc, which groups Argentina, Brazil, Paraguay and "
            "Uruguay.")
    parties = party_names(body)
    assert {"Chile", "Peru"} <= parties
    assert not {"Argentina", "Brazil", "Paraguay", "Uruguay"} & parties


def test_a_sentence_of_members_with_no_body_that_met_names_no_party() -> None:
    body = ("President Ana Vale of Chile met Prime Minister Luis Paz of Peru in Lima. The "
            "Andean Community was founded in 1969. Member states include Bolivia, Colombia "
            "and Ecuador.")
    assert not {"Bolivia", "Colombia", "Ecuador"} & party_names(body)


@pytest.mark.parametrize(("body", "members", "not_members"), [
    ("Leaders of the Shanghai Cooperation Organisation (SCO) met in Astana. The SCO, which "
     "groups Russia, China and Kazakhstan, condemned the attack on Ukraine.",
     {"Russia", "China", "Kazakhstan"}, {"Ukraine"}),
    ("Ministers of the Arctic Council met in Tromso. Member states include Canada and "
     "Norway, while China is an observer.", {"Canada", "Norway"}, {"China"}),
    ("Ministers of the Arctic Council met in Tromso. Its members are Canada, Denmark and "
     "Norway.", {"Canada", "Denmark", "Norway"}, set()),
    ("Ministers of the Arctic Council met in Tromso. Members include Canada and Norway.",
     {"Canada", "Norway"}, set()),
])
def test_a_list_of_members_ends_where_its_names_end(body: str, members: set[str],
                                                    not_members: set[str]) -> None:
    parties = party_names(body)
    assert members <= parties
    assert not not_members & parties
