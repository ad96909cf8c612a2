"""Place names the recogniser dropped or split (real model): a name of three letters that a place
noun's of-phrase gives ("off the port of Eyl", "the town of Ely"), no abbreviation; a country or
region whose name joins its words by "and the" or "of" ("Saint Vincent and the Grenadines", "Bay of
Plenty"), the whole place, not its first words or a namesake town; Red Sea and Somali ports the
package lacks ("Ras Isa", "Hobyo")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, place", [
    ("Pirates seized a fishing dhow off the port of Eyl on Monday.", ("Eyl", "SOM")),
    ("Fishermen said the boat sank near the port of Eyl.", ("Eyl", "SOM")),
    ("Floods cut off the city of Ely on Sunday.", ("Ely", "GBR")),
])
def test_a_short_name_after_a_place_noun_is_a_place(places_of: Callable[[str], set[tuple[str, str | None]]], text: str, place: tuple[str, str]) -> None:
    assert place in places_of(text)


@pytest.mark.parametrize("text, place, wrong", [
    ("Police detained six activists in Saint Vincent and the Grenadines on Tuesday.",
     ("Saint Vincent and the Grenadines", "VCT"), "Saint Vincent"),
    ("Police arrested two gang members in the Bay of Plenty on Friday.", ("Bay of Plenty", "NZL"), "Plenty"),
    ("Floods hit towns across the Bay of Plenty region on Sunday.", ("Bay of Plenty", "NZL"), "Plenty"),
])
def test_a_name_joined_by_small_words_is_the_whole_place(places_of: Callable[[str], set[tuple[str, str | None]]], text: str, place: tuple[str, str],
                                                         wrong: str) -> None:
    found = places_of(text)
    assert place in found and not any(name == wrong for name, _ in found), found


@pytest.mark.parametrize("text, place", [
    ("Houthi forces seized a tanker off the port of Ras Isa on Thursday.", ("Ras Isa", "YEM")),
    ("Pirates hijacked a dhow off the port of Hobyo on Monday.", ("Hobyo", "SOM")),
])
def test_ports_the_package_lacks(places_of: Callable[[str], set[tuple[str, str | None]]], text: str, place: tuple[str, str]) -> None:
    assert place in places_of(text)
