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


def test_an_intent_to_host_has_no_scene_target_as_hosting_has_none():
    # "Kenya will host a summit of regional leaders": an intent to meet (036) of a hosting deed (043)
    kenya = Actor(text="Kenya", span=None, name="Kenya", code="KEN", country="KEN")
    assert scene_target(None, "KEN", kenya, "043") is None
    assert scene_target(None, "KEN", kenya, "036", deed="043") is None
    assert scene_target(None, "KEN", kenya, "036", deed="036").code == "KEN"  # (the old default stays for others)


def test_a_stated_intent_to_host_is_aimed_at_no_one_in_a_story(coder):
    from story_scoring import coded
    # (nor is the host's own city named as the venue a party: "a summit in Doha", events/implied.object_phrase)
    for text in ("Kenyan President William Ruto said on Monday he would host a summit of regional leaders.",
                 "Qatar will host a summit of Gulf leaders in Doha next month.",
                 "Qatar said it would host a summit in Doha in November.",
                 "Ghana said it would host a conference in Accra."):
        evs = coded(coder, text, "2025-01-28")
        assert evs and not any(s == t for _, s, t, _ in evs), evs
