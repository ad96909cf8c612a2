"""War games held around, near or off a place are a show of force at it, not cooperation with it
(actions.yml: game + compound war + prep around/near/off + a place, 150; the verb's joint reading of
"war games" gives way to it, events/one_record.py, which now knows a verb entry's object "war games"
by its last word). Before, "staged war games around Taiwan" was CHN 062 TWN. Sentences are the
team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _events(text: str) -> set[tuple[str, str, str | None]]:
    return {(e.source.country or "", e.cameo[:2], e.target.country if e.target is not None else None)
            for e in code(text, "2024-03-04") if e.source is not None}


@pytest.mark.parametrize(("text", "state", "place"), [
    ("Beijing held large-scale war games around Taiwan on Saturday.", "CHN", "TWN"),
    ("Turkey launched war games near Cyprus on Wednesday.", "TUR", "CYP"),
])
def test_war_games_around_a_place_show_force_at_it(text: str, state: str, place: str) -> None:
    got = _events(text)
    assert (state, "15", place) in got
    assert not any(root == "06" for _s, root, _t in got)
