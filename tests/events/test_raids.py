"""A raid by an armed force or group is an assault (CAMEO stages a raid: 190), one record with the
killing it did ("carried out a raid on a camp, killing eight soldiers"); a police raid on a house
stays a show of force (170) or the arrest it made. Sentences of our own, several conflicts."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, target", [
    ("Al-Shabaab fighters carried out a raid on an army camp near Afgoye on Tuesday, killing six soldiers.", "SOM"),
    ("Five soldiers were killed in a raid by JNIM militants on a gendarmerie post in Burkina Faso on Monday.", "BFA"),
    ("ELN guerrillas launched a raid on a police station in Arauca on Sunday.", "COL"),
])
def test_an_armed_raid_is_an_assault(text: str, target: str) -> None:
    evs = [e for e in code(text, "2024-05-08") if e.target is not None and e.target.country == target]
    assert evs and all(e.cameo[:2] in ("18", "19") for e in evs), [(e.cameo, e.trigger) for e in evs]


def test_a_police_raid_on_a_house_is_no_assault() -> None:
    evs = code("Police raided a house in Lahore on Tuesday and arrested three suspects.", "2024-05-08")
    assert evs and not any(e.cameo[:2] in ("18", "19") for e in evs)
    evs = code("Officers seized documents in a police raid on the offices of an opposition newspaper.", "2024-05-08")
    assert not any(e.cameo[:2] in ("18", "19") for e in evs)
