"""The armed struggle against a ruler or an occupier told as a body ("the resistance", "a resistance
group", "resistance fighters") is a non-state armed body: sectors.yml REB. What one meets or faces is
no party ("met fierce resistance": word class `hardship_met`). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _dyads(text: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in code(text, "2024-04-10")}


@pytest.mark.parametrize("text, dyad", [
    ("Myanmar's junta accused the resistance of terrorism.", ("MMRMIL", "MMRREB")),
    ("Myanmar's army shelled positions of the resistance in Chin State.", ("MMRMIL", "MMRREB")),
    ("In Myanmar, the resistance said it had shot down a military helicopter.", ("MMRREB", None)),
])
def test_the_resistance_is_an_armed_body(text, dyad) -> None:
    source, target = dyad
    assert any(s == source and (target is None or t == target) for s, t in _dyads(text))


def test_resistance_met_is_no_party() -> None:
    assert not any(t and t.endswith("REB") for _, t in _dyads(
        "Myanmar's army met fierce resistance near the town of Falam."))
