"""A body of states one of them leads, told again by its bare head, is that body: the leader's armed
force ("the Saudi-led coalition ... the coalition bombed a market": SAUMIL; actors/pronouns.py, word
class ``led_body_anaphor``). With no such body told before ("the ruling coalition ... the coalition")
it is no actor. Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, doer, root", [
    ("The Saudi-led coalition is fighting the Houthis in Yemen. The coalition bombed a market in Saada, "
     "killing 12 people.", "SAUMIL", "19"),
    ("A coalition led by Saudi Arabia intervened in Yemen in 2015. The coalition bombed a wedding in "
     "Hajjah on Monday, killing 20 people.", "SAUMIL", "19"),
    ("The US-led coalition has carried out strikes in Syria since 2014. Islamic State fighters attacked a "
     "prison in Hasakah. The coalition condemned the attack.", "USAMIL", "11"),
])
def test_a_led_body_told_again_is_the_leaders_force(text: str, doer: str, root: str) -> None:
    assert doer in {e.source.code for e in code(text, "2024-06-11") if e.cameo.startswith(root) and e.source}


@pytest.mark.parametrize("text", [
    "The ruling coalition in Pakistan faces a crisis. The coalition criticised the opposition on Monday.",
    "Parties formed a coalition after the vote. The coalition criticised the opposition on Monday.",
])
def test_a_coalition_with_no_led_body_told_is_no_actor(text: str) -> None:
    assert not [e for e in code(text, "2024-06-11") if e.source is not None and e.source.code.endswith("MIL")]
