"""Weapons brought down in the passive ("rockets fired by Hamas were intercepted over Tel Aviv",
"were intercepted by US warships"): the launch was aimed at the passive's agent, else at the place
they were brought down over, never at the launcher's own side. Sentences of our own
(events/interceptions)."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _triples(text: str, published: str = "2024-06-12") -> list[tuple[str | None, str, str | None]]:
    return [(e.source.code if e.source else None, e.cameo[:2], e.target.country if e.target else None)
            for e in code(text, published)]


@pytest.mark.parametrize("text, src, tgt", [
    ("Drones launched by Russia were shot down over Poland.", "RUS", "POL"),
    ("Two rockets fired by Hamas were intercepted over Tel Aviv.", "PSE", "ISR"),
    ("Missiles fired by Iran were intercepted by US warships.", "IRN", "USA"),
])
def test_weapons_brought_down_in_the_passive_were_aimed_where_they_fell(text: str, src: str, tgt: str) -> None:
    triples = _triples(text)
    assert any(s is not None and s[:3] == src and r == "19" and t == tgt for s, r, t in triples), triples
    assert not any(s is not None and s[:3] == src and t == src for s, r, t in triples), triples
