"""Parties as declarations, communiqués and attendance lists name them: "attended by the
following …:" lists, Commonwealth honorifics without full stops ("HE", "Hon", "Mr"), monarchs'
numerals, bare middle initials and titles written after a name without a comma. Found on a
ninth and tenth set of real statements (participants F1 0.62 and 0.59 at first look)."""
from __future__ import annotations

from tests.core.extract_helpers import mentioned_names, party_names

ATTENDANCE = (
    "The Extraordinary Summit met in Pretoria on 2 May to consider the situation.\n\n"
    "The Summit was attended by the following Heads of State and Government or their "
    "representatives:\n\n"
    "* Eswatini: His Majesty, King Mswati III\n"
    "* United Republic: HE President Jakaya Mrisho Kikwete of Tanzania\n"
    "* South Africa: HE President Jacob G Zuma\n"
    "* Angola: Hon. Assunção A dos Anjos\n"
    "* Botswana: Hon Dikgakgamatso Seretse Minister of Defence, Justice and Security\n"
    "* Mauritius: Dr the Hon. Arvin Boolell, Minister of Foreign Affairs\n"
    "* Malawi: HE Mrs Agrina Mussa, High Commissioner to South Africa\n"
    "* Seychelles: HE Noellie Alexander High Commissioner to South Africa\n\n"
    "The Summit congratulated Mr Bingu wa Mutharika on his election.\n"
)


def test_everyone_on_an_attendance_list_is_a_party() -> None:
    parties = party_names(ATTENDANCE)
    # "United Republic" holds a stance word ("united") but states nothing: the list goes on.
    assert {"Eswatini", "Tanzania", "South Africa", "Angola", "Botswana", "Mauritius",
            "Malawi", "Seychelles"} <= parties
    assert {"Mswati III", "Jakaya Mrisho Kikwete", "Jacob G Zuma", "Assunção A dos Anjos",
            "Dikgakgamatso Seretse", "Arvin Boolell", "Agrina Mussa",
            "Noellie Alexander"} <= parties


def test_titles_and_honorifics_are_not_names_or_bodies() -> None:
    names = party_names(ATTENDANCE) | mentioned_names(ATTENDANCE)
    # A title after the name is not part of it, and a High Commissioner is no commission.
    assert not any("Minister" in n or "Commission" in n for n in names)
    assert not {"Jacob", "Mswati", "HE"} & names
    # "Mr" without its full stop is an honorific too; the congratulated is only mentioned.
    assert "Bingu wa Mutharika" in mentioned_names(ATTENDANCE)


def test_a_host_and_the_guests_are_parties() -> None:
    body = ("Council President Marta Kolar released a statement after hosting Armenian Prime "
            "Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev in Brussels.")
    assert {"Marta Kolar", "Nikol Pashinyan", "Ilham Aliyev", "Armenia",
            "Azerbaijan"} <= party_names(body)


def test_hosting_a_meeting_or_refugees_names_no_guest() -> None:
    body = ("The Narcotics Bureau of Peru hosted the third meeting of the Andean Drug Working "
            "Group in Lima. The ministers of Chile and Peru thanked the communities hosting "
            "Venezuelan refugees.")
    assert "Venezuela" not in party_names(body)
    assert not any("Working Group" in name for name in party_names(body))


def test_issuers_of_a_joint_statement_and_appositive_titles() -> None:
    body = ("Musaad bin Mohammed Al-Aiban, Saudi Minister of State, led the Saudi delegation "
            "at the talks in Beijing, according to a trilateral statement by China, Saudi "
            "Arabia and Iran. The rapprochement came during a meeting between Venezuelan "
            "President Hugo Chavez and Colombia's new leader, Juan Manuel Santos.")
    assert {"Musaad bin Mohammed Al-Aiban", "China", "Saudi Arabia", "Iran",
            "Hugo Chavez", "Juan Manuel Santos"} <= party_names(body)
