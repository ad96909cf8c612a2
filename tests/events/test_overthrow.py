"""Overthrowing a ruler or a government is unconventional violence (CAMEO 180, the dictionary's
OVERTHROW and SEIZE POWER). A coup attempt is a deed too (troops move on a palace, a broadcaster), as a
failed assassination is (185): the plotters' attempt is 180 against their government, told with a verb
("tried to seize power", "attempted to overthrow") or a noun ("a coup attempt", "an attempted coup").
Trying to seize a town is no coup, and plotting one is a plan, no attempt."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


def test_overthrowing_a_ruler_is_unconventional_violence(coder):
    evs = coded(coder, "Nigerien soldiers overthrew President Mohamed Bazoum on Wednesday.", "2023-07-28")
    assert [(r, s, t) for r, s, t, e in evs] == [("18", "NER", "NER")]


@pytest.mark.parametrize("text, published, country", [
    ("Beninese soldiers tried to overthrow President Patrice Talon on Sunday.", "2025-12-08", "BEN"),
    ("Soldiers in Burkina Faso tried to seize power on Saturday before loyal troops drove them back.",
     "2023-09-30", "BFA"),
    ("Bolivian army units attempted to seize power in La Paz on Wednesday, the government said.",
     "2024-06-27", "BOL"),
])
def test_trying_to_seize_power_is_a_coup_attempt_of_the_plotters(coder, text, published, country):
    evs = coded(coder, text, published)
    assert [(r, s, t, e.cameo) for r, s, t, e in evs] == [("18", country, country, "180")]


def test_a_coup_attempt_told_as_a_noun_is_the_plotters_deed(coder):
    text = ("Sudanese authorities said on Wednesday that a group of army officers had staged a coup attempt "
            "against the transitional government.")
    evs = coded(coder, text, "2021-09-22")
    assert [(r, s, t, e.cameo) for r, s, t, e in evs] == [("18", "SDN", "SDN", "180")]


def test_seizing_power_tells_a_coup_where_seizing_a_town_or_plotting_one_does_not(coder):
    bid = coded(coder, "Mutinous troops tried to seize power in Conakry on Sunday.", "2024-03-04")
    assert [e.cameo for r, s, t, e in bid] == ["180"]
    for text in ("Rebels tried to seize the airport on Sunday but were repelled.",
                 "The opposition leader was accused of plotting a coup against the president."):
        assert not any(e.cameo == "180" for r, s, t, e in coded(coder, text, "2024-03-04"))
