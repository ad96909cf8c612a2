"""The offline gazetteer: look place names up in the cached index.

:class:`Gazetteer` opens the SQLite index that :mod:`flashpoint.places.index` builds (building it
first when needed) and answers name lookups with :class:`Candidate` places. Opening costs a few
milliseconds and next to no memory; each lookup is an indexed query, and answers are memoised.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from flashpoint.places.index import DEFAULT_MIN_POPULATION, KIND_ABBR, ensure_index
from flashpoint.places.normalize import exact_form, name_key
from flashpoint.records import Location

__all__ = ["AREA_FEATURES", "Place", "Candidate", "Gazetteer", "get_gazetteer"]

#: Features of a place that is an area, not a point: a name of one says little of where inside it
#: something happened (a country, a continent, a region, an area, a body of water).
AREA_FEATURES = frozenset({"country", "continent", "region", "area", "water"})

_COLUMNS = ("p.id, p.name, p.country, p.lat, p.lon, p.admin1, p.a1code, p.geonameid, p.feature, p.population, "
            "p.curated, p.fame")


@dataclass(frozen=True, slots=True)
class Place:
    """A place in the index. ``a1code`` is GeoNames' ``CC.ADMIN1`` code (``US.TX``) when known."""

    id: int
    name: str
    country: str | None
    lat: float
    lon: float
    admin1: str | None
    a1code: str | None
    geonameid: int | None
    feature: str
    population: int
    curated: bool
    fame: int = 0

    def to_location(self) -> Location:
        """The record form of this place."""
        return Location(name=self.name, country=self.country, lat=self.lat, lon=self.lon, admin1=self.admin1,
                        geonameid=self.geonameid, feature=self.feature)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a name may refer to, and how the name matched (see ``KIND_*`` in the index module)."""

    place: Place
    kind: int
    exact: str | None = None

    def accepts(self, surface: str) -> bool:
        """Abbreviations match only in their own case ("US", not "us"); other names always do."""
        return self.kind != KIND_ABBR or self.exact is None or exact_form(surface) in self.exact.split("|")


def _place(row: Sequence[Any]) -> Place:
    pid, name, country, lat, lon, admin1, a1code, geonameid, feature, population, curated, fame = row
    return Place(int(pid), str(name), country, float(lat), float(lon), admin1, a1code, geonameid, str(feature),
                 int(population or 0), bool(curated), int(fame or 0))


class Gazetteer:
    """Name lookups over the place index at ``path``."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        uri = self.path.resolve().as_uri() + "?mode=ro&immutable=1"  # read-only: the index never changes in place
        self._con = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._memo: dict[str, tuple[Candidate, ...]] = {}
        meta = dict(self._con.execute("SELECT key, value FROM meta").fetchall())
        self.not_places: frozenset[str] = frozenset(json.loads(meta.get("not_places", "[]")))
        self._countries: dict[str, Place] = {}
        for row in self._con.execute(f"SELECT {_COLUMNS} FROM place p WHERE p.feature = 'country'"):
            place = _place(row)
            if place.country:
                self._countries[place.country] = place

    @classmethod
    def open(cls, cache: str | Path | None = None, supplement: str | Path | None = None,
             min_city_population: int = DEFAULT_MIN_POPULATION) -> Gazetteer:
        """Open the index for this configuration, building it first if it is missing or stale."""
        return cls(ensure_index(cache, supplement, min_city_population))

    def close(self) -> None:
        """Close the index file."""
        self._con.close()

    def country(self, iso3: str) -> Place | None:
        """The country with ISO 3166-1 alpha-3 code ``iso3`` (Kosovo: XKX)."""
        return self._countries.get(iso3)

    def lookup_keys(self, keys: Iterable[str]) -> dict[str, tuple[Candidate, ...]]:
        """Candidates for each normalised key (see :func:`~flashpoint.places.normalize.name_key`)."""
        wanted = {k for k in keys if k}
        with self._lock:
            missing = [k for k in wanted if k not in self._memo]
            found: dict[str, list[Candidate]] = {k: [] for k in missing}
            for start in range(0, len(missing), 500):
                chunk = missing[start:start + 500]
                marks = ",".join("?" * len(chunk))
                sql = (f"SELECT n.key, n.kind, n.exact, {_COLUMNS} FROM name n JOIN place p ON p.id = n.place "
                       f"WHERE n.key IN ({marks})")
                for row in self._con.execute(sql, chunk):
                    found[row[0]].append(Candidate(_place(row[3:]), int(row[1]), row[2]))
            if len(self._memo) > 200_000:
                self._memo.clear()
            for k, cands in found.items():
                self._memo[k] = tuple(cands)
            return {k: self._memo[k] for k in wanted}

    def lookup(self, name: str) -> list[Candidate]:
        """Candidates for a name as written (abbreviations only in their own case)."""
        key = name_key(name)
        return [c for c in self.lookup_keys([key]).get(key, ()) if c.accepts(name)]

    def regions(self) -> list[tuple[str, str]]:
        """(name, country) of every curated region: a federal state, province or region of one
        country ("Illinois", "Punjab" twice, "Borno"), as the index names it."""
        with self._lock:
            rows = self._con.execute("SELECT p.name, p.country FROM place p WHERE p.feature = 'region' "
                                     "AND p.curated AND p.country IS NOT NULL ORDER BY p.id").fetchall()
        return [(str(name), str(country)) for name, country in rows]

    def is_not_place(self, text: str) -> bool:
        """True when the supplement lists ``text`` among the words never to be read as places alone."""
        return name_key(text) in self.not_places


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The shared default gazetteer (shipped supplement, cities down to 500 inhabitants)."""
    return Gazetteer.open()
