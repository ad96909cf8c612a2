"""Force told as the aim of force ("fired tear gas *to disperse them*") is told as new or as told
before as the deed it is the aim of is: in a clause of what happened next ("before police fired tear
gas to disperse them") a second use of force, not a retelling of the one told before
(``events/story._purpose_of``). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def test_force_in_a_later_clause_of_what_happened_next_is_a_deed_of_its_own() -> None:
    text = ("Police dispersed rallies in Nairobi with tear gas on Tuesday. Around 300 students tried to march "
            "to the campus before police fired tear gas to disperse them.")
    force = [e for e in code(text, "2025-06-14") if e.cameo == "175"]
    assert [(e.source.code, e.target.code if e.target else None) for e in force] == [
        ("KENCOP", "KEN"), ("KENCOP", "KENEDU")]


def test_the_aim_of_force_in_a_main_clause_retells_nothing() -> None:
    text = "Hundreds of farmers blocked the highway. Police fired tear gas to disperse them."
    assert [(e.cameo, e.target.code if e.target else None) for e in code(text, "2025-06-14")
            if e.cameo == "175"] == [("175", "---AGR")]
