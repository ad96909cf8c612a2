"""The country an untargeted action happened in (``events/story.scene_target``): its place's, else
the story's; out at sea, in waters of no country, none (no model needed: the rule reads the place)."""

from __future__ import annotations

from flashpoint.events.story import scene_target
from flashpoint.records import Actor, Location

_NAVY = Actor(text="the navy", span=None, name="navy", code="IRNNAV", country="IRN")


def test_a_place_in_a_country_is_the_target():
    town = Location(name="Mukalla", country="YEM", lat=14.5, lon=49.1, feature="city")
    assert scene_target(town, "ARE", _NAVY).code == "YEM"


def test_no_place_falls_back_to_the_story_country():
    assert scene_target(None, "ARE", _NAVY).code == "ARE"


def test_waters_of_no_country_give_no_target_not_the_story_country():
    gulf = Location(name="Persian Gulf", country=None, lat=27.0, lon=51.0, feature="water")
    assert scene_target(gulf, "ARE", _NAVY) is None
