"""A rebel leader's armed men are rebels whatever noun the text gives them, by a possessive or by
"his" ("Hemedti's forces", "Hemedti said his troops ...", "Fano commander X said his troops ..."),
never the state's army the noun "forces" alone would give (actors/state_men.rebel_leader, read by actors/code.py and actors/link.py); a state
office holder's stay the state's. Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _doer(text: str, published: str) -> str | None:
    return next((e.source.code for e in code(text, published) if e.source is not None), None)


@pytest.mark.parametrize(("text", "published"), [
    ("Hemedti's troops stormed the army garrison in Babanusa on Friday.", "2024-12-02"),
    ("Hemedti told supporters in a video that his forces would soon capture El Obeid.", "2024-12-02"),
])
def test_a_rebel_leaders_men_are_rebels(text: str, published: str) -> None:
    assert _doer(text, published) == "SDNREB"


def test_the_men_of_a_leader_titled_by_his_armed_group_are_rebels() -> None:
    text = "Fano commander Zemene Kassie said his troops had captured the town of Debre Tabor."
    assert _doer(text, "2024-12-02") == "ETHREB"


def test_a_junta_leaders_men_stay_the_army() -> None:
    assert _doer("Burhan's troops stormed the paramilitary base in Babanusa on Friday.", "2024-12-02") == "SDNMIL"
