"""A strike or war machine named by its weapon and made by an armed group in a by-phrase is the group's
and of its own sector, never an army's: an armed group has none ("a drone strike by the RSF killed 12
soldiers": SDNREB, not SDNMIL against its own foes' soldiers; actors/rightside._made_by). A state's
stays its military ("a drone strike by Turkey"). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, doer", [
    ("A drone strike by the RSF killed nine soldiers near Kadugli.", "SDNREB"),
    ("An air strike by Hezbollah damaged a base in northern Israel.", "LBNREB"),
])
def test_an_armed_groups_strike_is_of_its_own_sector(text: str, doer: str) -> None:
    assert {e.source.code for e in code(text, "2024-06-11") if e.cameo.startswith("19")} == {doer}
