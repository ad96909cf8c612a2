"""A full name whose given names the who's who's person of that surname does not have, in any
spelling, is another person, who takes nothing of the namesake's: no country, no office, and the men
loyal to them are no state's forces (actors/names_told.own_name, also called by actors/code.py).
Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _codes(text: str, word: str) -> set[str | None]:
    found = set()
    for e in code(text, "2024-05-02"):
        for a in (e.source, e.target):
            if a is not None and a.text == word:
                found.add(a.code)
    return found


def test_men_loyal_to_a_namesake_of_a_ruler_are_no_state_forces() -> None:
    text = "Fighters loyal to warlord Hamza Bashir overran a police post in the Libyan town of Zuwara."
    assert _codes(text, "Fighters") == {"LBYREB"}


def test_men_loyal_to_a_tribal_leader_sharing_a_generals_surname_are_no_army() -> None:
    text = "KHARTOUM - Militiamen loyal to the tribal leader Musa Burhan raided a market in Nyala."
    assert _codes(text, "Militiamen") == {"SDNREB"}


def test_a_relative_of_the_prime_minister_holds_no_office() -> None:
    text = "TRIPOLI - Mohamed Dbeibah, a cousin of the prime minister, was arrested at the airport on Monday."
    assert _codes(text, "Mohamed Dbeibah") == {"LBY"}
