"""A foreign bureau's dateline is where the reporter sits, not whose an unnamed body is ("rebels",
"police", "the army"): their country comes from the places the story names (``actors/story.
dominant_country``, after the places stage), and the dateline is the fallback only where the story
names no place elsewhere or names its country too. A local dateline keeps working. Each test pairs a
foreign bureau's story with a local twin. Stories are the team's own."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


def _sides(coder, text, published="2025-06-07"):
    return {(r, s, t) for r, s, t, _ in coded(coder, text, published)}


def test_rebels_seizing_a_town_are_of_the_town_not_of_the_bureau(coder):
    foreign = _sides(coder, "PARIS (AFP) – Rebels seized the town of Kidal on Tuesday after two days of fighting, "
                            "residents said.\n\nThe army withdrew from its positions near the airport, a military "
                            "source told AFP.")
    assert ("19", "MLI", "MLI") in foreign
    assert not {s for _, s, _ in foreign} & {"FRA"}
    local = _sides(coder, "KIDAL, Mali (AP) — Rebels seized an army base outside the town on Monday after a night "
                          "of clashes, residents said.")
    assert ("19", "MLI", "MLI") in local


def test_police_of_a_regional_hub_story_are_the_scenes(coder):
    foreign = _sides(coder, "NAIROBI, Kenya (AP) — Paramilitary fighters shelled a displacement camp outside El "
                            "Fasher on Sunday, killing at least 14 people, aid workers said.\n\nPolice in the city "
                            "later arrested three men accused of looting a market.")
    assert ("17", "SDN", "SDN") in foreign and ("17", "KEN", "SDN") not in foreign
    local = _sides(coder, "NAIROBI, Kenya (AP) — Police fired tear gas at protesters in the city centre on Tuesday "
                          "as anger over a new tax grew, witnesses said.")
    assert ("17", "KEN", "KEN") in local


@pytest.mark.parametrize("text, scene, bureau", [
    ("BANGKOK (Reuters) - The army bombed two villages in the Sagaing region this week, killing at least 20 "
     "civilians, a local resistance group said on Thursday.\n\nSoldiers also burned dozens of homes near Monywa, "
     "residents said.", "MMR", "THA"),
    ("WASHINGTON (Reuters) - Rebels shot down a military helicopter over Sudan's Blue Nile state on Monday, "
     "killing its crew, two officials said.\n\nThe army later bombed rebel positions near the town of Kurmuk.",
     "SDN", "USA"),
    ("DAKAR, Senegal (Reuters) - Soldiers killed at least 30 civilians in a village near Djibo last week, a "
     "human rights group said on Tuesday.", "BFA", "SEN"),
])
def test_armed_forces_of_a_foreign_bureaus_story_are_of_its_places(coder, text, scene, bureau):
    sides = _sides(coder, text)
    doers = {s for r, s, _ in sides if r in ("18", "19")}
    assert scene in doers and bureau not in doers


def test_a_local_dateline_still_gives_unnamed_bodies_their_country(coder):
    assert ("17", "UKR", "UKR") in _sides(coder, "KYIV (Reuters) - Police detained dozens of protesters outside "
                                                 "parliament on Saturday, witnesses said.")
    # (a foreign party that only reacts leaves the dateline the story's country)
    assert ("17", "BGD", "BGD") in _sides(coder, "DHAKA (Reuters) - Security forces fired tear gas at thousands of "
                                                 "protesters on Sunday, witnesses said.\n\nThe United States urged "
                                                 "restraint.")
    # but across the ocean, the place the story names tells whose the gang and police are
    foreign = _sides(coder, "MEXICO CITY (AP) — Gang members set fire to a police station in Port-au-Prince on "
                            "Thursday, and police said officers fought them off for hours.")
    assert "MEX" not in {s for _, s, _ in foreign} and ("17", "HTI", "HTI") in foreign
