"""A name in a list of three names or more, one of which the NER calls a place, is told as a place
as much as after a locative preposition ("struck Baidoa, Kismayo, Jilib and Dhobley": the tagger
calls Jilib a person): the town the gazetteer knows, also a small one or one of three letters
(places/people_or_places.listed_after_a_place_preposition). Not a person coordinated with a place
alone ("Russia and Putin"), nor a list of persons only."""

from __future__ import annotations

from collections.abc import Callable

import pytest

pytestmark = pytest.mark.model

Places = Callable[[str], set[tuple[str, str | None]]]


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Suicide bombers struck Baidoa, Kismayo, Marka, Jilib and Dhobley last year.", "Jilib", "SOM"),
    ("Fighters also hit Solenzo, Diapaga, Fada N'Gourma and Kaya.", "Fada N'gourma", "BFA"),
    ("Fighting was also reported near Menaka, Ansongo, Gao, Timbuktu and Niono.", "Gao", "MLI"),
    ("The coalition struck Sanaa, Marib, Taiz, Hajjah, Dhamar, Ibb and Amran.", "Ibb", "YEM"),
])
def test_a_name_listed_among_places_is_a_town(places_of: Places, text: str, name: str, country: str) -> None:
    assert (name, country) in places_of(text)


def test_a_list_of_towns_but_not_one_of_persons(places_of: Places) -> None:
    assert ("Jilib", "SOM") in places_of("Militants attacked Kismayo, Baidoa, Jilib and Marka on Monday.")
    assert not places_of("Gunmen killed Ahmed, Musa and Ibrahim on the road, relatives said.")
    # (a word of a longer name the tagger took for a person's is no town of its own: no Ali, India)
    assert not any(country == "IND" for _, country in places_of(
        "Gunmen killed passengers in Kurram, Parachinar, North Waziristan, Miranshah, Mir Ali and Wana."))
