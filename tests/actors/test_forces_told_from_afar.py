"""Unnamed forces whose deed a state tells that is no voice of theirs (the country itself or its
government, not its army, nor "its troops") are not the teller's, nor are their victims, unless the
story says the teller is a side, where they harm no armed foe (troops killing militants or bandits,
and police, are the teller's own): of the one other country the story's places name, else of none
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
])
def test_forces_told_by_a_state_that_is_no_voice_of_theirs_are_not_its(text: str, teller: str) -> None:
    got = _dyads(text)
    assert got and not any(c is not None and c.startswith(teller) for pair in got for c in pair), got


def test_forces_told_by_a_third_state_are_of_the_storys_place() -> None:
    got = _dyads("Clashes erupted near Kidal on Sunday.\n\nCanada said troops killed seven herders.")
    assert ("MLIMIL", "MLIAGR") in got and not any(c is not None and c.startswith("CAN") for p in got for c in p), got


@pytest.mark.parametrize(("far", "near", "teller"), [
    # the teller names the forces its own, or is their army
    ("Chad said troops killed five villagers.", "Chad said its troops killed five villagers.", "TCD"),
    ("Chad said troops killed five villagers.", "The Chadian army said troops killed five villagers.", "TCD"),
    # the story places the deed in the teller's country, or is filed from there
    ("Chad said troops killed five villagers.", "Chad said troops killed five villagers near Moundou.", "TCD"),
    ("Chad said troops killed five villagers.", "NDJAMENA - Chad said troops killed five villagers.", "TCD"),
])
def test_the_teller_is_the_forces_own_state_only_where_the_story_says_so(far: str, near: str, teller: str) -> None:
    got = _dyads(far)
    assert got and not any(c is not None and c.startswith(teller) for pair in got for c in pair), got
    got = _dyads(near)
    assert got and all(s is not None and s == teller + "MIL" for s, _ in got), got


@pytest.mark.parametrize(("text", "teller"), [
    # a state telling of troops fighting armed foes tells of its own operation; police are its own
    ("Mali said troops killed four militants.", "MLI"),
    ("Niger said soldiers killed 20 bandits.", "NER"),
    ("Sweden said police beat six protesters.", "SWE"),
])
def test_troops_fighting_armed_foes_and_police_are_the_tellers(text: str, teller: str) -> None:
    got = _dyads(text)
    assert got and all(s is not None and s.startswith(teller) for s, _ in got), got


def test_the_army_a_state_tells_it_acts_on_is_its_own() -> None:
    # (the army is the object of the state's own deed, not the doer of one it tells of)
    text = ("Kosovo police took control of two border crossings on Sunday. Kosovo's prime minister said the "
            "police would stay. Serbia said on Monday that it would put the army on high alert.")
    events = [e for e in code(text, "2024-05-02") if e.cameo_root == "15"]
    assert events and all(e.target is not None and e.target.country == "XKX" for e in events), \
        [(e.source, e.cameo, e.target) for e in events]
