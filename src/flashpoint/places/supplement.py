"""Read and check the team-curated place supplement (``data/places/supplement.yml``).

The format is documented in ``data/places/README.md``. Every problem raises
:class:`~flashpoint.errors.LexiconError` naming the file and the line of the offending entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from flashpoint.errors import LexiconError

__all__ = ["SupplementEntry", "Supplement", "FEATURES", "default_supplement_path", "load_supplement"]

#: Feature types an entry may have. ``country`` and ``continent`` entries add coordinates and
#: names to the package's countries and continents; the others are places of their own.
FEATURES = frozenset({
    "country", "continent", "region", "city", "town", "village", "district", "crossing", "landmark",
    "water", "area", "mountain", "island", "building", "airport", "base",
})

_ENTRY_KEYS = frozenset({"name", "feature", "country", "lat", "lon", "names", "abbreviations", "demonyms",
                         "population", "admin1", "admin1code"})
_ISO3 = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True, slots=True)
class SupplementEntry:
    """One curated place (or an addition to a package country, continent or region)."""

    name: str
    feature: str
    country: str | None
    lat: float | None
    lon: float | None
    line: int
    names: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    population: int = 0
    admin1: str | None = None
    admin1code: str | None = None


@dataclass(frozen=True, slots=True)
class Supplement:
    """The parsed supplement: its entries and the surfaces never to be read as places by themselves."""

    path: str
    entries: tuple[SupplementEntry, ...]
    not_places: frozenset[str] = field(default_factory=frozenset)


def default_supplement_path() -> Path:
    """The supplement shipped with flashpoint."""
    return Path(str(resources.files("flashpoint") / "data" / "places" / "supplement.yml"))


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


_CONSTRUCTOR = yaml.constructor.SafeConstructor()


def _construct_scalar(node: yaml.Node) -> Any:
    """The Python value of a scalar node (its tag was resolved when the document was composed)."""
    return _CONSTRUCTOR.construct_object(node, deep=True)


def _string_list(node: yaml.Node, path: str, key: str) -> tuple[str, ...]:
    if isinstance(node, yaml.ScalarNode):
        value = _construct_scalar(node)
        if isinstance(value, str) and value.strip():
            return (value.strip(),)
        raise LexiconError(f"'{key}' must be a list of names", path, _line(node))
    if not isinstance(node, yaml.SequenceNode):
        raise LexiconError(f"'{key}' must be a list of names", path, _line(node))
    out: list[str] = []
    for item in node.value:
        value = _construct_scalar(item) if isinstance(item, yaml.ScalarNode) else None
        if not isinstance(value, str) or not value.strip():
            raise LexiconError(f"'{key}' must hold non-empty strings", path, _line(item))
        out.append(value.strip())
    return tuple(out)


def _number(node: yaml.Node, path: str, key: str, low: float, high: float) -> float:
    value = _construct_scalar(node) if isinstance(node, yaml.ScalarNode) else None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise LexiconError(f"'{key}' must be a number", path, _line(node))
    if not low <= float(value) <= high:
        raise LexiconError(f"'{key}' must lie between {low:g} and {high:g}, not {value}", path, _line(node))
    return float(value)


def _entry(node: yaml.Node, path: str) -> SupplementEntry:
    line = _line(node)
    if not isinstance(node, yaml.MappingNode):
        raise LexiconError("each place must be a mapping with name, feature, country, lat and lon", path, line)
    fields: dict[str, yaml.Node] = {}
    for key_node, value_node in node.value:
        key = _construct_scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else None
        if key not in _ENTRY_KEYS:
            raise LexiconError(f"unknown key {key!r} (allowed: {', '.join(sorted(_ENTRY_KEYS))})", path,
                               _line(key_node))
        fields[str(key)] = value_node
    if "name" not in fields:
        raise LexiconError("place without a 'name'", path, line)
    name = _construct_scalar(fields["name"]) if isinstance(fields["name"], yaml.ScalarNode) else None
    if not isinstance(name, str) or not name.strip():
        raise LexiconError("'name' must be a non-empty string", path, _line(fields["name"]))
    feature = _construct_scalar(fields["feature"]) if isinstance(fields.get("feature"), yaml.ScalarNode) else None
    if feature not in FEATURES:
        raise LexiconError(f"place {name!r}: 'feature' must be one of {', '.join(sorted(FEATURES))}", path,
                           _line(fields.get("feature", node)))
    country: str | None = None
    if "country" in fields:
        raw = _construct_scalar(fields["country"]) if isinstance(fields["country"], yaml.ScalarNode) else None
        if not isinstance(raw, str) or not _ISO3.match(raw):
            raise LexiconError(f"place {name!r}: 'country' must be an ISO 3166-1 alpha-3 code such as SRB or XKX",
                               path, _line(fields["country"]))
        country = raw
    elif feature not in ("continent", "water", "area"):
        raise LexiconError(f"place {name!r}: a {feature} needs a 'country'", path, line)
    lat = _number(fields["lat"], path, "lat", -90, 90) if "lat" in fields else None
    lon = _number(fields["lon"], path, "lon", -180, 180) if "lon" in fields else None
    if (lat is None) != (lon is None):
        raise LexiconError(f"place {name!r}: give both 'lat' and 'lon' or neither", path, line)
    if lat is None and feature not in ("country", "continent", "region"):
        raise LexiconError(f"place {name!r}: a {feature} needs 'lat' and 'lon'", path, line)
    population = 0
    if "population" in fields:
        population = int(_number(fields["population"], path, "population", 0, 2e10))
    texts: dict[str, str | None] = {}
    for key in ("admin1", "admin1code"):
        if key in fields:
            raw = _construct_scalar(fields[key]) if isinstance(fields[key], yaml.ScalarNode) else None
            if not isinstance(raw, (str, int)) or isinstance(raw, bool) or not str(raw).strip():
                raise LexiconError(f"place {name!r}: '{key}' must be a string", path, _line(fields[key]))
            texts[key] = str(raw).strip()
    return SupplementEntry(
        name=name.strip(), feature=str(feature), country=country, lat=lat, lon=lon, line=line,
        names=_string_list(fields["names"], path, "names") if "names" in fields else (),
        abbreviations=_string_list(fields["abbreviations"], path, "abbreviations") if "abbreviations" in fields else (),
        demonyms=_string_list(fields["demonyms"], path, "demonyms") if "demonyms" in fields else (),
        population=population, admin1=texts.get("admin1"), admin1code=texts.get("admin1code"),
    )


def load_supplement(path: str | Path | None = None) -> Supplement:
    """Parse and check a supplement file (the shipped one when ``path`` is None)."""
    try:
        return _load(path)
    finally:
        _CONSTRUCTOR.constructed_objects.clear()


def _load(path: str | Path | None) -> Supplement:
    file = Path(path) if path is not None else default_supplement_path()
    shown = str(file)
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise LexiconError(f"cannot read place supplement: {exc.strerror or exc}", shown) from exc
    try:
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise LexiconError(f"not valid YAML: {getattr(exc, 'problem', None) or exc}", shown,
                           int(mark.line) + 1 if mark is not None else None) from exc
    if root is None:
        return Supplement(shown, ())
    if not isinstance(root, yaml.MappingNode):
        raise LexiconError("the supplement must be a mapping with 'places' (and optionally 'not_places')", shown,
                           _line(root))
    entries: list[SupplementEntry] = []
    not_places: frozenset[str] = frozenset()
    for key_node, value_node in root.value:
        key = _construct_scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else None
        if key == "version":
            continue
        if key == "places":
            if not isinstance(value_node, yaml.SequenceNode):
                raise LexiconError("'places' must be a list", shown, _line(value_node))
            entries.extend(_entry(item, shown) for item in value_node.value)
        elif key == "not_places":
            not_places = frozenset(_string_list(value_node, shown, "not_places"))
        else:
            raise LexiconError(f"unknown top-level key {key!r} (allowed: version, places, not_places)", shown,
                               _line(key_node))
    return Supplement(shown, tuple(entries), not_places)
