"""A name told as a person or as a place by its role (real model): a one-word name that speaks
("Hassan said", "according to Bali") is no town, though a state or its capital may speak ("Moscow
said"); a name the NER calls a person's after a locative preposition, or coordinated with its object
("in Tammun and Tubas"), is the town the gazetteer knows, also a small one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, absent", [
    ("Hassan said the army shelled the village of Kadugli overnight.", "IND"),
    ("Bali said troops killed three insurgents near Kidal.", "IND"),
    ("The town was quiet on Monday, according to Hassan.", "IND"),
])
def test_a_speaker_is_no_town(places_of: Callable[[str], set[tuple[str, str | None]]], text: str, absent: str) -> None:
    assert all(country != absent for _, country in places_of(text))


def test_a_capital_still_speaks_beside_a_speaker(places_of: Callable[[str], set[tuple[str, str | None]]]) -> None:
    found = places_of("Hassan said the army had shelled Kadugli. Moscow said the talks had failed.")
    assert ("Moscow", "RUS") in found and all(country != "IND" for _, country in found)


@pytest.mark.parametrize("text, place", [
    ("Israeli troops demolished houses in Tammun and Tubas on Wednesday.", "PSE"),
])
def test_towns_listed_after_a_preposition(places_of: Callable[[str], set[tuple[str, str | None]]], text: str, place: str) -> None:
    assert [country for _, country in places_of(text)].count(place) == 2
