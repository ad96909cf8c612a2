"""Allies coordinated as one deed's subject act together, never on each other: an armed group of known
country fought by that state's forces and a foreign ally is their target ("Congolese troops and
Burundian soldiers fought M23 rebels": not the Congolese against the Burundians; events/sides.state_foe),
and those who beat off an assault (word class `one_sided_assault`: repel, repulse) are neither each
other's foe nor the attacker of the assault they repelled (events/pending_targets.resolve_pending).
Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _dyads(text: str) -> set[tuple[str, str | None]]:
    return {(e.source.code, e.target.code if e.target is not None else None)
            for e in code(text, "2024-06-11") if e.cameo.startswith("19")}


def test_the_states_allies_fight_the_named_group_not_each_other() -> None:
    dyads = _dyads("Mozambican troops and Rwandan soldiers fought Ansar al-Sunna fighters near Mocimboa da Praia.")
    assert ("MOZMIL", "RWAMIL") not in dyads and ("RWAMIL", "MOZMIL") not in dyads


def test_allies_who_beat_off_an_assault_are_not_each_others_foes() -> None:
    dyads = _dyads("Jihadists stormed an army post near Menaka. Malian soldiers and Russian mercenaries "
                   "repulsed the assault, killing 15 of the attackers.")
    assert not {("MLIMIL", "RUSREB"), ("RUSREB", "MLIMIL")} & dyads

