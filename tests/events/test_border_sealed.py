"""Sealing a border's crossings restricts movement across it as sealing the border does (191), aimed at
the neighbour named. Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, target", [
    ("Uzbekistan sealed all border crossings with Tajikistan on Friday.", "TJK"),
    ("Chad sealed its border crossings with Sudan after the clashes in Darfur.", "SDN"),
])
def test_sealing_crossings_restricts_movement(text, target):
    assert [(e.cameo, e.target.country if e.target else None) for e in code(text, "2025-07-25")] == [("191", target)]
