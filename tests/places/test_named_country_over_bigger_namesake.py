"""A country the story names by its name outweighs the bigger population of a namesake abroad:
"police in Venezuela ... in Merida" is Venezuela's Merida (some 300,000), not Mexico's (a million),
though a people's word alone ("Spanish police") is no such evidence of where a town lies
(places/resolve._NAMED). Sentences are the team's own."""

from __future__ import annotations

from collections import Counter

import pytest

from flashpoint.places.gazetteer import Candidate, Place
from flashpoint.places.index import KIND_DEMONYM, KIND_NAME
from flashpoint.places.resolve import Ambiguous, resolve


def _place(pid: int, country: str, feature: str, population: int, lat: float, lon: float) -> Place:
    return Place(id=pid, name=f"p{pid}", country=country, lat=lat, lon=lon, admin1=None, a1code=None,
                 geonameid=None, feature=feature, population=population, curated=False, fame=0)


_BIG = Candidate(_place(1, "AAA", "city", 1_200_000, 20.0, -90.0), KIND_NAME)
_SMALLER = Candidate(_place(2, "BBB", "city", 300_000, 8.0, -71.0), KIND_NAME)
_BBB = Candidate(_place(3, "BBB", "country", 30_000_000, 7.0, -66.0), KIND_NAME)
_BBB_PEOPLE = Candidate(_place(3, "BBB", "country", 30_000_000, 7.0, -66.0), KIND_DEMONYM)


def _chosen(*names: tuple[str, tuple[Candidate, ...]]) -> Counter[str]:
    items = [Ambiguous(key=key, candidates=cands) for key, cands in names]
    return Counter(p.name for p in resolve(items) if p is not None)


def test_a_country_named_by_its_name_picks_its_own_town() -> None:
    assert _chosen(("bbb", (_BBB,)), ("town", (_BIG, _SMALLER)))["p2"] == 1


def test_a_peoples_word_alone_leaves_the_bigger_town() -> None:
    assert _chosen(("bbbian", (_BBB_PEOPLE,)), ("town", (_BIG, _SMALLER)))["p1"] == 1


def test_no_context_leaves_the_bigger_town() -> None:
    assert _chosen(("town", (_BIG, _SMALLER)))["p1"] == 1


@pytest.mark.model
@pytest.mark.parametrize(("text", "country"), [
    ("Police in Venezuela said gunmen killed four people in Merida on Sunday.", "VEN"),
    ("Police in Mexico said gunmen killed four people in Merida on Sunday.", "MEX"),
    ("Gunmen killed four people in Merida on Sunday.", "MEX"),  # (no context: the bigger town)
])
def test_the_story_country_places_a_town_of_two_countries(places_of, text: str, country: str) -> None:
    assert ("Mérida", country) in places_of(text), places_of(text)
