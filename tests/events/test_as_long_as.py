"""A clause of "as long as" or "so long as" is the condition a vow or stance lasts by, told as background
to it: the deed it names is no event of its own ("would keep attacking ships as long as Israel
continued its offensive"), nor is a deed joined to it. A clause of "as" that tells when something
happened ("as the army shelled the town, families fled") stays news. Sentences are the team's own."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, vow", [
    ("The Houthis said on Saturday that they would keep attacking vessels owned by Israeli firms as long as "
     "Israel continued its offensive in Gaza.", ("13", "YEM", "ISR")),
    ("The commander of the Kachin Independence Army said his men would fight on for as long as the "
     "junta's jets bombed their villages.", None),
    ("Hamas said it would keep its weapons so long as Israeli troops occupied the Philadelphi corridor.", None),
])
def test_the_deed_of_an_as_long_as_condition_is_not_coded(coder, text, vow):
    evs = coded(coder, text, "2024-03-02")
    assert not any(r in ("19", "20", "15") and s != "YEM" for r, s, t, e in evs if r != "13")
    assert not any(e.trigger.lower() in ("offensive", "bombed", "occupied") for r, s, t, e in evs)
    if vow is not None:
        assert vow in {(r, s, t) for r, s, t, e in evs}


def test_a_deed_joined_to_the_condition_is_the_same_condition(coder):
    evs = coded(coder, "The militia's leader said attacks on the bases would continue as long as American "
                       "forces bombed Iraqi towns and blocked the border crossings.", "2024-03-02")
    assert not any(e.trigger.lower() in ("bombed", "blocked") for r, s, t, e in evs)


def test_a_clause_of_as_that_tells_when_stays_news(coder):
    evs = coded(coder, "KHARTOUM - As the Rapid Support Forces shelled Omdurman on Tuesday, the army "
                       "bombed their positions in Bahri.", "2024-03-06")
    assert {("19", "SDN", "SDN")} <= {(r, s, t) for r, s, t, e in evs}
    assert any(e.trigger.lower() == "shelled" for r, s, t, e in evs)
