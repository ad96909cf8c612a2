"""A town after a preposition of place is a town, whatever the tagger called it
(places/recognize.plausible): a town the gazetteer knows only by another spelling needs no more
than a town's size there ("in Kostiantynivka", "in Khan Sheikhoun", tagged an organisation or a
person), and a town of three letters counts also where the tagger saw a product or a body ("in Ibb")."""

from __future__ import annotations


def test_town_of_another_spelling_after_in(places_of):
    assert ("Kostyantynivka", "UKR") in places_of(
        "Russian glide bombs hit apartment blocks in Kostiantynivka, killing three people, the governor said.")
    assert any(country == "SYR" for _, country in places_of(
        "Government jets bombed a market in Khan Sheikhoun on Tuesday, rescuers said."))


def test_town_of_three_letters_tagged_a_product_after_in(places_of):
    found = places_of("A car bomb exploded outside a government building in Ibb on Monday, killing four soldiers.")
    assert ("Ibb", "YEM") in found
