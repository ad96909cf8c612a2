"""A package, round or wave of sanctions adopted, approved or announced is sanctions imposed (163),
never aid given (070); and the participle that tells whom the measure reaches ("targeting its oil
revenues") is no attack of its own (``events/measure_aims.py``), while one on an armed deed stays
part of that deed. Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[str, str | None]]:
    return {(e.cameo, e.target.country if e.target else None) for e in code(text, "2025-07-19")}


@pytest.mark.parametrize(("text", "want"), [
    ("The European Union adopted its 18th package of sanctions against Russia.", {("163", "RUS")}),
    ("Britain announced a fresh package of sanctions against Moscow.", {("163", "RUS")}),
    ("The EU approved a sanctions package against Belarus.", {("163", "BLR")}),
    ("The United States unveiled a new round of sanctions on Iran.", {("163", "IRN")}),
    # aid packages stay aid
    ("Japan announced an aid package for Ukraine.", {("070", "UKR")}),
])
def test_a_round_of_sanctions_is_sanctions(text: str, want: set[tuple[str, str | None]]) -> None:
    assert _coded(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("The European Union adopted new sanctions against Russia, targeting its oil revenues and banks.",
     {("163", "RUS")}),
    ("Washington imposed sanctions on Iranian oil firms, targeting the country's exports to China.",
     {("163", "IRN")}),
])
def test_what_a_measure_reaches_is_no_attack(text: str, want: set[tuple[str, str | None]]) -> None:
    assert _coded(text) == want


def test_an_armed_deeds_aim_is_still_no_measure() -> None:
    assert {e.cameo[:2] for e in code("Russia launched 400 drones at Ukraine, targeting its power grid.",
                                      "2025-07-19")} == {"19"}
