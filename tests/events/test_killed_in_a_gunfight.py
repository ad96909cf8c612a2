"""People killed in a gunfight, a firefight, a shootout or an encounter with others fought them, as
those killed in a clash did (actions.yml: the noun's entries with the verbs of harm as their
``object``); an encounter of no one harmed is no fight. Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, published, sides", [
    ("Three militants were killed in an encounter with security forces in Kupwara district on Sunday.",
     "2024-09-02", {"IND"}),
    ("Four Abu Sayyaf fighters were killed in a firefight with marines in Sulu on Monday.", "2023-03-07", {"PHL"}),
    ("Two gunmen were killed in an exchange of fire with soldiers near Kidal on Friday.", "2023-10-07", {"MLI"}),
    ("A soldier was martyred in a gunfight with terrorists in Bannu on Friday.", "2024-07-13", {"PAK"}),
])
def test_killed_in_a_fight_with_others(text, published, sides):
    fights = [e for e in code(text, published) if e.cameo[:2] == "19"]
    assert fights and all(e.target is not None and e.target.country in sides for e in fights)
    evs = code("The minister had a brief encounter with reporters outside the court in Lagos.", "2024-03-01")
    assert not any(e.cameo[:2] == "19" for e in evs)  # an encounter of no harm is no fight
