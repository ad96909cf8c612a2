"""A possessor the parser hung on the last noun of a coordination ("[Niger's army and] Chadian
troops", the first noun made a modifier of the second) is the first party's alone where the armed
party after the conjunction names its own state: two parties, each of its own country, never the
possessor's army turned into foreign troops' rebels (actors/modifiers.py `_own_owner`). Sentences
are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, first, second", [
    ("Burkina Faso's army and Russian mercenaries burned a village near Djibo.", "BFAMIL", "RUSREB"),
    ("Niger's army and Chadian troops attacked militant camps near the border.", "NERMIL", "TCDMIL"),
])
def test_armed_party_after_the_conjunction_keeps_its_own_state(text: str, first: str, second: str) -> None:
    doers = {e.source.code for e in code(text, "2024-06-11")}
    assert {first, second} <= doers

