"""What those a deed of force was done to were doing when it happened is no deed of theirs: "air strikes
killed 30 people attending a ceremony" codes the strikes, not a ceremony attended (017); a deed of
conflict of their own stays ("arrested 40 people protesting the verdict"). Sentences of our own
(events/relatives.doing_when_struck)."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Air strikes killed at least 30 people attending a ceremony in Sagaing on Tuesday.",
    "Troops shot dead two men attending a funeral in Jenin on Friday.",
    "Gunmen attacked mourners attending a burial near Bunia on Sunday.",
])
def test_the_victims_doing_is_no_event(text: str) -> None:
    evs = code(text, "2024-04-10")
    assert evs and all(e.cameo[:2] in ("17", "18", "19", "20") for e in evs), [(e.cameo, e.trigger) for e in evs]


def test_a_deed_of_conflict_of_their_own_stays() -> None:
    evs = code("Police arrested 40 people protesting the verdict outside the court on Monday.", "2024-04-10")
    assert {e.cameo[:2] for e in evs} >= {"17", "14"}
