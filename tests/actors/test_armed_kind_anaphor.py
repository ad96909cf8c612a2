""""The terror group", "the militant group": a definite group named only by a word that calls it armed
(word class ``armed_kind``, actors/heads.armed_kind_definite) is the armed group named before, also one
named only as the owner of things struck ("struck Hezbollah positions", "PKK shelters": actors/link.py),
never a group of the country it then attacks; with no group named before it stays rebels of the story.
Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, published, group_country", [
    ("The IDF struck Hezbollah positions in southern Lebanon. The terror group fired 200 rockets at "
     "northern Israel.", "2024-08-26", "LBN"),
    ("Israeli jets struck Hamas tunnels in Rafah overnight. The terror group fired rockets at Ashkelon.",
     "2024-05-06", "PSE"),
    ("Turkish jets struck PKK shelters in northern Iraq. The terror group attacked a Turkish base in Duhok.",
     "2024-01-14", "TUR"),
])
def test_the_terror_group_is_the_group_named_before(text, published, group_country):
    later = [e for e in code(text, published) if e.sentence_index == 1 and e.cameo[:2] == "19"]
    assert later and all((e.source.country, e.source.sector) == (group_country, "REB") for e in later)
