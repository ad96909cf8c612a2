"""A deed noun of violence that is the subject of a verb telling what it struck or damaged is one
deed, coded as the noun's: "Russian shelling damaged a hospital" is shelling (194), not damage to
property (171); "air strikes destroyed a school" air strikes (195); and a plural noun the tagger took
for a verb ("[Drone] strikes by the army hit ...") is that noun, not a second deed by the drone
(events/one_record.deed_of_its_cause, nlp/syntax.nominal_plural). Sentences of our own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, source, cameo", [
    ("Russian shelling damaged a hospital in Kherson on Sunday.", "RUS", "194"),
    ("Israeli air strikes destroyed a school in Gaza on Sunday.", "ISR", "195"),
    ("Azerbaijani shelling damaged houses in an Armenian border village on Tuesday.", "AZE", "194"),
    # (a gerund the parser made a clausal subject is the noun too: nlp/syntax.nominal_gerund)
    ("Shelling by Russian forces damaged a hospital in Kherson on Sunday.", "RUS", "194"),
])
def test_the_effect_of_a_deed_is_coded_as_the_deed(text: str, source: str, cameo: str) -> None:
    evs = [e for e in code(text, "2025-04-14") if e.source is not None and e.source.country == source]
    assert [e.cameo for e in evs] == [cameo], [(e.cameo, e.trigger) for e in evs]


@pytest.mark.parametrize("text, source, target", [
    ("Drone strikes by the Sudanese army hit RSF positions in Nyala on Sunday.", "SDN", "SDN"),
    ("Missile strikes by Russia hit Kyiv overnight.", "RUS", "UKR"),
])
def test_a_plural_deed_noun_the_tagger_took_for_a_verb_is_one_deed(text: str, source: str, target: str) -> None:
    evs = code(text, "2025-04-14")
    assert len(evs) == 1 and evs[0].source is not None and evs[0].source.country == source, \
        [(e.source, e.cameo, e.target) for e in evs]
    assert evs[0].target is not None and evs[0].target.country == target


def test_what_no_deed_of_violence_damaged_is_no_attack() -> None:
    assert not [e for e in code("The ceasefire violations damaged trust between the two sides.", "2025-04-14")
                if e.cameo[:2] in ("18", "19", "20")]


@pytest.mark.parametrize("text, country", [
    ("Air strikes by the Saudi-led coalition hit a market in Saada on Sunday.", "YEM"),
    ("Turkish drone strikes hit a village in northern Iraq on Monday.", "IRQ"),
])
def test_a_deed_is_where_what_it_reached_is(text: str, country: str) -> None:
    # (places/locate._reaching_subject: the place hangs on the verb of the noun's reach)
    evs = [e for e in code(text, "2025-04-14") if e.cameo[:2] == "19"]
    assert evs and all(e.location is not None and e.location.country == country for e in evs), \
        [(e.cameo, e.location) for e in evs]
    assert all(e.target is None or e.target.country == country for e in evs)


def test_air_strikes_that_pounded_positions_are_air_strikes() -> None:
    evs = code("Saudi-led air strikes pounded Houthi positions in Hodeidah on Sunday.", "2025-04-14")
    assert [e.cameo for e in evs] == ["195"]


def test_a_weapon_word_before_a_plural_deed_with_a_doer_is_no_doer() -> None:
    # the parser made "Drone" strike and hung the rest on it as a clause: the bare weapon word and
    # the plural after it with a by-phrase are one noun (nlp/syntax._weapon_compound); the doer is
    # the one the sentence names, never "unknown attackers" of a drone
    evs = code("Drone strikes by the paramilitary Rapid Support Forces hit fuel depots and a power station in "
               "Port Sudan on Tuesday, the army said.", "2025-06-06")
    assert evs and all(e.source is not None and e.source.code == "SDNREB" for e in evs), \
        [(e.source, e.cameo, e.trigger) for e in evs]
