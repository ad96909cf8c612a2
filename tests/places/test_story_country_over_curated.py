"""A curated place outranks a package namesake only where the story gives no other evidence: where the
story places things, by a place's name, in the namesake's country and nowhere in the curated place's
own, the story's context decides (places/resolve.edge). A people's word or an actor's country is no
such evidence ("Russian forces shelled X" says nothing of where X is). Sentences the team wrote."""

from __future__ import annotations

from collections import Counter

import pytest

from flashpoint.places.gazetteer import Candidate, Place
from flashpoint.places.index import KIND_DEMONYM, KIND_NAME
from flashpoint.places.resolve import Ambiguous, resolve
from flashpoint.records import Article


def _place(pid: int, country: str, feature: str, population: int, curated: bool = False,
           lat: float = 10.0, lon: float = 10.0) -> Place:
    return Place(id=pid, name=f"p{pid}", country=country, lat=lat, lon=lon, admin1=None, a1code=None,
                 geonameid=None, feature=feature, population=population, curated=curated, fame=0)


_CURATED = Candidate(_place(1, "AAA", "town", 20_000, curated=True), KIND_NAME)
_NAMESAKE = Candidate(_place(2, "BBB", "city", 30_000, lat=40.0, lon=40.0), KIND_NAME)
_BBB_TOWN = Candidate(_place(3, "BBB", "city", 500_000, lat=41.0, lon=41.0), KIND_NAME)
_BBB = Candidate(_place(4, "BBB", "country", 9_000_000), KIND_NAME)
_AAA = Candidate(_place(5, "AAA", "country", 9_000_000), KIND_NAME)
_BBB_PEOPLE = Candidate(_place(4, "BBB", "country", 9_000_000), KIND_DEMONYM)


def _chosen(*names: tuple[str, tuple[Candidate, ...]], context: tuple[str, ...] = ()) -> Counter[str]:
    items = [Ambiguous(key=key, candidates=cands) for key, cands in names]
    return Counter(p.name for p in resolve(items, context) if p is not None)


def test_the_namesake_of_the_country_the_story_places_things_in_beats_a_curated_town() -> None:
    # "... in X, near <a big city of BBB>": BBB's namesake
    assert _chosen(("x", (_CURATED, _NAMESAKE)), ("big", (_BBB_TOWN,)))["p2"] == 1
    # "... in X, in BBB": BBB's namesake
    assert _chosen(("x", (_CURATED, _NAMESAKE)), ("bbb", (_BBB,)))["p2"] == 1
    # no evidence: the curated town
    assert _chosen(("x", (_CURATED, _NAMESAKE)))["p1"] == 1
    # the story names the curated town's country too: the curated town
    assert _chosen(("x", (_CURATED, _NAMESAKE)), ("bbb", (_BBB,)), ("aaa", (_AAA,)))["p1"] == 1
    # a people's word or an actor's country is no place: the curated town
    assert _chosen(("x", (_CURATED, _NAMESAKE)), ("bbbian", (_BBB_PEOPLE,)), context=("BBB",))["p1"] == 1


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "country"), [
    # a curated Kosovo town's namesake in Bosnia, in a Bosnian story
    ("Bosnian police arrested two men suspected of planning an attack in Gracanica, near Tuzla, on Friday.",
     "Gračanica", "BIH"),
    # a curated Serbian town's namesake in Bulgaria, placed by its province's chief town
    ("Bulgarian police detained four migrants near Novi Pazar in the Shumen region on Tuesday.",
     "Novi Pazar", "BGR"),
])
def test_a_namesake_in_the_story_country_beats_a_curated_town(coder, text: str, name: str, country: str) -> None:
    events = coder.code_article(Article(id="t", text=text, published="2024-03-02"))
    assert events and all(e.location is not None and (e.location.name, e.location.country) == (name, country)
                          for e in events)


@pytest.mark.model
@pytest.mark.parametrize(("own", "own_place", "namesakes", "namesake_place"), [
    ("Jihadists attacked an army post near Lere in central Mali on Sunday, the army said.", ("Léré", "MLI"),
     "Bandits kidnapped 20 villagers in Lere, in Nigeria's Kaduna state, on Sunday, police said.",
     ("Lere", "NGA")),
    ("Gang members killed 12 people in Canaan, north of Port-au-Prince, Haitian police said on Monday.",
     ("Canaan", "HTI"),
     "Connecticut state police arrested a man in Canaan on Monday after a shooting.", ("Canaan", "USA")),
])
def test_a_town_left_out_for_its_namesake_is_placed_and_the_namesake_kept(
        coder, own: str, own_place: tuple[str, str], namesakes: str, namesake_place: tuple[str, str]) -> None:
    # (curated with its country; the namesake's own stories, which name a place of its country, keep it)
    for text, place in ((own, own_place), (namesakes, namesake_place)):
        events = coder.code_article(Article(id="t", text=text, published="2024-03-02"))
        assert events and all(e.location is not None and (e.location.name, e.location.country) == place
                              for e in events), text


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Rescuers in Boston and Portland searched the Atlantic for a missing fishing boat on Monday, the Coast "
    "Guard in Maine said.",
    "Police in Des Moines and Cedar Rapids said the storm moved east toward the Atlantic on Tuesday.",
])
def test_a_curated_sea_keeps_its_edge_over_a_town_of_the_story_country(places_of, text: str) -> None:
    # (a place of no country is in no country the story names: "the Atlantic" is the ocean, not Atlantic, Iowa)
    assert ("Atlantic Ocean", None) in places_of(text) and ("Atlantic", "USA") not in places_of(text)
