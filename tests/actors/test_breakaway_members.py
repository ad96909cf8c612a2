"""Dissidents of an armed group are armed as it is: "FARC dissidents", "dissidents of the former FARC
guerrilla group" are rebels who attack and clash, not an opposition that protests (word class
``breakaway``, actors/lexicon.member_sector). Dissidents of a state stay its opposition. Sentences
are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "FARC dissidents attacked a police station in Cauca on Monday.",
    "Dissidents of the former FARC guerrilla group ambushed an army patrol in Guaviare on Sunday.",
    "The ELN said its fighters had clashed with dissidents of the former FARC guerrilla group.",
])
def test_an_armed_groups_dissidents_are_armed(text: str) -> None:
    events = code(text, "2025-01-20")
    assert events and all(e.cameo_root in ("18", "19") for e in events), [(e.source, e.cameo) for e in events]
    assert all(p is not None and p.sector != "OPP" for e in events for p in (e.source, e.target)), \
        [(e.source, e.target) for e in events]


def test_a_states_dissidents_stay_its_opposition() -> None:
    events = code("Cuban dissidents marched through Havana on Sunday.", "2025-01-20")
    assert events and all(e.source is not None and e.source.sector == "OPP" for e in events)
