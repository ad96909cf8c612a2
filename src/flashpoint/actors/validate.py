"""Validate and merge actor data files into plain, checked values (see lexicon.py for the result).

Each file is a mapping with ``version: 1`` and any of the sections below. Entries are checked as
they are read (so a user file gets the same checks as the packaged files) and cross-references
(sector codes, country codes, parent organisations) once everything is merged.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import os
import re
from dataclasses import dataclass, field
from typing import Any

from flashpoint.errors import LexiconError

from ..datafile import LineDict, LineList, line_of
from .terms import check as check_term

__all__ = ["Raw", "Reader", "SUPPORTED_VERSION", "REALMS", "dated_spans"]

SUPPORTED_VERSION = 1
MAP_SECTIONS = ("countries", "peoples", "organisations", "people", "codes", "words", "pairs")
LIST_SECTIONS = ("roles", "partitives", "blocked")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_SECTOR = re.compile(r"^[A-Z]{3}$")
_CODE = re.compile(r"^[A-Z-]{3,}$")
_KINDS = ("igo", "ngo", "group")
# what a monarchy calls itself ("the Kingdom said"): countries.yml's `realm`
REALMS = ("kingdom", "emirate", "sultanate", "principality")
_DAY = r"(?:19|20)\d\d(?:-[01]\d(?:-[0-3]\d)?)?"
_SPANS = re.compile(rf"^{_DAY}/(?:{_DAY})?(?: {_DAY}/(?:{_DAY})?)*$")

_FIELDS: dict[str, dict[str, str]] = {
    # field → type: s (string), l (list of strings), p (list of "sing/plural"), m (phrase → sector),
    # b (bool), c (country code), cl (list of country codes), k (sector code), y (string or number),
    # t (terms of office in years), g (dated spans: "1996-09-27/2001-11-13 2021-08-15/")
    "countries": {"name": "s", "aka": "l", "adj": "l", "dem": "p", "cap": "l", "regions": "l", "seats": "m",
                  "federal": "b", "realm": "s", "settled_by": "c"},
    "peoples": {"dem": "p", "adj": "l", "kin": "c", "home": "cl", "many_states": "b"},
    "organisations": {"name": "s", "kind": "s", "parent": "s", "sector": "k", "country": "c", "aka": "l",
                      "metonym": "l", "ethnicity": "s", "code": "s", "governs": "g", "called": "l",
                      "shared": "l"},
    "people": {"country": "c", "org": "s", "sector": "k", "short": "l", "aka": "l", "role": "y", "years": "t",
               "source": "s", "careers": "e"},
}
# e (a person's other careers): a list of mappings of these fields, each with its own terms
_CAREER_FIELDS = {"country": "c", "org": "s", "sector": "k", "role": "y", "years": "t"}
_REQUIRED = {"countries": ("name",), "organisations": ("name",)}


@dataclass
class Raw:
    """Merged, checked values ready to become a Lexicon."""

    countries: dict[str, dict[str, Any]] = field(default_factory=dict)
    peoples: dict[str, dict[str, Any]] = field(default_factory=dict)
    organisations: dict[str, dict[str, Any]] = field(default_factory=dict)
    people: dict[str, dict[str, Any]] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    words: dict[str, tuple[str, bool]] = field(default_factory=dict)  # phrase → (sector, person)
    roles: list[str] = field(default_factory=list)
    partitives: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    pairs: dict[str, str | None] = field(default_factory=dict)
    versions: dict[str, int] = field(default_factory=dict)


class Reader:
    """Reads data files one after another; :meth:`finish` checks cross-references."""

    def __init__(self) -> None:
        self.raw = Raw()
        self._where: dict[tuple[str, str], tuple[str, int | None]] = {}
        self._checks: list[tuple[str, Any, str, int | None]] = []  # (what, value, path, line)

    # -- reading -------------------------------------------------------------------------------
    def add(self, path: str, data: Any, user: bool) -> None:
        """Check one parsed file and merge it in (a user file may replace or remove entries)."""
        if not isinstance(data, LineDict):
            raise LexiconError("the file must be a mapping with a 'version' key and data sections", path, 1)
        version = data.get("version")
        if version is None:
            raise LexiconError("missing 'version' key", path, data.line)
        if not isinstance(version, int) or isinstance(version, bool) or version != SUPPORTED_VERSION:
            raise LexiconError(f"unsupported version {version!r} (this flashpoint reads version "
                               f"{SUPPORTED_VERSION})", path, line_of(data, "version"))
        self.raw.versions[os.path.basename(path)] = version
        for key in data:
            if key != "version" and key not in MAP_SECTIONS and key not in LIST_SECTIONS:
                raise LexiconError(f"unknown section {key!r} (known: "
                                   f"{', '.join(MAP_SECTIONS + LIST_SECTIONS)})", path, line_of(data, key))
        for section in MAP_SECTIONS:
            if section in data and data[section] is not None:
                value = data[section]
                if not isinstance(value, LineDict):
                    raise LexiconError(f"section {section!r} must be a mapping", path, line_of(data, section))
                getattr(self, f"_read_{section}")(path, value, user)
        for section in LIST_SECTIONS:
            if section in data and data[section] is not None:
                value = data[section]
                if not isinstance(value, LineList):
                    raise LexiconError(f"section {section!r} must be a list", path, line_of(data, section))
                target: list[str] = getattr(self.raw, section)
                for i, item in enumerate(value):
                    target.append(_string(item, f"{section} item", path, line_of(value, i)))

    def _claim(self, section: str, key: str, path: str, line: int | None, user: bool) -> bool:
        """Record where ``key`` is defined; False if a packaged file defines it twice."""
        prev = self._where.get((section, key))
        if prev is not None and not user:
            raise LexiconError(f"{section} entry {key!r} is already defined at {prev[0]}:{prev[1]}", path, line)
        self._where[(section, key)] = (path, line)
        return True

    def _entries(self, section: str, path: str, data: LineDict, user: bool) -> None:
        target: dict[str, dict[str, Any]] = getattr(self.raw, section)
        fields = _FIELDS[section]
        for key, value in data.items():
            line = line_of(data, key)
            if not isinstance(key, str) or not key.strip():
                raise LexiconError(f"{section} key must be a non-empty string, not {key!r}", path, line)
            if section == "countries" and not _ISO3.match(key):
                raise LexiconError(f"country key {key!r} must be an ISO 3166-1 alpha-3 code "
                                   "(three capital letters)", path, line)
            self._claim(section, key, path, line, user)
            if value is None:
                if not user:
                    raise LexiconError(f"{section} entry {key!r} is empty", path, line)
                target.pop(key, None)
                continue
            if not isinstance(value, LineDict):
                raise LexiconError(f"{section} entry {key!r} must be a mapping", path, line)
            out: dict[str, Any] = {}
            for name, item in value.items():
                kind = fields.get(name)
                where = line_of(value, name)
                if kind is None:
                    raise LexiconError(f"unknown field {name!r} in {section} entry {key!r} "
                                       f"(known: {', '.join(fields)})", path, where)
                out[name] = self._field(kind, item, f"{key}.{name}", path, where)
            for name in _REQUIRED.get(section, ()):
                if name not in out:
                    raise LexiconError(f"{section} entry {key!r} needs a {name!r}", path, line)
            self._entry_checks(section, key, out, path, line)
            target[key] = out

    def _field(self, kind: str, item: Any, what: str, path: str, line: int | None) -> Any:
        if kind == "s":
            return _string(item, what, path, line)
        if kind == "t":
            text = str(item) if isinstance(item, (str, int)) and not isinstance(item, bool) else None
            if text is None or not text.split() or text != " ".join(text.split()):
                raise LexiconError(f"{what} must be terms of office like '2014-2019 2022-' (years, '-' for "
                                   f"still in office, a day as YYYY-MM-DD where known), not {item!r}", path, line)
            for term in text.split():
                wrong = check_term(term)
                if wrong is not None:
                    raise LexiconError(f"{what}: term {term}: {wrong}", path, line)
            return text
        if kind == "g":
            return _spans(item, what, path, line)
        if kind == "e":
            return self._careers(item, what, path, line)
        if kind == "y":
            if isinstance(item, (str, int)) and not isinstance(item, bool):
                return str(item)
            raise LexiconError(f"{what} must be text", path, line)
        if kind == "b":
            if not isinstance(item, bool):
                raise LexiconError(f"{what} must be true or false", path, line)
            return item
        if kind == "c":
            if item is None:
                return None
            code = _string(item, what, path, line)
            self._checks.append(("country", code, path, line))
            return code
        if kind == "k":
            code = _string(item, what, path, line)
            self._checks.append(("sector", code, path, line))
            return code
        if kind in ("l", "p", "cl"):
            items = _strings(item, what, path, line)
            if kind == "cl":
                for code in items:
                    self._checks.append(("country", code, path, line))
            if kind == "p":
                return tuple(_pair(s, what, path, line) for s in items)
            return tuple(items)
        if kind == "m":
            if not isinstance(item, LineDict):
                raise LexiconError(f"{what} must be a mapping of phrase: SECTOR", path, line)
            pairs = []
            for phrase, sector in item.items():
                where = line_of(item, phrase)
                phrase = _string(phrase, f"{what} phrase", path, where)
                sector = _string(sector, f"{what}[{phrase!r}]", path, where)
                self._checks.append(("sector", sector, path, where))
                pairs.append((phrase, sector))
            return tuple(pairs)
        raise AssertionError(kind)  # pragma: no cover

    def _careers(self, item: Any, what: str, path: str, line: int | None) -> tuple[dict[str, Any], ...]:
        """A person's other careers ("Mark Rutte": Dutch prime minister before NATO's secretary
        general): each a mapping of one of country/org, its years, and optionally sector and role."""
        if not isinstance(item, LineList) or not item:
            raise LexiconError(f"{what} must be a list of careers like [{{country: NLD, years: 2010-2024}}]", path, line)
        out = []
        for i, career in enumerate(item):
            where = line_of(item, i)
            if not isinstance(career, LineDict):
                raise LexiconError(f"{what}[{i}] must be a mapping", path, where)
            one: dict[str, Any] = {}
            for name, value in career.items():
                kind = _CAREER_FIELDS.get(name)
                if kind is None:
                    raise LexiconError(f"unknown field {name!r} in {what}[{i}] (known: {', '.join(_CAREER_FIELDS)})",
                                       path, where)
                one[name] = self._field(kind, value, f"{what}[{i}].{name}", path, where)
            if (one.get("country") is None) == (one.get("org") is None) or "years" not in one:
                raise LexiconError(f"{what}[{i}] needs exactly one of 'country' or 'org', and 'years'", path, where)
            if one.get("org") is not None:
                self._checks.append(("org", one["org"], path, where))
            out.append(one)
        return tuple(out)

    def _entry_checks(self, section: str, key: str, out: dict[str, Any], path: str, line: int | None) -> None:
        if section == "countries" and out.get("realm") is not None and out["realm"] not in REALMS:
            raise LexiconError(f"country {key!r}: realm must be one of {', '.join(REALMS)}", path, line)
        if section == "organisations":
            kind = out.setdefault("kind", "igo")
            if kind not in _KINDS:
                raise LexiconError(f"organisation {key!r}: kind must be one of {', '.join(_KINDS)}", path, line)
            if out.get("code") is not None and not _CODE.match(out["code"]):
                raise LexiconError(f"organisation {key!r}: code must be capital letters", path, line)
            if kind == "group":
                out.setdefault("sector", "REB")
                own = {out.get("name"), *out.get("aka", ())}
                if not set(out.get("shared", ())) <= own:
                    raise LexiconError(f"organisation {key!r}: 'shared' lists names that are not its own", path, line)
                if own & set(out.get("called", ())):
                    raise LexiconError(f"organisation {key!r}: 'called' lists names of another group, not its own",
                                       path, line)
            elif out.get("governs") or out.get("called") or out.get("shared"):
                field_ = next(f for f in ("governs", "called", "shared") if out.get(f))
                raise LexiconError(f"organisation {key!r}: only a group (kind: group) has {field_!r}", path, line)
            elif kind == "ngo":
                out.setdefault("sector", "NGO")
            if out.get("parent") is not None:
                self._checks.append(("org", out["parent"], path, line))
        if section == "people":
            if (out.get("country") is None) == (out.get("org") is None):
                raise LexiconError(f"person {key!r} needs exactly one of 'country' or 'org'", path, line)
            if out.get("org") is not None:
                self._checks.append(("org", out["org"], path, line))

    def _read_countries(self, path: str, data: LineDict, user: bool) -> None:
        self._entries("countries", path, data, user)

    def _read_peoples(self, path: str, data: LineDict, user: bool) -> None:
        self._entries("peoples", path, data, user)

    def _read_organisations(self, path: str, data: LineDict, user: bool) -> None:
        self._entries("organisations", path, data, user)

    def _read_people(self, path: str, data: LineDict, user: bool) -> None:
        self._entries("people", path, data, user)

    def _read_codes(self, path: str, data: LineDict, user: bool) -> None:
        for code, value in data.items():
            line = line_of(data, code)
            if not isinstance(code, str) or not _SECTOR.match(code):
                raise LexiconError(f"sector code {code!r} must be three capital letters", path, line)
            if not isinstance(value, LineDict) or not isinstance(value.get("label"), str):
                raise LexiconError(f"sector code {code!r} needs a mapping with a 'label'", path, line)
            self._claim("codes", code, path, line, user)
            self.raw.labels[code] = value["label"]

    def _read_words(self, path: str, data: LineDict, user: bool) -> None:
        for sector, groups in data.items():
            line = line_of(data, sector)
            if not isinstance(sector, str) or not _SECTOR.match(sector):
                raise LexiconError(f"words: {sector!r} is not a sector code", path, line)
            self._checks.append(("sector", sector, path, line))
            if not isinstance(groups, LineDict):
                raise LexiconError(f"words.{sector} must map 'persons' and/or 'bodies' to lists", path, line)
            for group, phrases in groups.items():
                where = line_of(groups, group)
                if group not in ("persons", "bodies"):
                    raise LexiconError(f"words.{sector}: unknown group {group!r} (persons, bodies)", path, where)
                for i, phrase in enumerate(_strings(phrases, f"words.{sector}.{group}", path, where)):
                    at = line_of(phrases, i) if isinstance(phrases, LineList) else where
                    low = phrase.split("/")[0].strip().lower()
                    self._claim("words", low, path, at, user)
                    self.raw.words[phrase] = (sector, group == "persons")

    def _read_pairs(self, path: str, data: LineDict, user: bool) -> None:
        for noun, sector in data.items():
            line = line_of(data, noun)
            noun = _string(noun, "pairs noun", path, line)
            if sector is not None:
                sector = _string(sector, f"pairs[{noun!r}]", path, line)
                self._checks.append(("sector", sector, path, line))
            self.raw.pairs[noun] = sector

    # -- cross-references ---------------------------------------------------------------------
    def finish(self) -> Raw:
        """Check that every code used is defined; return the merged values."""
        raw = self.raw
        for what, value, path, line in self._checks:
            if what == "sector" and value not in raw.labels:
                raise LexiconError(f"unknown sector code {value!r} (define it under 'codes')", path, line)
            if what == "country" and value not in raw.countries:
                raise LexiconError(f"unknown country code {value!r}", path, line)
            if what == "org" and value not in raw.organisations:
                raise LexiconError(f"unknown organisation {value!r}", path, line)
        # A phrase redefined in a user file replaces the packaged one (the dict kept the last).
        return raw


def _spans(item: Any, what: str, path: str, line: int | None) -> tuple[tuple[_dt.date, _dt.date | None], ...]:
    """Dated spans "START/END ..." (each bound YYYY, YYYY-MM or YYYY-MM-DD; no END: still lasting),
    as (first day, last day or None). A bound of a year or a month covers all of it."""
    text = item if isinstance(item, str) else None
    if text is None or not _SPANS.match(text.strip()):
        raise LexiconError(f"{what} must be dated spans like '1996-09-27/2001-11-13 2021-08-15/' (a year, "
                           f"month or day each side of '/'; nothing after it: still lasting), not {item!r}",
                           path, line)
    out: list[tuple[_dt.date, _dt.date | None]] = []
    for span in text.split():
        start, _, end = span.partition("/")
        try:
            first, last = _bound(start, False), _bound(end, True) if end else None
        except ValueError as exc:
            raise LexiconError(f"{what}: {span}: {exc}", path, line) from None
        if last is not None and last < first:
            raise LexiconError(f"{what}: span {span} ends before it starts", path, line)
        out.append((first, last))
    return tuple(out)


dated_spans = _spans  # (for other dated data files: memberships.yml)


def _bound(text: str, end: bool) -> _dt.date:
    """The first (``end`` False) or last day a year, month or day names."""
    parts = [int(p) for p in text.split("-")]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else (12 if end else 1)
    if len(parts) > 2:
        return _dt.date(year, month, parts[2])
    return _dt.date(year, month, calendar.monthrange(year, month)[1] if end else 1)


def _string(value: Any, what: str, path: str, line: int | None) -> str:
    if not isinstance(value, str) or not value.strip():
        raise LexiconError(f"{what} must be non-empty text, not {value!r}", path, line)
    return value.strip()


def _strings(value: Any, what: str, path: str, line: int | None) -> list[str]:
    if not isinstance(value, list):
        raise LexiconError(f"{what} must be a list", path, line)
    lines = value.lines if isinstance(value, LineList) else [line] * len(value)
    return [_string(v, f"{what} item", path, lines[i]) for i, v in enumerate(value)]


def _pair(entry: str, what: str, path: str, line: int | None) -> tuple[str, str]:
    from .forms import split_plural

    sing, plur = split_plural(entry)
    if not sing or not plur:
        raise LexiconError(f"{what}: {entry!r} must be 'singular' or 'singular/plural'", path, line)
    return sing, plur
