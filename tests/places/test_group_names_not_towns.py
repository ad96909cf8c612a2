"""A group's name that is some town's other name is no place outside a place entity (the
supplement's not_places): "Hamas" is no German town (Hamm) where the tagger calls it a body."""

from __future__ import annotations


def test_hamas_is_no_german_town(places_of):
    found = places_of("The rebels said they would keep attacking ships until the war against Hamas in Gaza ends.")
    assert not any(country == "DEU" for _, country in found)
    assert not any(country == "DEU" for _, country in places_of("Envoys from Hamas and from Egypt met in Cairo."))
