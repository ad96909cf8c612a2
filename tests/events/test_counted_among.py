"""People told as among those a deed befell ("X was among those arrested", "Among those detained was
a French citizen", "X was one of 40 people arrested", "Among the dead were three children", "Those
arrested included two journalists"): the deed done to them, by the doer carried
from the deed told just before (marked as carried), a new target of it; no event where no doer is
told, none where they are those it was told done to, none where they are coded as the doer itself
(events/among.py). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _second(text: str, cameo: str) -> list:
    return [e for e in code(text, "2024-03-02") if e.sentence_index == 1 and e.cameo[:3] == cameo]


@pytest.mark.parametrize("text, cameo, doer, victim", [
    ("Riot police detained scores of demonstrators outside parliament in Tbilisi on Friday. Opposition "
     "leader Levan Kartvelishvili was among those arrested, his party said.", "173", "COP", "OPP"),
    ("Soldiers opened fire on protesters in Mandalay on Sunday. A 14-year-old boy was among those killed, "
     "witnesses said.", "190", "MIL", "CVL"),
    ("Malian soldiers detained 30 villagers near Mopti on Monday. A local imam was among those detained, "
     "residents said.", "173", "MIL", "REL"),
    ("Russian forces shelled a market in Kharkiv on Tuesday. Two journalists were among those killed.",
     "190", "MIL", "MED"),
    ("Police arrested dozens of demonstrators in Nairobi on Tuesday. Activist Omondi Otieno was one of 40 "
     "people arrested.", "173", "COP", "CVL"),
])
def test_one_counted_among_those_a_deed_befell_is_its_target(text, cameo, doer, victim):
    events = _second(text, cameo)
    assert len(events) == 1
    e = events[0]
    assert e.source is not None and e.source.sector == doer and e.source.implied
    assert e.target is not None and e.target.sector == victim


@pytest.mark.parametrize("text, cameo, doer, victim", [
    ("Israeli troops raided a camp in Jenin on Monday, killing five people. Among the dead were three "
     "children, health officials said.", "190", "ISR", "PSE"),
    ("Police fired on protesters in Nairobi on Tuesday, killing four people. Two students were among the "
     "dead.", "190", "KEN", "KEN"),
    ("Houthi fighters attacked government positions near Marib on Friday, killing 12 soldiers. Among the "
     "dead was a colonel.", "190", "YEM", "YEM"),
    ("Police arrested 20 people in Lagos on Monday. Those arrested included two journalists.", "173", "NGA",
     "NGA"),
])
def test_one_counted_among_the_dead_is_the_deeds_target(text, cameo, doer, victim):
    events = _second(text, cameo)
    assert len(events) == 1
    e = events[0]
    assert e.source is not None and e.source.country == doer and e.source.implied
    assert e.target is not None and e.target.country == victim and e.target.code != e.source.code


def test_a_strike_that_may_be_an_air_strike_is_no_protest():
    # "killed in the strike": the strike told before, not a walkout of no side
    events = _second("Russian forces struck a market in Kharkiv on Tuesday. Two journalists were among those "
                     "killed in the strike.", "190")
    assert len(events) == 1
    assert events[0].source is not None and events[0].source.country == "RUS" and events[0].source.implied
    assert events[0].target is not None and events[0].target.sector == "MED"
    # a walkout's people take no one's life told after it
    assert not _second("Dockworkers launched a general strike in Durban on Monday. Two people were among those "
                       "killed in the strike.", "190")


def test_the_one_counted_may_follow_the_group():
    events = _second("Security forces arrested 40 people in Dhaka on Sunday. Among those detained was a "
                     "French citizen.", "173")
    assert len(events) == 1
    assert events[0].source is not None and events[0].source.country == "BGD"
    assert events[0].target is not None and events[0].target.country == "FRA"


_GUARDS = [
    # no doer told: none invented
    ("Two journalists were among those killed in Gaza City on Monday.", "190"),
    ("Among the dead were three children, health officials said.", "190"),
    # no deed of anyone told before the dead
    ("A cyclone hit the coast on Monday. Among the dead were three children.", "190"),
    # the people a deed befell described, not counted
    ("Rebels attacked an army base in Mopti on Sunday. Mourners buried the dead on Monday.", "190"),
    ("Police arrested 20 people in Lagos on Monday. The families of those arrested gathered outside the "
     "station.", "173"),
    # the one the deed was told done to, told again
    ("Police arrested opposition leader Juan Perez and dozens of his supporters in Caracas on Friday. Perez "
     "was among those arrested, his lawyer said.", "173"),
    # one coded as the doer itself is of those it fought
    ("The army said it had killed 12 militants in Waziristan on Monday. A senior commander was among those "
     "killed, the army said.", "190"),
]


def test_no_new_target_where_the_text_gives_none():
    # the rule is at work (a new arrestee counted in the same story's frame) ...
    assert _second("Police arrested 20 people in Lagos on Monday. A student leader was among those "
                   "arrested.", "173")
    # ... but not where the text gives no doer, no one counted, or no one new
    for text, cameo in _GUARDS:
        assert not _second(text, cameo), text
