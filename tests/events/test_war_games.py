"""War games a state's forces hold alone show force (150, PLOVER MOBILIZE), as drills do; joint
ones, or games with a partner, are military cooperation (062): actions.yml (the noun "war game" and
the verbs that hold, stage, launch or begin joint ones). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _codes(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.country if e.source else None, e.cameo, e.target.country if e.target else None)
            for e in code(text, "2024-10-14")}


def test_war_games_alone_show_force() -> None:
    codes = _codes("China's military launched large-scale war games around Taiwan on Monday.")
    assert {c[1] for c in codes} == {"150"}, codes


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia and Belarus began joint war games near the Polish border on Tuesday.", ("RUS", "062", "BLR")),
    ("Iran's navy launched war games with Russia and China in the Gulf of Oman.", ("IRN", "062", "RUS")),
])
def test_joint_war_games_are_military_cooperation(text: str, expected: tuple[str, str, str]) -> None:
    codes = _codes(text)
    assert expected in codes and {c[1] for c in codes} == {"062"}, codes
