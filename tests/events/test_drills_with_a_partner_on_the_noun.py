"""Drills whose with-phrase the parse hangs on the noun ("held military exercises with Tajik troops")
are cooperation with that partner too (actions.yml: exercise, drill, manoeuvre, war game + prep with
+ a place or people, 062; the noun's reading that rests on its preposition drops the verb's show of
force, events/one_record.py). Before, the verb's 150 entry reached the partner through its object:
a show of force at it. Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _events(text: str) -> set[tuple[str, str, str | None]]:
    return {(e.source.country or "", e.cameo[:2], e.target.country if e.target is not None else None)
            for e in code(text, "2024-03-04") if e.source is not None}


@pytest.mark.parametrize(("text", "pair"), [
    ("Mongolia held military exercises with Chinese troops on Thursday.", ("MNG", "CHN")),
    ("The Brazilian navy conducted exercises with Argentine forces on Friday.", ("BRA", "ARG")),
])
def test_drills_with_a_partner_on_the_noun_are_cooperation(text: str, pair: tuple[str, str]) -> None:
    got = _events(text)
    assert (pair[0], "06", pair[1]) in got
    assert not any(root == "15" for _s, root, _t in got)
