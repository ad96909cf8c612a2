"""A town told as lying in a region or a country is of that country (places/within.py): "X in
Cabo Delgado province", "X, a farming town in Y state", "X in northern Lebanon". A bigger namesake
elsewhere is not meant; where the gazetteer knows no such town there, the name stays a place of
that country with no coordinates."""

from __future__ import annotations


def test_town_in_a_region_of_another_country_than_its_big_namesake(places_of):
    found = places_of("Militants burned the market of Palma, a fishing town in Cabo Delgado province, on Friday.")
    assert ("Palma", "ESP") not in found
    assert ("Palma", "MOZ") in found
    # (in its own island it stays the Spanish city)
    assert ("Palma", "ESP") in places_of("Police detained two tourists in Palma in Mallorca after a fight.")
    # (a people's word is no region: "in the Russian-held south" is no place in Russia)
    assert ("Melitopol", "UKR") in places_of("Saboteurs blew up a rail bridge near Melitopol in the Russian-held south.")
    # (nor a name that modifies by a hyphen)
    assert ("Melitopol", "UKR") in places_of("Saboteurs blew up a rail depot near Melitopol in Russia-held Zaporizhzhia.")


def test_town_in_a_county_is_no_foreign_city_of_an_alternate_name(places_of):
    found = places_of("Gunmen ambushed a police lorry near Boni in Lamu county on Tuesday.")
    assert not any(country == "DEU" for _, country in found)
    assert ("Boni", "KEN") in found


def test_town_in_the_north_of_a_country_is_its_namesake_there(places_of):
    found = places_of("Rival militias exchanged fire in Tripoli in northern Lebanon overnight.")
    assert ("Tripoli", "LBN") in found
    assert ("Tripoli", "LBY") not in found
    # (a capital told in another country is its government, and stays)
    assert ("Moscow", "RUS") in places_of("Thousands of conscripts now fight for Moscow in Ukraine, the report said.")



def test_a_region_of_the_towns_own_country_may_hold_it_though_read_as_another_country(places_of):
    # (Georgia read as the country has no Columbus; the American state has)
    found = places_of("A tornado tore through Columbus in Georgia and Mobile in Alabama overnight.")
    assert ("Columbus", "USA") in found
