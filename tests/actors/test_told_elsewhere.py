"""A bare noun of a non-state group's men ("Militants", "Gunmen") in a sentence whose scene is another
country than that of the armed group told before is no such group: linked by their sector alone,
"... fighters have moved into Iraq. Militants killed 12 soldiers in eastern Congo" made the earlier
group the killers (actors/elsewhere.py, used by actors/link.py). The men are of their scene's
country. Men of that scene, and a state's soldiers (who fight abroad), stay linked.
Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _doers(text: str, word: str) -> set[str]:
    return {e.source.code for e in code(text, "2024-03-02") if e.source is not None and e.source.text == word}


@pytest.mark.parametrize(("text", "word", "want"), [
    ("Turkish-backed fighters from the Syrian National Army have moved into northern Iraq. Militants killed "
     "12 soldiers in eastern Congo on Monday.", "Militants", "CODREB"),
    ("Fighters of the Islamic State in Mozambique have crossed into Tanzania. Rebels attacked an army base "
     "in Chad on Sunday.", "Rebels", "TCDREB"),
    ("Ukrainian mercenaries have been seen in Sudan, officials said. Insurgents ambushed a convoy in Niger, "
     "killing 15 soldiers.", "Insurgents", "NERREB"),
])
def test_men_told_in_another_country_are_not_the_group(text: str, word: str, want: str) -> None:
    assert _doers(text, word) == {want}


@pytest.mark.parametrize(("text", "word", "want"), [
    ("Al-Shabaab fighters have seized two villages in central Somalia. Militants killed 12 soldiers in "
     "Somalia on Monday.", "Militants", "SOMREB"),
    ("Ukrainian troops have advanced near Kursk. Soldiers shelled a village in Russia, officials said.",
     "Soldiers", "UKRMIL"),
])
def test_men_of_the_same_scene_and_soldiers_abroad_stay_linked(text: str, word: str, want: str) -> None:
    assert _doers(text, word) == {want}
