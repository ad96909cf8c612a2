"""A deed told in a relative clause or participle on the side a clash faces, with no target of its own,
is aimed at the side that clashed with it ("protesters clashed with police who fired tear gas": at the
protesters), never at the country as a scene (events/clash_sides.py). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("Students in Dhaka clashed with Bangladeshi police, who fired rubber bullets.", "fired", "BGDCOP", "BGDEDU"),
    ("Kenyan police clashed with protesters who hurled rocks in Nairobi.", "hurled", "KENOPP", "KENCOP"),
    ("Opposition supporters in Nairobi clashed with Kenyan police firing tear gas.", "firing", "KENCOP", "KENOPP"),
    ("Hundreds of Kurdish protesters in Diyarbakir clashed with Turkish police who used water cannon.", "used",
     "TURCOP", "TUROPP"),
    ("Rival gang members in Port-au-Prince fought with Haitian police who fired tear gas.", "fired",
     "HTICOP", "HTICRM"),
    ("Supporters of the opposition clashed with Ugandan soldiers, who opened fire.", "opened", "UGAMIL", "UGAOPP"),
    ("Armenian soldiers clashed with Azerbaijani troops who opened fire on Tuesday.", "opened", "AZEMIL", "ARMMIL"),
    ("Chinese troops clashed with Indian soldiers who threw stones along the disputed border.", "threw",
     "INDMIL", "CHNMIL"),
])
def test_a_deed_of_the_side_faced_is_aimed_at_the_other(text: str, trigger: str, source: str, target: str) -> None:
    events = [e for e in code(text, "2025-07-19") if e.trigger.startswith(trigger)]
    assert [(e.source.code if e.source else None, e.target.code if e.target else None) for e in events] \
        == [(source, target)], [(e.trigger, e.source, e.target) for e in code(text, "2025-07-19")]


@pytest.mark.parametrize(("text", "aimed", "kept"), [
    # a clause with a target of its own keeps it, beside one that has none
    ("Youths in Abidjan clashed with Ivorian police who fired tear gas and arrested 30 students.",
     ("fired", "CIVCVL"), ("arrested", "CIVEDU")),
    # a demonstration is aimed at what it protests, not at the police it clashed with
    ("Zimbabwean police clashed with opposition supporters who were demonstrating in Harare. Later, police "
     "clashed with youths who threw stones.", ("threw", "ZWECOP"), ("demonstrating", "ZWE")),
    # a deed done to the clause's side is none of its own
    ("Protesters in Lima clashed with Peruvian police who had been deployed to the square. Later, miners in "
     "Lima clashed with Peruvian police who fired rubber bullets.", ("fired", "PERLAB"), ("deployed", "PER")),
])
def test_a_clause_with_its_own_target_or_no_deed_keeps_its_reading(
        text: str, aimed: tuple[str, str], kept: tuple[str, str]) -> None:
    events = code(text, "2025-07-19")
    targets = {(e.trigger.split()[0], e.target.code if e.target else None) for e in events}
    assert aimed in targets and kept in targets, targets
