"""Drills held with a partner are cooperation with it, whether the parse hangs the with-phrase on the
verb ("held naval drills with X": actions.yml hold, stage, conduct + drills + `prep: with`, 062) or on
the noun ("held military exercises with Tajik troops": exercise, drill, manoeuvre, war game + prep
with + a place or people, 062); the reading that rests on the with-phrase drops the other's show of
force (150, events/one_record.py). Before, "held naval drills with X" was a show of force at X.
Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _events(text: str) -> set[tuple[str, str, str | None]]:
    return {(e.source.country or "", e.cameo[:2], e.target.country if e.target is not None else None)
            for e in code(text, "2024-03-04") if e.source is not None}


@pytest.mark.parametrize(("text", "pair"), [
    # the with-phrase on the verb
    ("Japan held naval drills with Australia in the Coral Sea on Tuesday.", ("JPN", "AUS")),
    ("Egypt staged air force exercises with Greece on Monday.", ("EGY", "GRC")),
    # the with-phrase on the noun
    ("Mongolia held military exercises with Chinese troops on Thursday.", ("MNG", "CHN")),
    ("The Brazilian navy conducted exercises with Argentine forces on Friday.", ("BRA", "ARG")),
])
def test_drills_with_a_partner_are_cooperation(text: str, pair: tuple[str, str]) -> None:
    got = _events(text)
    assert (pair[0], "06", pair[1]) in got
    assert not any(root == "15" for _s, root, _t in got)
