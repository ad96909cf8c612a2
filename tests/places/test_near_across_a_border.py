"""A place the story names lends nearness only to namesakes of its own country
(places/resolve._score): a town across the border from it is no nearer to the story. "Novi Pazar"
in a story told from Sofia is the Bulgarian town, not the bigger Serbian one 230 km from Sofia that
the team curated."""

from __future__ import annotations


def test_named_capital_helps_no_namesake_across_its_border(places_of):
    found = places_of("Border guards caught 14 migrants near Novi Pazar on Friday, the interior ministry in Sofia said.")
    assert ("Novi Pazar", "BGR") in found
    assert ("Novi Pazar", "SRB") not in found
