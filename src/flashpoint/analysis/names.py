"""Actors as analysts name them: display names for keys and codes, suggestions, named actor groups.

:class:`ActorNames` turns any key the analyses show (:mod:`flashpoint.analysis.keys`) or any actor code
into a name, from the actor lexicon: ``XKX`` "Kosovo", ``EU`` and ``IGOEU`` "European Union" (one name
for the EU everywhere), ``XKXGOV`` "Kosovo government", ``XKX:Serb`` "Kosovo Serbs". It also reads what
people type in an actor box (:meth:`ActorNames.resolve`): a code or key, a country's or organisation's
name ("Serbia", "European Union"), a group's name ("Kosovo Serbs"), a people ("Serbs": every group of
that people the store holds) or a named actor group; anything else raises :class:`UnknownActor`, which
names the closest known actors.

Named actor groups come from a TOML file (:func:`load_actor_groups`)::

    [[group]]
    name = "Serbia and Kosovo Serbs"
    members = ["SRB", "XKX:Serb"]

A group's actor value is its members joined by ``|``, which every store filter takes.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..actors.lexicon import Lexicon, load_lexicon
from ..errors import LexiconError, ValidationError
from ..store import Store, actor_aliases
from .keys import NO_ACTOR, side_key_sql

__all__ = ["ActorGroup", "ActorNames", "Suggestion", "UnknownActor", "load_actor_groups", "actor_catalog"]


class UnknownActor(ValidationError):
    """An actor value that names no actor the lexicon or the store knows; ``suggestions`` are close ones."""

    def __init__(self, field_name: str, value: str, suggestions: list[Suggestion]) -> None:
        hint = ", ".join(f"{s.name} ({s.key})" if s.name != s.key else s.key for s in suggestions[:5])
        super().__init__(field_name, f"unknown actor {value!r}" + (f"; did you mean {hint}?" if hint else ""))
        self.value = value
        self.suggestions = suggestions


@dataclass(frozen=True, slots=True)
class ActorGroup:
    """A named actor group: its name and member actor values (keys or codes)."""

    name: str
    members: tuple[str, ...]

    @property
    def value(self) -> str:
        return "|".join(self.members)


@dataclass(frozen=True, slots=True)
class Suggestion:
    key: str  # the actor value to filter by
    name: str
    events: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "name": self.name, "events": self.events}


def load_actor_groups(path: str | Path) -> list[ActorGroup]:
    """The ``[[group]]`` tables of a TOML file; LexiconError naming the file and line when it is wrong."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise LexiconError(f"cannot read actor groups: {exc.strerror or exc}", str(p)) from None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        pos = re.search(r"\(at line (\d+), column \d+\)$", str(exc))
        msg = str(exc)[:pos.start()].strip() if pos else str(exc)
        raise LexiconError(f"not TOML: {msg}", str(p), int(pos.group(1)) if pos else None) from None
    lines = text.splitlines()

    def line_of(needle: str, start: int = 0) -> int | None:
        for i in range(start, len(lines)):
            if needle in lines[i]:
                return i + 1
        return None

    unknown = sorted(set(raw) - {"group"})
    if unknown:
        raise LexiconError(f"unknown table {unknown[0]!r} (expected [[group]])", str(p), line_of(unknown[0]))
    groups = raw.get("group", [])
    if not isinstance(groups, list):
        raise LexiconError("group: expected [[group]] tables", str(p), line_of("group"))
    out: list[ActorGroup] = []
    seen: set[str] = set()
    at = 0
    for i, g in enumerate(groups):
        at = (line_of("[[group]]", at) or at + 1)
        where = at
        name = g.get("name")
        members = g.get("members")
        if not isinstance(name, str) or not name.strip():
            raise LexiconError(f"group {i + 1}: name must be a non-empty string", str(p), where)
        if not isinstance(members, list) or not members or not all(isinstance(m, str) and m.strip() for m in members):
            raise LexiconError(f"group {name!r}: members must be a non-empty list of actor codes",
                               str(p), line_of("members", at - 1) or where)
        bad = [m for m in members if "|" in m or "," in m]
        if bad:
            raise LexiconError(f"group {name!r}: not an actor code: {bad[0]!r}", str(p), line_of(bad[0], at - 1))
        extra = sorted(set(g) - {"name", "members"})
        if extra:
            raise LexiconError(f"group {name!r}: unknown key {extra[0]!r}", str(p), line_of(extra[0], at - 1))
        if name.lower() in seen:
            raise LexiconError(f"group {name!r} is defined twice", str(p), where)
        seen.add(name.lower())
        out.append(ActorGroup(name.strip(), tuple(m.strip() for m in members)))
    return out


def actor_catalog(store: Store) -> dict[str, int]:
    """Every key the store's events give under any grouping (``SRB``, ``SRBGOV``, ``XKX:Serb``, ``EU``)
    and every full actor code, with how many events each takes part in."""
    parts = []
    for mode in ("actor", "sector", "group"):
        for role in ("source", "target"):
            parts.append(f"SELECT event_id, {side_key_sql(role, group_by=mode)} AS k FROM events")
    for role in ("source", "target"):
        parts.append(f"SELECT event_id, {role}_code AS k FROM events WHERE {role}_code IS NOT NULL")
    rows = store.rows(f"SELECT k, count(DISTINCT event_id) FROM ({' UNION ALL '.join(parts)}) "
                      f"WHERE k <> '{NO_ACTOR}' GROUP BY k")
    return {str(k): int(n) for k, n in rows}


@dataclass
class ActorNames:
    """Names for keys and codes, and the reading of actor boxes (see the module docstring)."""

    lexicon: Lexicon = field(default_factory=load_lexicon)
    groups: list[ActorGroup] = field(default_factory=list)

    def __post_init__(self) -> None:
        lex = self.lexicon
        self._orgs_by_code: dict[str, str] = {}
        for top_level in (True, False):  # IGOEU is the EU's code before any of its bodies'
            for k, o in lex.organisations.items():
                if o.kind != "group" and (o.parent is None) == top_level:
                    self._orgs_by_code.setdefault(lex.org_base(k), k)
        self._plural = {p.name.lower(): (p.dem[0][1] if p.dem else p.name + "s") for p in lex.peoples.values()}

    # -- names --------------------------------------------------------------------------------------
    def name(self, key: str | None) -> str:
        """The display name of a key or code (the key itself when the lexicon does not know it)."""
        if not key or key == NO_ACTOR:
            return key or ""
        for g in self.groups:
            if key == g.value:
                return g.name
        if "|" in key:
            return " + ".join(self.name(k) for k in key.split("|"))
        lex = self.lexicon
        country, colon, group = key.partition(":")
        if colon:
            people = self._plural.get(group.lower(), group)
            return f"{self._country(country)} {people}".strip()
        if key in lex.organisations:
            return lex.organisations[key].name
        if key in self._orgs_by_code:
            return lex.organisations[self._orgs_by_code[key]].name
        aliases = actor_aliases(key)
        for code in aliases:
            if code in lex.countries:
                return lex.countries[code].name
        head, rest = key[:3], key[3:]
        if head in lex.countries and rest[:3] in lex.sector_labels:
            return f"{lex.countries[head].name} {lex.sector_labels[rest[:3]]}" + (f" ({rest[3:]})" if rest[3:] else "")
        for base, org_key in sorted(self._orgs_by_code.items(), key=lambda kv: -len(kv[0])):
            if key.startswith(base) and key[len(base):len(base) + 3] in lex.sector_labels:
                return f"{lex.organisations[org_key].name} {lex.sector_labels[key[len(base):len(base) + 3]]}"
        return key

    def _country(self, code: str) -> str:
        for c in actor_aliases(code):
            if c in self.lexicon.countries:
                return self.lexicon.countries[c].name
        return code

    # -- reading what people type --------------------------------------------------------------------
    def _names_index(self, catalog: dict[str, int]) -> dict[str, str]:
        """lower-cased name or alias -> actor value."""
        lex = self.lexicon
        out: dict[str, str] = {}
        for key in catalog:
            out.setdefault(self.name(key).lower(), key)
        for code, c in lex.countries.items():
            for n in (c.name, *c.aka):
                out.setdefault(n.lower(), code)
        for k, o in lex.organisations.items():
            for n in (o.name, *o.aka):
                out.setdefault(n.lower(), k)
        for g in self.groups:
            out[g.name.lower()] = g.value
        return out

    def resolve(self, value: str, catalog: dict[str, int], field_name: str = "actor") -> str:
        """The actor value the store's filters take for what was typed (see the module docstring);
        UnknownActor when nothing matches."""
        v = value.strip()
        if "|" in v:
            return "|".join(self.resolve(part, catalog, field_name) for part in v.split("|") if part.strip())
        known = {k.upper(): k for k in catalog}
        for alias in actor_aliases(v):
            if alias.upper() in known:
                return known[alias.upper()]
            if alias in self.lexicon.countries or alias in self.lexicon.organisations:
                return alias
        names = self._names_index(catalog)
        if v.lower() in names:
            return names[v.lower()]
        people = v.lower().removesuffix("s")
        if people in self._plural or v.lower() in {p.lower() for p in self._plural.values()}:
            eth = people if people in self._plural else next(k for k, p in self._plural.items() if p.lower() == v.lower())
            keys = sorted(k for k in catalog if k.lower().endswith(":" + eth))
            if keys:
                return "|".join(keys)
        if len(v) > 3 and any(k.upper().startswith(v.upper()) for k in catalog):
            return v.upper()
        raise UnknownActor(field_name, value, self.suggest(v, catalog, limit=5, fuzzy=True))

    def suggest(self, q: str, catalog: dict[str, int], limit: int = 10, fuzzy: bool = False) -> list[Suggestion]:
        """Known actors whose key or name starts with (then contains) ``q``, most events first; named
        groups first. ``fuzzy``: close spellings too (for an unknown actor's message)."""
        ql = q.strip().lower()
        rows: list[tuple[int, int, str, str]] = []
        for g in self.groups:
            if not ql or ql in g.name.lower():
                rows.append((0, 0, g.value, g.name))
        for key, n in catalog.items():
            name = self.name(key)
            kl, nl = key.lower(), name.lower()
            if not ql or kl.startswith(ql) or nl.startswith(ql):
                rows.append((1, -n, key, name))
            elif ql in kl or ql in nl:
                rows.append((2, -n, key, name))
        if fuzzy and not rows:
            by_name = {self.name(k).lower(): k for k in catalog} | {k.lower(): k for k in catalog}
            for hit in difflib.get_close_matches(ql, list(by_name), n=limit, cutoff=0.6):
                k = by_name[hit]
                rows.append((3, -catalog[k], k, self.name(k)))
        rows.sort()
        out: list[Suggestion] = []
        seen: set[str] = set()
        for _, neg, key, name in rows:
            if key not in seen:
                seen.add(key)
                out.append(Suggestion(key, name, -neg))
            if len(out) >= limit:
                break
        return out
