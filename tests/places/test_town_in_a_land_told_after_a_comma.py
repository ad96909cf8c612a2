"""A town told after a comma as lying in a country or a part of it (", in western Venezuela", ", in
Nigeria's Kaduna state"), or in the land a people's word names ("in the Venezuelan Andes", "in the
Nigerian north-west", "in the Mozambican province of"), is of that country, never a bigger namesake
abroad (places/within.told_within); where the gazetteer knows no such town there, it stays a place
of that country with no coordinates. Not a possessor of a deed ("Kherson, in Russia's biggest
setback"), nor a people's word of no land ("in the Russian Army's biggest gain")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

pytestmark = pytest.mark.model

Places = Callable[[str], set[tuple[str, str | None]]]


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Soldiers detained six teachers in Merida, in the Venezuelan Andes, on Tuesday.", "Mérida", "VEN"),
    ("Rebels attacked Merida, in western Venezuela, on Friday.", "Mérida", "VEN"),
    ("Troops shelled Tripoli, in northern Lebanon, overnight.", "Tripoli", "LBN"),
    ("Gunmen abducted pupils from a school in Aurora, in the Nigerian north-west, police said.", "Aurora", "NGA"),
    ("Insurgents stormed Palma, in the Mozambican province of Cabo Delgado, last week.", "Palma", "MOZ"),
])
def test_a_town_told_in_a_land_after_a_comma_is_of_that_country(places_of: Places, text: str, name: str,
                                                                  country: str) -> None:
    assert (name, country) in places_of(text)


def test_no_container_of_a_deed_nor_of_an_army(places_of: Places) -> None:
    assert ("Mérida", "VEN") in places_of("Soldiers killed two men in Merida, in Venezuela's Andes region.")
    assert ("Kherson", "UKR") in places_of("Ukrainian troops retook Kherson, in Russia's biggest setback of the war.")
    assert ("Avdiivka", "UKR") in places_of("Russian troops captured Avdiivka, in the Russian Army's biggest gain.")


def test_a_possessor_of_a_deed_holds_no_town(places_of: Places) -> None:
    # (with no comma too: the town keeps its own country and coordinates)
    assert ("Kherson", "UKR") in places_of("Ukrainian troops retook Kherson in Russia's biggest setback of the war.")
    assert ("Palma", "MOZ") in places_of("Insurgents seized Palma in Mozambique's Cabo Delgado on Friday.")
