"""Air defences of no stated country are the defender's, never the attacker's military told just before
them: linked by their sector alone, "Russian forces struck Odesa ... Air defences shot down 20 drones"
made Russian forces shoot down their own drones (actors/defenders.py, used by actors/link.py).
Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "want"), [
    ("KYIV - Russia launched 40 drones at Ukraine overnight. Air defences shot down 35 of them, the air force "
     "said.", "UKR"),
    ("KYIV - Russian forces struck an energy facility in Odesa overnight. Local authorities said two workers "
     "were injured. The regional governor said air defences shot down 20 drones.", "UKR"),
    ("MOSCOW - Ukraine launched drones at Moscow overnight. Air defences shot down ten of them, the mayor "
     "said.", "RUS"),
])
def test_air_defences_are_the_defenders(text: str, want: str) -> None:
    events = [e for e in code(text, "2024-05-02") if e.source is not None and "defences" in e.source.text]
    assert events and {e.source.country for e in events} == {want}
    assert all(e.target is None or e.target.country != want for e in events)
