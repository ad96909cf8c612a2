"""Towns of the wars of Sudan, the Sahel, Myanmar, eastern Congo, Yemen, Somalia, north-west Pakistan,
northern Nigeria, Cameroon and South Sudan that the package
lacks, holds only under a spelling news does not use, or holds too small to be found where the tagger
calls the name a person's, are in the supplement (wave 44): each is found in its country. A name of
two wars' towns (Bara of North Kordofan and of Khyber) is curated for both, so the story's other
places decide. Sentences the team wrote; the facts are which country a town lies in."""

from __future__ import annotations

from collections.abc import Callable

import pytest

pytestmark = pytest.mark.model

Places = Callable[[str], set[tuple[str, str | None]]]


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Paramilitary fighters looted shops in Wad Madani on Sunday.", "Wad Madani", "SDN"),
    ("Gunmen burned homes in Misterei overnight, residents said.", "Misterei", "SDN"),
    ("The army said it had repelled an attack on Saraf Omra.", "Saraf Omra", "SDN"),
    ("Fighters seized Um Dafuq after two days of clashes.", "Um Dafuq", "SDN"),
    ("Militiamen killed five farmers near El Geneina on Friday.", "Geneina", "SDN"),
    ("Soldiers killed ten civilians in Ogossagou, a local official said.", "Ogossagou", "MLI"),
    ("The Arakan Army said its fighters had captured Myebon.", "Myebon", "MMR"),
    ("Jets bombed a monastery in Thantlang on Sunday.", "Thantlang", "MMR"),
    ("Rebels overran the border town of Kasindi on Monday.", "Kasindi", "COD"),
    ("Militiamen attacked a displacement camp near Mahagi overnight.", "Mahagi", "COD"),
    ("Insurgents stormed a prison in Jowhar on Tuesday.", "Jowhar", "SOM"),
    ("A car bomb exploded at a checkpoint in Afgoye, police said.", "Afgoye", "SOM"),
    ("Clan militias clashed in Galkayo on Thursday.", "Galkayo", "SOM"),
    ("Security forces arrested three men in Garowe.", "Garowe", "SOM"),
    ("Militants stormed an army camp in Dera Ismail Khan overnight.", "Dera Ismail Khan", "PAK"),
    ("A drone strike killed four men near Miranshah, officials said.", "Miranshah", "PAK"),
    ("Separatists attacked a bus near Noshki on Friday.", "Noshki", "PAK"),
    ("Boko Haram fighters raided Kolofata at dawn.", "Kolofata", "CMR"),
    ("Fighting closed the river port of Renk on Monday.", "Renk", "SSD"),
    ("Floods cut the road to Bentiu, aid workers said.", "Bentiu", "SSD"),
    ("Tanks pushed into Khan Younis on Sunday.", "Khan Younis", "PSE"),
    ("Government jets bombed Jisr al-Shughur and Kafr Nabl overnight.", "Kafr Nabl", "SYR"),
])
def test_a_town_of_a_war_is_found_in_its_country(places_of: Places, text: str, name: str, country: str) -> None:
    assert (name, country) in places_of(text)


def test_a_governorate_of_yemen_is_no_libyan_town_in_a_story_of_yemen(places_of: Places) -> None:
    found = places_of("Houthi fighters attacked government positions in Marib and Al-Jawf on Monday.")
    assert ("Al Jawf", "YEM") in found and not any(country == "LBY" for _, country in found)


def test_a_name_of_two_wars_towns_goes_by_the_story(places_of: Places) -> None:
    assert ("Bara", "SDN") in places_of("The army retook Bara, north of El Obeid, from the paramilitaries.")
    assert ("Bara", "PAK") in places_of("Militants attacked a checkpoint in Bara, near Peshawar, on Sunday.")
