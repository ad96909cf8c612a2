"""Settlers are of the state that settles the land, not of the land where they live: "Jewish settlers in
Hebron", "settlers" in a story of the West Bank are Israel's (countries.yml's `settled_by`,
actors/settlers.py); a nationality the phrase names is theirs as before, and settlers count for
nothing in the story's country. Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Jewish settlers in Hebron attacked Palestinian homes on Saturday.",
    "Settlers torched cars in a village near Nablus, Palestinian officials said.",
    "Armed settlers from an outpost in the West Bank beat two Palestinian farmers near Ramallah.",
])
def test_settlers_in_the_west_bank_are_israels(text: str) -> None:
    events = code(text, "2024-05-02")
    doers = [e for e in events if "ettlers" in e.source.text]
    assert doers and {e.source.code for e in doers} == {"ISRCVL"}
    assert {e.target.country for e in doers if e.target is not None} == {"PSE"}


def test_settlers_of_a_land_no_state_settles_keep_its_country() -> None:
    events = code("JOS - Fulani herders attacked Berom settlers in Plateau state, killing 12 people.", "2024-05-02")
    assert {e.target.country for e in events if e.target is not None and "settlers" in e.target.text} == {"NGA"}
