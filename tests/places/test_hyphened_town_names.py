"""A town's name of several hyphened parts with a small word between two hyphens is one name
(places/hyphenated.py): "Croix-des-Bouquets" is no French town "Croix", "Mazar-i-Sharif" no "Mazar"."""

from __future__ import annotations


def test_small_word_between_hyphens_joins_the_name(places_of):
    found = places_of("Armed gangs set fire to dozens of houses in Croix-des-Bouquets on Sunday.")
    assert ("Croix-des-Bouquets", "HTI") in found
    assert ("Croix", "FRA") not in found


def test_part_the_tagger_calls_a_place_widens_to_the_hyphened_whole(places_of):
    found = places_of("Unknown attackers shot a cleric dead in Mazar-i-Sharif late on Friday.")
    assert any(country == "AFG" for _, country in found)
    assert not any(country == "JOR" for _, country in found)


def test_hyphened_name_of_seven_tokens(places_of):
    found = places_of("Two men were detained in Saint-Jean-sur-Richelieu after the raid.")
    assert ("Saint-Jean-sur-Richelieu", "CAN") in found
