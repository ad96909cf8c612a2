"""Toponym resolution: the linear resolver equals the plain one that rebuilds context per mention."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence

from flashpoint.places.gazetteer import Candidate, Place
from flashpoint.places.index import KIND_ALT, KIND_DEMONYM, KIND_NAME
from flashpoint.places.resolve import (
    Ambiguous,
    _dominant,
    _outranked,
    _score,
    edge,
    named_abroad,
    named_by_name,
    resolve,
    stray,
)
from flashpoint.places.within import held_by


def _plain_best(cands: Sequence[Candidate], key: str, items: Sequence[Ambiguous], index: int,
                explicit: frozenset[str], use_context: bool) -> Place | None:
    """The definition: every other name's chosen place, walked afresh for each mention."""
    if not cands:
        return None
    if not use_context:
        first = edge(cands, ())
        return max(cands, key=lambda c: (_score(c, Counter(), explicit, Counter(), (), None) + first(c),
                                         c.place.population)).place
    countries: Counter[str] = Counter()
    regions: Counter[str] = Counter()
    points: list[tuple[float, float, str | None]] = []
    told: set[str] = set()
    for j, other in enumerate(items):
        if j == index or other.key == key or other.chosen is None:
            continue
        place = other.chosen
        if place.country:
            countries[place.country] += 1
            if named_by_name(other):
                told.add(place.country)
        if place.a1code:
            regions[place.a1code] += 1
        if place.feature not in ("country", "continent", "area", "water"):
            points.append((place.lat, place.lon, place.country))
    at = items[index].hint
    hint = items[at].chosen if at is not None else None
    if items[index].within and at is not None and (  # ("Palma in Cabo Delgado")
            held := held_by(cands, hint, items[at].candidates)) is not None:
        if not held:
            return None
        cands = held
    if hint is None and (own := _dominant(cands)) is not None and not (  # (no namesake of another country)
            own.curated and _outranked(cands, told)):
        cands = [c for c in cands if c.place.country == own.country]
    bonus = edge(cands, told)
    named = named_abroad(cands, told)
    best = max(cands, key=lambda c: (_score(c, countries, explicit, regions, points, hint) + bonus(c) + named(c),
                                     c.place.population)).place
    if at is not None and at < index and hint is not None and hint.feature == "country" \
            and best.country != hint.country:
        return None
    return best


def _plain_resolve(items: Sequence[Ambiguous], context: Sequence[str] = ()) -> list[Place | None]:
    explicit = frozenset(context)
    for i, item in enumerate(items):
        item.chosen = _plain_best(item.candidates, item.key, items, i, explicit, use_context=False)
    for _ in range(2):
        chosen = [_plain_best(item.candidates, item.key, items, i, explicit, use_context=True)
                  for i, item in enumerate(items)]
        for item, place in zip(items, chosen, strict=True):
            item.chosen = place
    kept = []
    for item in items:  # a small namesake in a country no other place of the article lies in
        others = Counter(o.chosen.country for o in items if o.key != item.key and o.chosen is not None
                         and o.chosen.country and o.chosen.feature not in ("country", "continent"))
        kept.append(None if item.chosen is not None and stray(item.chosen, others) else item.chosen)
    return kept


def _place(pid: int, country: str, feature: str, lat: float, lon: float, a1: str | None = None,
           population: int = 1000, curated: bool = False) -> Place:
    return Place(id=pid, name=f"p{pid}", country=country, lat=lat, lon=lon, admin1=None, a1code=a1,
                 geonameid=None, feature=feature, population=population, curated=curated, fame=pid % 3)


def _world(seed: int) -> list[Ambiguous]:
    """Random articles over a small world of same-named places in a few countries."""
    rng = random.Random(seed)
    countries = ["AAA", "BBB", "CCC", "DDD"]
    features = ["city", "town", "village", "region", "country", "capital", "district"]
    names: dict[str, tuple[Candidate, ...]] = {}
    pid = 0
    for n in range(12):
        cands = []
        for _ in range(rng.randint(1, 4)):
            pid += 1
            c = rng.choice(countries)
            cands.append(Candidate(_place(pid, c, rng.choice(features), rng.uniform(40, 44), rng.uniform(18, 24),
                                          a1=f"{c}.{rng.randint(1, 3)}", population=rng.choice([50, 5_000, 900_000]),
                                          curated=rng.random() < 0.2),
                                   rng.choice([KIND_NAME, KIND_NAME, KIND_ALT, KIND_DEMONYM])))
        names[f"name{n}"] = tuple(cands)
    keys = sorted(names)
    items = [Ambiguous(key=k, candidates=names[k]) for k in (rng.choice(keys) for _ in range(rng.randint(1, 60)))]
    for i in range(len(items) - 1):
        if rng.random() < 0.15:
            items[i].hint = i + 1
            items[i].within = rng.random() < 0.5
        elif rng.random() < 0.1:
            items[i + 1].hint = i
    return items


def _copy(items: list[Ambiguous]) -> list[Ambiguous]:
    return [Ambiguous(key=it.key, candidates=it.candidates, hint=it.hint, within=it.within) for it in items]


def test_linear_resolution_equals_the_definition() -> None:
    for seed in range(300):
        items = _world(seed)
        context = ("AAA",) if seed % 3 == 0 else ()
        assert resolve(_copy(items), context) == _plain_resolve(_copy(items), context), seed


def test_thousands_of_mentions_resolve() -> None:
    """A dump with 20,000 place mentions (the plain resolver would take minutes) resolves, and a
    name repeated throughout keeps one reading."""
    items = _world(7)
    many = [Ambiguous(key=it.key, candidates=it.candidates) for it in items for _ in range(20_000 // len(items) + 1)]
    chosen = resolve(many)
    assert len(chosen) == len(many)
    by_key: dict[str, set[int | None]] = {}
    for it, place in zip(many, chosen, strict=True):
        by_key.setdefault(it.key, set()).add(place.id if place else None)
    assert all(len(ids) == 1 for ids in by_key.values())


def test_a_small_namesake_in_a_country_the_article_never_places_is_dropped() -> None:
    town = Candidate(_place(1, "BBB", "town", 40.0, 20.0, population=3_000), KIND_NAME)
    capital = Candidate(_place(2, "AAA", "capital", 2.0, 45.0, population=2_000_000), KIND_NAME)
    port = Candidate(_place(3, "AAA", "city", 0.0, 42.0, population=200_000), KIND_NAME)
    items = [Ambiguous("capital", (capital,)), Ambiguous("port", (port,)), Ambiguous("town", (town,))]
    # the country named as an actor (context) places nothing there
    assert resolve(items, ("BBB",))[2] is None
    # alone, or with another place in its country, it stays
    assert resolve([Ambiguous("town", (town,))])[0] == town.place
    other = Candidate(_place(4, "BBB", "city", 40.5, 20.5, population=90_000), KIND_NAME)
    items = [Ambiguous("capital", (capital,)), Ambiguous("other", (other,)), Ambiguous("town", (town,))]
    assert resolve(items)[2] == town.place
    # a big city is no stray
    big = Candidate(_place(5, "BBB", "city", 41.0, 21.0, population=80_000), KIND_NAME)
    assert resolve([Ambiguous("capital", (capital,)), Ambiguous("big", (big,))])[1] == big.place
