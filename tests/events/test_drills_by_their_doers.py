"""Military drills told by who holds them (events/drills.py): two or more doers of distinct countries,
or "joint" drills, are cooperation with each other (062); one state's drills are a show of force
(150), never at itself; "rival" or "separate" drills of states named together are each a show of
force at no one, and no cooperation. Before: one state's war games were cooperation with no one
(062), drills of two states told without "joint" were two shows of force (one at its own country),
"joint drills" were both, and "separate war games" were cooperation. Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _events(text: str) -> set[tuple[str, str, str | None]]:
    return {(e.source.country or "", e.cameo, e.target.country if e.target is not None else None)
            for e in code(text, "2024-03-04") if e.source is not None}


@pytest.mark.parametrize(("text", "state"), [
    ("Iran staged war games in the Gulf on Tuesday.", "IRN"),
    ("North Korea staged live-fire drills on Thursday.", "PRK"),
    ("Azerbaijan conducted large-scale military exercises on Friday, the defence ministry said.", "AZE"),
])
def test_one_states_drills_show_force_at_no_one(text: str, state: str) -> None:
    assert _events(text) == {(state, "150", None)}


@pytest.mark.parametrize(("text", "one", "other"), [
    ("Kenyan and Ugandan soldiers held military drills in Nairobi on Friday.", "KEN", "UGA"),
    ("Japan and Australia held joint naval drills on Tuesday.", "JPN", "AUS"),
    ("Vietnam and India held naval exercises in the South China Sea on Tuesday.", "VNM", "IND"),
])
def test_drills_of_two_states_are_cooperation_with_each_other(text: str, one: str, other: str) -> None:
    assert _events(text) == {(one, "062", other), (other, "062", one)}


@pytest.mark.parametrize(("text", "one", "other"), [
    ("Armenia and Azerbaijan staged separate war games along their border on Monday.", "ARM", "AZE"),
    ("India and Pakistan held rival military drills on Sunday.", "IND", "PAK"),
])
def test_rival_drills_are_each_a_show_of_force(text: str, one: str, other: str) -> None:
    assert _events(text) == {(one, "150", None), (other, "150", None)}


def test_joint_drills_near_a_third_state_still_face_it() -> None:
    got = _events("Russian and Chinese warships staged naval drills near Japan on Monday.")
    assert {("RUS", "062", "CHN"), ("CHN", "062", "RUS"), ("RUS", "150", "JPN")} <= got
    assert ("RUS", "150", "CHN") not in got
