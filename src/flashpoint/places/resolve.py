"""Toponym resolution: choose, for each place name in an article, which same-named place it means.

Each candidate gets a prior score (population on a log scale, feature type, curated or not, how
the name matched) and context bonuses from the rest of the article: the countries given by the
caller (e.g. the actors' countries) and those the article's other places resolve to (more where a
place names the country by a name than by a people's word), first-level
regions named in the article ("Paris" near "Texas"), places near the article's other places, and a
region or country written right after the name ("Nelson, B.C."). Resolution runs twice: once on
priors, then again with the context that the first pass established.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field

from flashpoint.places.gazetteer import Candidate, Place
from flashpoint.places.index import KIND_ALT, KIND_DEMONYM, KIND_NAME
from flashpoint.places.within import held_by

__all__ = ["Ambiguous", "edge", "named_abroad", "named_by_name", "prior", "resolve", "km", "stray"]

# feature priors: a bare name is more often the country, the capital or the big region
_FEATURE_PRIOR = {
    "country": 3.0, "continent": 3.0, "capital": 3.0, "region": 0.5, "area": 2.0, "water": 2.0,
    "crossing": 2.5, "landmark": 2.0, "building": 2.0, "base": 2.0, "mountain": 1.5, "island": 1.5,
    "district": 1.0, "city": 0.0, "town": 0.0, "village": 0.0, "airport": 0.5,
}
_BIG_CITY = 500_000
_CURATED_RIVAL = 2.5
_HINT = 6.0
# a country the story names by its name ("Venezuela", "in Mexico's Yucatan"), not only by a people's
# word: more than the population of a namesake abroad ("police in Venezuela ... in Merida": the
# 300,000 of Venezuela's Merida, not the million of Mexico's)
_NAMED = 1.0
_NEAR_KM = 250.0
# a place this small, of a country the rest of the article never names, is a stray namesake
_OBSCURE = 15_000
_SMALL_FEATURES = frozenset({"city", "town", "village", "district"})
# a town this many times as populous as every namesake of another country is the one meant, whatever
# countries the story's actors are of ("Russian forces shelled Pokrovsk": Ukraine's, not a Siberian
# village); the story's context only tells apart namesakes of comparable standing ("Rafah")
_DOMINANT = 5


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p = math.pi / 180
    h = math.sin((lat2 - lat1) * p / 2) ** 2 + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin(
        (lon2 - lon1) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(min(1.0, h)))


@dataclass
class Ambiguous:
    """A name in the article and the places it may mean. ``hint`` is a place written right after it."""

    key: str
    candidates: Sequence[Candidate]
    hint: int | None = None  # index of the mention that follows after a comma ("Paris, Texas")
    within: bool = False  # the hint is told to hold the place ("Palma in Cabo Delgado": places/within.py)
    chosen: Place | None = field(default=None)


def prior(cand: Candidate) -> float:
    """How likely a candidate is with no context at all."""
    place = cand.place
    score = math.log10(place.population + 10)
    score += _FEATURE_PRIOR.get(place.feature, 0.0)
    score += _curated_bonus(cand)  # the team's own entries outrank a package place that merely shares the name
    if place.population >= _BIG_CITY and place.feature in ("city", "capital"):
        score += 1.5
    score += 0.4 * math.log2(1 + place.fame)
    if cand.kind == KIND_ALT:
        score -= 2.0
    elif cand.kind == KIND_NAME and place.feature == "country":
        score += 1.0
    return score


def _curated_bonus(cand: Candidate) -> float:
    """What the team's curating a place adds to its prior."""
    if not cand.place.curated:
        return 0.0
    return 5.0 if cand.kind == KIND_NAME else 3.0


def _outranked(cands: Sequence[Candidate], told: Collection[str]) -> bool:
    """Whether the story places things in the country of a namesake the team did not curate and
    nowhere in a curated place's own country; never for a curated place of no country (a sea, an
    ocean: "the Atlantic" in a story of American towns is the ocean, not Atlantic, Iowa)."""
    curated = [c for c in cands if c.place.curated]
    return all(c.place.country is not None for c in curated) and not any(c.place.country in told for c in curated) \
        and any(c.kind == KIND_NAME and not c.place.curated and c.place.country in told for c in cands)


def edge(cands: Sequence[Candidate], told: Collection[str]) -> Callable[[Candidate], float]:
    """What curating the name is worth to each candidate, given the countries of the story's other
    places ``told`` by a name (a place named, "Mozambique's Cabo Delgado", "Kent, Ohio"; not a
    people's word, "Russian forces", nor an actor's country: whose forces shell a town says
    nothing of where it is). Where the team curated this very name, other places need strong
    context to win; but where the story places things in the country of a namesake the team did
    not curate and nowhere in the curated place's own, the curated place keeps no edge and the
    story's context decides ("insurgents seized Palma in Mozambique's Cabo Delgado": not a curated
    Palma of another country); with no such evidence the curated place still wins."""
    if not any(c.place.curated and c.kind == KIND_NAME for c in cands):
        return lambda c: 0.0
    if _outranked(cands, told):
        return lambda c: -_curated_bonus(c)
    return lambda c: 0.0 if c.place.curated else -_CURATED_RIVAL


def named_abroad(cands: Sequence[Candidate], told: Collection[str]) -> Callable[[Candidate], float]:
    """What a country the story names by a name (``told``) adds to a candidate of it where the name
    has a namesake in another country: ``_NAMED`` (not against a place of no country, a sea: "toward
    the Atlantic" in a story of Iowa towns is the ocean, not Atlantic, Iowa)."""
    lands = {c.place.country for c in cands if c.place.country is not None}
    if len(lands) < 2 or not lands & set(told):
        return lambda c: 0.0
    return lambda c: _NAMED if c.place.country in told else 0.0


def named_by_name(item: Ambiguous) -> bool:
    """Whether ``item``'s chosen place is named by a name, not only by a people's word ("Bosnian")."""
    place = item.chosen
    return place is not None and any(c.place.id == place.id and c.kind != KIND_DEMONYM for c in item.candidates)


def _score(cand: Candidate, countries: Counter[str], explicit: frozenset[str], regions: Counter[str],
           points: Sequence[tuple[float, float, str | None]], hint: Place | None) -> float:
    place = cand.place
    score = prior(cand)
    if place.country is not None:
        if place.country in explicit:
            score += 2.0
        elif countries[place.country] > 0:
            score += 1.5
    if place.a1code is not None and regions[place.a1code] > 0:
        score += 2.5
    if place.feature not in ("country", "continent") and any(  # (near a place of its own country: not
            km(place.lat, place.lon, lat, lon) <= _NEAR_KM  # across a border from the story's Sofia)
            for lat, lon, country in points if country is None or country == place.country):
        score += 1.0
    if hint is not None and place.id != hint.id and (  # "Paris, Texas": the region or country written after it
            (hint.a1code is not None and place.a1code == hint.a1code)
            or (hint.feature == "country" and place.country == hint.country)):
        score += _HINT
    return score


class _Context:
    """What the article's other names were resolved to in the previous pass, counted once per pass.

    Context for one name excludes every mention of that same name, so the totals are kept by
    name too and subtracted: building it costs one walk over the mentions, not one per mention,
    and the places near which a candidate may lie are the distinct places chosen, not every
    mention of them. Resolution stays linear in the number of mentions (a transcript or a dump
    with thousands of place names no longer takes minutes)."""

    def __init__(self, items: Sequence[Ambiguous]) -> None:
        self.countries: Counter[str] = Counter()
        self.regions: Counter[str] = Counter()
        self.named: Counter[str] = Counter()  # (countries of places named by a name, not a people's word)
        self.by_key: dict[str, tuple[Counter[str], Counter[str], Counter[str]]] = {}
        self.points: dict[tuple[float, float, str | None], set[str]] = {}
        for other in items:
            place = other.chosen
            if place is None:
                continue
            own = self.by_key.setdefault(other.key, (Counter(), Counter(), Counter()))
            if place.country:
                self.countries[place.country] += 1
                own[0][place.country] += 1
                if named_by_name(other):
                    self.named[place.country] += 1
                    own[2][place.country] += 1
            if place.a1code:
                self.regions[place.a1code] += 1
                own[1][place.a1code] += 1
            if place.feature not in ("country", "continent", "area", "water"):
                self.points.setdefault((place.lat, place.lon, place.country), set()).add(other.key)

    def without(self, key: str) -> tuple[Counter[str], Counter[str], list[tuple[float, float, str | None]], set[str]]:
        """Countries, regions and points of every mention but those of ``key``, and the countries
        of those named by a name."""
        own = self.by_key.get(key)
        countries = self.countries - own[0] if own else self.countries
        regions = self.regions - own[1] if own else self.regions
        named = self.named - own[2] if own else self.named
        points = [pt for pt, keys in self.points.items() if len(keys) > 1 or key not in keys]
        return countries, regions, points, set(named)


def _best(cands: Sequence[Candidate], key: str, context: _Context | None, hint: Place | None,
          possessor: bool, explicit: frozenset[str], holder: Sequence[Candidate] | None = None) -> Place | None:
    """The likeliest candidate; with ``context`` None, on priors alone."""
    if not cands:
        return None
    if context is None:
        empty: Counter[str] = Counter()
        first = edge(cands, ())
        return max(cands, key=lambda c: (_score(c, empty, explicit, empty, (), None) + first(c),
                                         c.place.population)).place
    countries, regions, points, told = context.without(key)
    if holder is not None and (held := held_by(cands, hint, holder)) is not None:
        if not held:
            return None  # (kept as a place of no coordinates: recognize.find_places)
        cands = held
    if hint is None and (own := _dominant(cands)) is not None and not (own.curated and _outranked(cands, told)):
        cands = [c for c in cands if c.place.country == own.country]  # (the context picks among its own)
    bonus = edge(cands, told)
    named = named_abroad(cands, told)
    best = max(cands, key=lambda c: (_score(c, countries, explicit, regions, points, hint) + bonus(c) + named(c),
                                     c.place.population)).place
    if possessor and hint is not None and hint.feature == "country" and best.country != hint.country:
        return None  # "Colombia's Cauca" is in Colombia: no same-named place elsewhere will do
    return best


def _dominant(cands: Sequence[Candidate]) -> Place | None:
    """The town or city that the name itself names (not by an alternate name), likeliest on its own
    and ``_DOMINANT`` times as populous as every place of another country the name may mean (by its own
    name or a curated one), else None: no story context makes the name a namesake in another
    country (which of the country's own places it is, the context still tells)."""
    first = max(cands, key=lambda c: (prior(c), c.place.population))  # (the likeliest on its own)
    if first.kind != KIND_NAME or first.place.feature not in ("city", "town", "capital"):
        return None
    top = first.place
    rivals = [c.place for c in cands if c.place.country != top.country and (c.kind == KIND_NAME or c.place.curated)]
    if top.population <= 0 or any(p.population * _DOMINANT > top.population or p.curated
                                  or p.feature not in _SMALL_FEATURES for p in rivals):
        return None
    return top


def resolve(items: Sequence[Ambiguous], context: Sequence[str] = ()) -> list[Place | None]:
    """Choose a place for every item, using ``context`` (ISO3 codes) and each other.

    Mentions of one name with the same candidates and the same hint get the same answer, so each
    pass decides each distinct (name, candidates, hint) once."""
    explicit = frozenset(context)
    memo: dict[tuple[object, ...], Place | None] = {}
    for item in items:
        first = (item.key, item.candidates)
        if first not in memo:
            memo[first] = _best(item.candidates, item.key, None, None, False, explicit)
        item.chosen = memo[first]
    for _ in range(2):
        ctx = _Context(items)
        memo = {}
        chosen = []
        for i, item in enumerate(items):
            hint = items[item.hint].chosen if item.hint is not None else None
            possessor = item.hint is not None and item.hint < i
            holder = items[item.hint].candidates if item.within and item.hint is not None else None
            k = (item.key, item.candidates, hint.id if hint is not None else None, possessor, holder)
            if k not in memo:
                memo[k] = _best(item.candidates, item.key, ctx, hint, possessor, explicit, holder)
            chosen.append(memo[k])
        for item, place in zip(items, chosen, strict=True):
            item.chosen = place
    # mentions below the level of a country (towns, regions, landmarks) by country, in all and by name
    local: Counter[str] = Counter()
    by_key: dict[str, Counter[str]] = {}
    for item in items:
        place = item.chosen
        if place is not None and place.country and place.feature not in ("country", "continent"):
            local[place.country] += 1
            by_key.setdefault(item.key, Counter())[place.country] += 1
    for item in items:  # (a Counter of countries each: linear in the mentions)
        if item.chosen is not None and stray(item.chosen, local - by_key.get(item.key, Counter())):
            item.chosen = None
    return [item.chosen for item in items]


def stray(place: Place, local: Counter[str]) -> bool:
    """A small place in a country where no other place of the article lies, in an article whose
    places lie elsewhere ("the Lido beach hotel" in a story from Mogadishu is not Lido Beach, New
    York): a namesake the gazetteer happens to hold, not the place meant, so better none. ``local``
    counts the other mentions below the level of a country by country (naming a country as an
    actor, "the United States condemned", places nothing there)."""
    return (not place.curated and place.feature in _SMALL_FEATURES and place.population < _OBSCURE
            and place.country is not None and local[place.country] == 0 and sum(local.values()) > 0)
