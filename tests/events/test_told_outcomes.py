"""The outcome a participle tells after a teller set in the middle ("Drones struck a village in
Duhok, local officials said, wounding two civilians") happened where the deed it follows did, not
where it was said (places/locate via nlp/syntax.told_before): its victims of unstated country are
of that place's country, never the attacker's. Sentences the team wrote."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, attacker, victims", [
    ("Turkish drones struck a village in Duhok province on Thursday night, local officials said, wounding two "
     "civilians.", "TUR", "IRQ"),
    ("Rwandan artillery shelled a market in Bukavu on Monday, Congolese officials said, killing six "
     "civilians.", "RWA", "COD"),
])
def test_the_outcome_told_after_the_teller_is_placed_with_its_deed(coder, text, attacker, victims):
    evs = coded_at(coder, text, "2025-07-11")
    hits = [(s, t) for r, s, t, e in evs if r in ("18", "19")]
    assert (attacker, victims) in hits and (attacker, attacker) not in hits
