"""Executions: putting people to death is 1823 whoever they are (the lexicon's object kind
``people``), and executing a plan or hanging a banner is no event. Sentences the team wrote."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def coded(coder, text):
    evs = coder.code_article(Article(id="x", text=text, published="2024-03-14"))
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs]


@pytest.mark.parametrize("text, target", [
    ("Jihadist fighters executed four farmers near Djibo on Tuesday.", "AGR"),
    ("The militia executed dozens of villagers in Ituri.", "CVL"),
    ("Gunmen executed several shepherds near the border on Friday.", "AGR"),
    ("The military rulers executed two journalists accused of treason.", "MED"),
    ("Separatist gunmen executed a teacher in front of his pupils.", "EDU"),
    ("Belarus hanged three opposition activists convicted of sabotage.", "OPP"),
])
def test_people_of_any_kind_put_to_death_are_executed(coder, text, target):
    evs = [e for e in coded(coder, text) if e[0] == "1823"]
    assert len(evs) == 1 and evs[0][2] is not None and evs[0][2].endswith(target)


@pytest.mark.parametrize("text", [
    "The army executed its plan to retake the valley.",
    "The central bank executed the transfer on Monday.",
    "Supporters hung banners on the stadium fence.",
])
def test_a_plan_executed_or_a_banner_hung_is_no_execution(coder, text):
    assert not [e for e in coded(coder, text) if e[0].startswith("18")]
