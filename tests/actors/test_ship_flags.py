"""A merchant ship is of the flag or owner its phrase names, written as one word ("a Liberian-flagged
tanker", "a Greek-owned bulk carrier": actors/flags.py), and so are its crew and the ship named again
("the vessel": actors/ships_told.py); the ship's flag tells nothing of whose its unnamed attackers are
(draft.build_context, story.dominant_country). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _codes(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in code(text, "2024-06-10") if e.trigger.startswith(trigger)]


@pytest.mark.parametrize(("text", "want"), [
    ("Houthi gunmen seized a Liberian-flagged tanker in the Red Sea and took its crew hostage.", "LBRCVL"),
    ("Houthi gunmen seized a Greek-owned bulk carrier off Yemen and took its crew hostage.", "GRCCVL"),
])
def test_the_crew_of_a_flagged_ship_is_of_its_flag(text: str, want: str) -> None:
    assert _codes(text, "took") == [("YEMREB", want)]


def test_the_ship_named_again_is_of_the_flag_told_first() -> None:
    text = ("A Cyprus-flagged cargo ship reported a blast near its bow on Sunday. The Houthis later said "
            "they had struck the vessel with a drone boat.")
    assert _codes(text, "struck") == [("YEMREB", "CYP")]


def test_a_warship_told_in_between_keeps_the_flag_away() -> None:
    text = "A Maltese-flagged tanker sailed past a US destroyer off Aden. The Houthis said they had attacked the ship."
    assert all(target != "MLT" for _, target in _codes(text, "attacked"))


def test_a_ships_flag_is_not_whose_its_attackers_are() -> None:
    text = "Pirates boarded a Greek tanker off the coast of Somalia. They took nine sailors hostage."
    assert _codes(text, "took") == [("SOMCRM", "SOMCVL")]  # (the sailors taken: hostages, civilians)
