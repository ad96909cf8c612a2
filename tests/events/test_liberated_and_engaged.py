"""An army's words for taking ground and fighting: a town "liberated" is taken (192, actions.yml), in
whoever's words; troops who "engaged the terrorists" or "the bandits" fought them (190), while a
governor who "engaged the bandits in dialogue" talked. Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, published, doer", [
    ("MOSCOW - Russian air defences destroyed 21 Ukrainian drones overnight. Units of the Battlegroup Centre "
     "liberated the settlement of Ocheretino in the Donetsk region, the ministry said.", "2024-05-12", "RUS"),
    ("KHARTOUM - The Sudanese army liberated the town of Wad Madani from the RSF on Saturday.", "2025-01-12",
     "SDN"),
])
def test_a_town_liberated_is_taken(text, published, doer):
    taken = [e for e in code(text, published) if e.cameo[:3] == "192"]
    assert taken and all(e.source.country == doer and e.source.sector == "MIL" for e in taken)


@pytest.mark.parametrize("text, published, country", [
    ("ZAMFARA - Troops of Operation Fansan Yamma engaged the bandits in Maru on Tuesday.", "2024-12-18", "NGA"),
    ("RAWALPINDI - The troops effectively engaged the terrorists in Mir Ali on Saturday, the ISPR said.",
     "2024-03-17", "PAK"),
])
def test_troops_who_engaged_the_terrorists_fought_them(text, published, country):
    fights = [e for e in code(text, published) if e.cameo[:2] == "19"]
    assert fights and all(e.source.sector == "MIL" and e.target.country == country for e in fights)
    talks = code("GUSAU - The governor engaged the bandits in dialogue on Monday.", "2024-12-18")
    assert not any(e.cameo[:2] == "19" for e in talks)
