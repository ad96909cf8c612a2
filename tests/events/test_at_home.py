"""People who act only at home (protesters, detainees, the opposition, police, courts) of unstated
country, in a story that names a foreign country most: with no place of their own, they are of the
place the story last told an event in, not of the country it names most (issue 14: a place phrase
or a count of mentions is no nationality). Sentences of our own."""

from __future__ import annotations

import pytest
from story_scoring import coded, triples

pytestmark = pytest.mark.model

STORY = ("Moldova expelled a Russian diplomat on Thursday after a Russian drone crashed near the border. "
         "Russia's embassy accused Moldovan officials of anti-Russian hysteria, and the Russian foreign ministry "
         "said Moscow would respond. Pro-Russian opposition parties rallied in central Chisinau in the evening, "
         "demanding new elections. Police detained four protesters who tried to break through a cordon.")


def test_detainees_of_no_stated_country_are_of_the_place_the_story_is_in(coder):
    evs = coded(coder, STORY, "2025-02-21")
    detained = [e for r, s, t, e in evs if e.cameo.startswith("17")]
    assert detained and all(e.target.country == "MDA" for e in detained)
    assert ("14", "MDA", "MDA") in triples(evs)
    assert not [e for r, s, t, e in evs if r in ("14", "17") and t == "RUS"]


def test_a_story_with_no_place_keeps_its_country(coder):
    evs = coded(coder, "Georgia's ruling party passed a foreign agents law on Tuesday. Police detained 20 "
                       "protesters outside parliament.", "2025-02-21")
    assert all(e.target.country == "GEO" for r, s, t, e in evs if e.cameo.startswith("17"))


def test_the_expulsion_after_an_expulsion_was_told_is_no_new_agentless_one(coder):
    evs = coded(coder, "Lithuania expelled two Belarusian diplomats on Monday. Minsk said the expulsion was a "
                       "hostile step.", "2025-02-21")
    assert not [e for r, s, t, e in evs if e.trigger == "expulsion"]
    assert ("16", "LTU", "BLR") in triples(evs)


def test_weapons_whose_owner_is_not_told_take_no_country(coder):
    evs = coded(coder, "Drones struck an oil depot in Bryansk overnight, the regional governor said.", "2025-07-16")
    assert [(r, s, t) for r, s, t, e in evs] == [("19", "---", "RUS")]  # (no country: the scorer's null)
    evs = coded(coder, "Ukraine's air force said it had shot down 40 drones overnight.", "2025-07-16")
    assert not [e for r, s, t, e in evs if s == t == "UKR"]
