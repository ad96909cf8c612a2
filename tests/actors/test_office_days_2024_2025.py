"""Who held office on the day, for the people of 2024-2025's protests and election crises (people.yml,
office dates to the day): Nepal's home minister who resigned on 8 September 2025, Indonesia's finance
minister whose house was looted, Georgia's president inaugurated on 29 December 2024 (no president
in November). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, published, side, expected", [
    ("KATHMANDU - Lekhak resigned on Monday night after police killed 19 protesters.", "2025-09-08",
     "source", "NPLGOV"),
    ("JAKARTA - Crowds looted the house of Sri Mulyani Indrawati on Saturday.", "2025-08-31", "target", "IDNGOV"),
])
def test_a_minister_of_the_day_is_the_government(text, published, side, expected):
    events = [e for e in code(text, published) if e.cameo[:2] in ("08", "17")]
    assert [getattr(e, side).code for e in events] == [expected]


def test_a_president_chosen_in_december_is_no_president_in_november():
    events = code("TBILISI - Kavelashvili accused the opposition of plotting a revolution.", "2024-11-30")
    assert [e.source.code for e in events] == ["GEOELI"]
