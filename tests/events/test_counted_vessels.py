"""Ships counted by a quantity ("dozens of commercial vessels", "hundreds of fishing boats") are ships
of no owner told, as one ship is: an attack on them is aimed at no party, never at the story's
country, the doer's own (events/unowned_vessels.py, used by events/fallback.py). Before, the count
hid the ships and the scene rule aimed the attack at Yemen. Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "word"), [
    ("The United States struck Houthi targets in Yemen on Friday. The group has attacked dozens of commercial "
     "vessels since November.", "dozens"),
    ("Somali forces raided a pirate camp in Puntland. The pirates have hijacked dozens of fishing boats this "
     "year.", "dozens"),
])
def test_counted_ships_are_of_no_owner_told(text: str, word: str) -> None:
    events = [e for e in code(text, "2024-03-02") if word in e.sentence and e.source is not None]
    assert events and all(e.target is None or e.target.country != e.source.country for e in events)
