"""A deed beaten off by its by-agent (issue 14, whose victims): "the army repelled an attack by
Guyanese forces" is aimed at the attackers the by-phrase names, as "condemned the attack by the RSF"
is; before, the attack's doers were read as the attack's victims and the target fell to the scene.
Sentences of our own, of several conflicts (real model)."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, source, target", [
    ("The Venezuelan army repelled an attack by Guyanese forces on Tuesday.", "VEN", "GUY"),
    ("Armenia's defence ministry said its troops had repelled an assault by Azerbaijani units near "
     "Sotk.", "ARM", "AZE"),
    ("Thai soldiers fought off an incursion by Cambodian troops along the border on Monday.", "THA", "KHM"),
    ("Indian troops beat back an attack by Pakistani soldiers in the Poonch sector.", "IND", "PAK"),
])
def test_the_attack_beaten_off_is_its_by_agents(coder, text: str, source: str, target: str) -> None:
    evs = coded(coder, text, "2026-03-04")
    defence = [(s, t) for r, s, t, e in evs if r == "19" and s == source]
    assert (source, target) in defence, evs
