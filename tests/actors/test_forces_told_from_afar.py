"""Unnamed forces whose deed a state tells that is no voice of theirs (the country itself or its
government, not its army, nor "its troops") are not the teller's, nor are their victims, unless the
story says the teller is a side: of the one other country the story's places name, else of none
(actors/speakers_side.py leaves them to the story; actors/third_tellers.forces_told_from_afar,
called from actors/story.story_country_for). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model

_HARM = ("18", "19", "20")


def _dyads(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.code if e.source is not None else None, e.target.code if e.target is not None else None)
            for e in code(text, "2024-05-02") if e.cameo[:2] in _HARM]


@pytest.mark.parametrize(("text", "teller"), [
    ("Denmark said soldiers killed five farmers.", "DNK"),
    ("The Finnish government said soldiers shot two villagers.", "FIN"),
    ("Sweden said police beat six protesters.", "SWE"),
])
def test_forces_told_by_a_state_that_is_no_voice_of_theirs_are_not_its(text: str, teller: str) -> None:
    got = _dyads(text)
    assert got and not any(c is not None and c.startswith(teller) for pair in got for c in pair), got


def test_forces_told_by_a_third_state_are_of_the_storys_place() -> None:
    got = _dyads("Clashes erupted near Kidal on Sunday.\n\nCanada said troops killed seven herders.")
    assert ("MLIMIL", "MLIAGR") in got and not any(c is not None and c.startswith("CAN") for p in got for c in p), got


@pytest.mark.parametrize(("far", "near", "teller"), [
    # the teller names the forces its own, or is their army
    ("Chad said troops killed five gunmen.", "Chad said its troops killed five gunmen.", "TCD"),
    ("Chad said troops killed five gunmen.", "The Chadian army said troops killed five gunmen.", "TCD"),
    # the story places the deed in the teller's country, or is filed from there
    ("Chad said troops killed five gunmen.", "Chad said troops killed five gunmen near Bol.", "TCD"),
    ("Chad said troops killed five gunmen.", "NDJAMENA - Chad said troops killed five gunmen.", "TCD"),
])
def test_the_teller_is_the_forces_own_state_only_where_the_story_says_so(far: str, near: str, teller: str) -> None:
    got = _dyads(far)
    assert got and not any(c is not None and c.startswith(teller) for pair in got for c in pair), got
    got = _dyads(near)
    assert got and all(s is not None and s == teller + "MIL" for s, _ in got), got
