"""The actor lexicon: countries, peoples, organisations, people and sector words.

The packaged files live in ``flashpoint/data/actors`` (format: its README.md). A user file with the
same sections extends them: an entry with an existing key replaces that entry, ``null`` removes
it, and list sections (``roles``, ``partitives``, ``blocked``) are added to. Every file is
validated; a problem raises :class:`LexiconError` naming the file and line.

:func:`load_lexicon` caches what it loads; the returned :class:`Lexicon` must not be modified.
"""

from __future__ import annotations

import datetime as _dt
import functools
import os
from collections import Counter
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from flashpoint.errors import LexiconError

from ..datafile import load_yaml
from .forms import split_plural, variants
from .terms import bounded, spans, year_terms
from .validate import Raw, Reader

__all__ = ["Country", "People", "Organisation", "Person", "NameRef", "SectorRef", "Lexicon",
           "load_lexicon", "build_lexicon", "PACKAGED_FILES"]

PACKAGED_FILES = ("countries.yml", "organisations.yml", "sectors.yml", "people.yml")


@dataclass(frozen=True, slots=True)
class Country:
    """A country: ISO alpha-3 ``code``, names, adjectives, demonyms, capitals and seats of power."""

    code: str
    name: str
    aka: tuple[str, ...] = ()
    adj: tuple[str, ...] = ()
    dem: tuple[tuple[str, str], ...] = ()  # (singular, plural)
    cap: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()  # federal member states, autonomous and breakaway regions
    seats: tuple[tuple[str, str], ...] = ()  # (phrase, sector)
    federal: bool = False
    realm: str | None = None  # a monarchy's word for itself ("kingdom": "the Kingdom said")
    settled_by: str | None = None  # the state whose settlers live in the land ("PSE": Israel's)


@dataclass(frozen=True, slots=True)
class People:
    """A people or ethnic group living across borders (``kin`` state, ``home`` countries; with
    ``many_states``, the people of many states, none of them its kin: "Arab")."""

    name: str
    dem: tuple[tuple[str, str], ...] = ()
    adj: tuple[str, ...] = ()
    kin: str | None = None
    home: tuple[str, ...] = ()
    many_states: bool = False


@dataclass(frozen=True, slots=True)
class Organisation:
    """An international organisation, body or mission, an international NGO, or a non-state group."""

    key: str
    name: str
    kind: str = "igo"  # igo | ngo | group
    parent: str | None = None
    sector: str | None = None
    country: str | None = None
    aka: tuple[str, ...] = ()
    metonym: tuple[str, ...] = ()
    ethnicity: str | None = None
    code: str | None = None
    # a group's spans as its country's government ("the Taliban" from August 2021): (first day,
    # last day or None while it lasts)
    governs: tuple[tuple[_dt.date, _dt.date | None], ...] = ()
    # names of another group this local group is also called by ("the Taliban" for Pakistan's
    # Tehreek-e-Taliban Pakistan) in a story that names it by its own name (actors/local_names.py)
    called: tuple[str, ...] = ()
    # names of this party that parties of other countries bear too ("Democratic Party"): this
    # group only in a story that tells its country (actors/shared_names.py)
    shared: tuple[str, ...] = ()

    def governs_on(self, day: _dt.date) -> bool:
        """Whether the group was its country's government on ``day``."""
        return any(a <= day and (b is None or day <= b) for a, b in self.governs)


@dataclass(frozen=True, slots=True)
class Person:
    """A named person of the supplement (people.yml)."""

    name: str
    country: str | None = None
    org: str | None = None
    sector: str = "GOV"
    short: tuple[str, ...] = ()
    aka: tuple[str, ...] = ()
    role: str | None = None
    years: str | None = None  # terms of office: "2014-2019 2022-" ("-" alone: still in office; a day
    # "2010-02-25-2014-02-22" where the file knows it: actors/terms.py)
    source: str | None = None  # where the entry's facts come from (people.yml's header says more)
    # the terms to the day, as the lexicon bounds them by successors' and predecessors' days
    # (actors/terms.bounded); empty: read from ``years`` alone
    bounds: tuple[tuple[_dt.date, _dt.date | None], ...] = ()
    # the person's other careers (people.yml's ``careers``), each a Person of the same name
    careers: tuple[Person, ...] = ()

    @property
    def terms(self) -> tuple[tuple[int, int | None], ...]:
        """The terms of office as (first year, last year or None while in office)."""
        return year_terms(self.years or "")

    def holds_title(self, title: str) -> bool:
        """Whether every word of ``title`` is a word of the person's listed office ("Chief Executive"
        of Hong Kong's chief executive, "Defense Minister" of a defence minister)."""
        words = {_spelling(w) for w in title.split()}
        return bool(words) and words <= {_spelling(w) for w in (self.role or "").split()}

    def in_office(self, year: int) -> bool | None:
        """Whether the person held the listed office in ``year`` (None: the file gives no years)."""
        if not self.years:
            return None
        return any(a <= year and (b is None or year <= b) for a, b in self.terms)

    def in_office_on(self, day: _dt.date) -> bool | None:
        """Whether the person held the listed office on ``day`` (None: the file gives no years): a
        year-only end covers its year unless a successor in the same office took it that year."""
        if not self.years:
            return None
        return any(a <= day and (b is None or day <= b) for a, b in self.bounds or spans(self.years))

    def career_on(self, day: _dt.date) -> Person | None:
        """The other career (``careers``) the person held on ``day`` where the listed one was not
        held then ("Mark Rutte" in 2020: the Dutch prime minister, not NATO's secretary general), else
        None."""
        if self.in_office_on(day) is not False:
            return None
        return next((c for c in self.careers if c.in_office_on(day)), None)


@dataclass(frozen=True, slots=True)
class NameRef:
    """What a proper-name form refers to.

    ``kind``: country, capital, seat, adj, dem, eth_dem, eth_adj, org, metonym, person, blocked.
    ``key``: the country code, people name, organisation key or person name.
    """

    kind: str
    key: str
    sector: str | None = None
    plural: bool = False


@dataclass(frozen=True, slots=True)
class SectorRef:
    """What a (lower-case) sector word or phrase means."""

    sector: str
    person: bool
    plural: bool
    phrase: str


@dataclass(frozen=True)
class Lexicon:
    """Everything the actor coder knows. Built once; treat as immutable."""

    countries: dict[str, Country]
    peoples: dict[str, People]
    organisations: dict[str, Organisation]
    people: dict[str, Person]
    sector_labels: dict[str, str]
    words: dict[str, SectorRef]
    roles: frozenset[str]
    partitives: frozenset[str]
    pairs: dict[str, str | None]
    blocked: tuple[str, ...]
    versions: dict[str, int] = field(default_factory=dict)
    names: dict[str, tuple[NameRef, ...]] = field(default_factory=dict)
    kin: dict[str, People] = field(default_factory=dict)  # kin state → its people
    group_names: dict[str, str] = field(default_factory=dict)  # a group's name → its key

    def org_top(self, key: str) -> Organisation:
        """The top-level organisation of a body or mission (KFOR → NATO)."""
        org = self.organisations[key]
        seen = {key}
        while org.parent and org.parent in self.organisations and org.parent not in seen:
            seen.add(org.parent)
            org = self.organisations[org.parent]
        return org

    def org_sector(self, key: str) -> str | None:
        """The sector an organisation's actors have by default: its own, else REB for a non-state
        group; None for an unknown key or an international body without one."""
        org = self.organisations.get(key)
        if org is None:
            return None
        return org.sector or ("REB" if org.kind == "group" else None)

    def member_sector(self, sector: str | None, key: str, breakaway: bool = False, ours: bool = False) -> str | None:
        """The sector of men or arms named by the organisation ``key`` they belong to: an armed
        group's "forces" and "drones" are rebels' ("RSF drones", "Houthi forces"), and the "fighters"
        of a state's own force (sector MIL here) its soldiers ("Peshmerga fighters", "fighters of the
        Azov regiment"); its operatives are its own men, not a state's spies ("Hezbollah operatives"); an
        armed group's dissidents (``breakaway``: word class ``breakaway``) are
        armed as it is ("FARC dissidents", not an opposition that protests); a party's own people
        (``ours``: word class ``party_people``) are the party ("Awami League activists"); else
        ``sector`` as the head noun gives it."""
        own = self.org_sector(key)
        if ours and own == "PTY":
            return own
        if (sector, own) in (("MIL", "REB"), ("REB", "MIL"), ("SPY", "REB")) or (breakaway and sector == "OPP" and own == "REB"):
            return own  # (an armed group's "operatives" and "agents" are its own: "Hezbollah operatives")
        return sector

    def party_side(self, key: str | None, words: list[SectorRef]) -> str | None:
        """The opposition (OPP) for a party of the lexicon (sector PTY) that the sector words before
        its name call so ("the opposition PTI", "the opposition Awami League"): the text, not the
        lexicon, tells who is in opposition; None otherwise (the party keeps its sector)."""
        opposed = any(w.sector == "OPP" and not w.person for w in words)
        return "OPP" if opposed and key is not None and self.org_sector(key) == "PTY" else None

    def titled(self, refs: tuple[NameRef, ...], title: list[str]) -> NameRef | None:
        """Of the people of one name ``refs`` lists, the one whose role the title before the name
        gives ("Defence Minister Pedro Sanchez", not the prime minister of that name), or None."""
        words = {_spelling(w) for w in title}
        if not words:
            return None
        fits = [r for r in refs if r.kind == "person"
                and words <= {_spelling(w) for w in (self.people[r.key].role or "").split()}]
        return fits[0] if len(fits) == 1 else None

    def namesake(self, refs: tuple[NameRef, ...], title: list[str], counts: Counter[str]) -> NameRef | None:
        """The person a name means: the only one of that name, else of namesakes the one the title
        tells (:meth:`titled`), else the one of the country the story names most (``counts``), else
        the first listed; None when the name is no person's."""
        persons = [r for r in refs if r.kind == "person"]
        if len(persons) < 2:
            return persons[0] if persons else None
        by_title = self.titled(refs, title)
        if by_title is not None:
            return by_title
        ranked = sorted(persons, key=lambda r: -counts.get(self.people[r.key].country or "", 0))
        return ranked[0]

    def shared_group(self, refs: tuple[NameRef, ...], counts: Counter[str]) -> NameRef | None:
        """The group a name that groups of several countries share means ("al-Shabab": Somalia's, and
        Cabo Delgado's insurgents in Mozambique): the one of the country the story names most
        (``counts``), else the first listed; None when the name is not so shared."""
        groups = [r for r in refs if r.kind == "org" and (o := self.organisations.get(r.key)) is not None
                  and o.kind == "group"]
        if len({self.organisations[r.key].country for r in groups}) < 2:
            return None
        return max(groups, key=lambda r: counts.get(self.organisations[r.key].country or "", 0))

    def international(self, key: str) -> bool:
        """Whether ``key`` is an international organisation or one of its bodies and missions (the UN,
        UNIFIL, NATO), not an NGO or a non-state group."""
        org = self.organisations.get(key)
        return org is not None and org.kind == "igo"

    def group_of(self, name: str) -> Organisation | None:
        """The non-state group an actor of this ``name`` stands for: the group of that name ("Taliban",
        "Hayat Tahrir al-Sham"), or the group a person of the who's who belongs to; else None."""
        key = self.group_names.get(name)
        if key is None and name in self.people:
            key = self.people[name].org
        org = self.organisations.get(key) if key is not None else None
        return org if org is not None and org.kind == "group" else None

    def group_country(self, key: str) -> str | None:
        """The country of a non-state group of one country ("RSF" → SDN), else None."""
        org = self.organisations.get(key)
        return org.country if org is not None and org.kind == "group" else None

    def org_base(self, key: str) -> str:
        """The code an organisation's actors start with: IGOEU, NGOAMNESTY, PSE (for Hamas), IMG."""
        org = self.organisations[key]
        if org.code:
            return org.code
        if org.kind == "group":
            return org.country or "IMG"
        top = self.org_top(key)
        prefix = "NGO" if org.kind == "ngo" else "IGO"
        return prefix + "".join(c for c in top.key.upper() if c.isalnum())

    def people_of_kin(self, country: str) -> People | None:
        """The people whose kin state is ``country`` (SRB → Serb), if the lexicon has one."""
        return self.kin.get(country)


def _name_forms(lex: Lexicon) -> dict[str, tuple[NameRef, ...]]:
    out: dict[str, list[NameRef]] = {}

    def add(form: str, ref: NameRef) -> None:
        for v in variants(form, institution=ref.kind in ("seat", "org")):
            refs = out.setdefault(v, [])
            if ref not in refs:
                refs.append(ref)

    for c in lex.countries.values():
        for n in (c.name, *c.aka):
            add(n, NameRef("country", c.code))
        for a in c.adj:
            add(a, NameRef("adj", c.code))
        for sing, plur in c.dem:
            add(sing, NameRef("dem", c.code))
            add(plur, NameRef("dem", c.code, plural=True))
        for cap in c.cap:
            add(cap, NameRef("capital", c.code, "GOV"))
        for region in c.regions:
            # a region's name stands for its government as a capital does ("Puntland said"): the
            # country's GOV; after in/at/near it is a place and codes the bare country
            add(region, NameRef("capital", c.code, "GOV"))
        for phrase, sector in c.seats:
            add(phrase, NameRef("seat", c.code, sector))
    for p in lex.peoples.values():
        for sing, plur in p.dem:
            add(sing, NameRef("eth_dem", p.name))
            add(plur, NameRef("eth_dem", p.name, plural=True))
        for a in p.adj:
            add(a, NameRef("eth_adj", p.name))
    for o in lex.organisations.values():
        for n in (o.name, *o.aka):
            add(n, NameRef("org", o.key))
        for m in o.metonym:
            add(m, NameRef("metonym", o.key))
    for person in lex.people.values():
        for n in (person.name, *person.aka, *person.short):
            add(n, NameRef("person", person.name))
    for b in lex.blocked:
        add(b, NameRef("blocked", b))
    return {k: tuple(v) for k, v in out.items()}


def _lexicon_from(raw: Raw) -> Lexicon:
    words: dict[str, SectorRef] = {}
    plurals: list[tuple[str, SectorRef]] = []
    for phrase, (sector, person) in raw.words.items():
        sing, plur = split_plural(phrase)
        words[sing.lower()] = SectorRef(sector, person, False, sing.lower())
        if plur.lower() != sing.lower():
            plurals.append((plur.lower(), SectorRef(sector, person, True, sing.lower())))
    for form, ref in plurals:  # a plural never hides a word listed in its own right
        if form not in words or words[form].plural:
            words[form] = ref

    def with_plurals(items: list[str]) -> frozenset[str]:
        out: set[str] = set()
        for item in items:
            sing, plur = split_plural(item)
            out.update({sing.lower(), plur.lower()})
        return frozenset(out)

    pairs: dict[str, str | None] = {}
    for noun, pair_sector in raw.pairs.items():
        sing, plur = split_plural(noun)
        pairs[sing.lower()] = pair_sector
        pairs[plur.lower()] = pair_sector
    lex = Lexicon(
        countries={k: Country(code=k, **v) for k, v in raw.countries.items()},
        peoples={k: People(name=k, **v) for k, v in raw.peoples.items()},
        organisations={k: Organisation(key=k, **v) for k, v in raw.organisations.items()},
        people=_bounded_people(raw.people),
        sector_labels=dict(raw.labels),
        words=words,
        roles=with_plurals(raw.roles),
        partitives=with_plurals(raw.partitives),
        pairs=pairs,
        blocked=tuple(raw.blocked),
        versions=dict(raw.versions),
    )
    object.__setattr__(lex, "names", _name_forms(lex))
    kin: dict[str, People] = {}
    for p in lex.peoples.values():
        if p.kin is not None:
            kin.setdefault(p.kin, p)
    object.__setattr__(lex, "kin", kin)
    object.__setattr__(lex, "group_names", {o.name: o.key for o in lex.organisations.values() if o.kind == "group"})
    return lex


def packaged_dir() -> Path:
    """The folder of the packaged actor files."""
    return Path(str(resources.files("flashpoint") / "data" / "actors"))


def build_lexicon(paths: list[str | Path], user_path: str | Path | None = None) -> Lexicon:
    """Read, validate and merge data files (``paths`` first, then the user file) into a Lexicon."""
    reader = Reader()
    for p in paths:
        reader.add(str(p), load_yaml(p), user=False)
    if user_path is not None:
        if not os.path.isfile(user_path):
            raise LexiconError("user actor file not found", str(user_path))
        reader.add(str(user_path), load_yaml(user_path), user=True)
    return _lexicon_from(reader.finish())


@functools.lru_cache(maxsize=8)
def _cached(user_path: str | None, stamp: tuple[int, int] | None) -> Lexicon:
    base = packaged_dir()
    return build_lexicon([base / f for f in PACKAGED_FILES], user_path)



def _bounded_people(raw: dict[str, dict[str, Any]]) -> dict[str, Person]:
    """The who's who's people, each term of office bounded to the day by the successors and
    predecessors in the same office (:func:`flashpoint.actors.terms.bounded`)."""
    people = {k: Person(name=k, **{**v, "careers": tuple(Person(name=k, **c) for c in v.get("careers", ()))})
              for k, v in raw.items()}
    days = bounded({k: (p.country or p.org, p.role, p.years) for k, p in people.items() if p.years})
    return {k: replace(p, bounds=days[k]) if k in days else p for k, p in people.items()}

def load_lexicon(user_path: str | Path | None = None) -> Lexicon:
    """The packaged lexicon, extended by ``user_path`` if given (cached per file and version)."""
    if user_path is None:
        return _cached(None, None)
    path = str(user_path)
    try:
        st = os.stat(path)
    except OSError:
        raise LexiconError("user actor file not found", path) from None
    return _cached(path, (st.st_mtime_ns, st.st_size))


def describe(lex: Lexicon) -> dict[str, Any]:
    """Counts of what the lexicon holds (for reports and ``--version`` output)."""
    kinds: dict[str, int] = {}
    for o in lex.organisations.values():
        kinds[o.kind] = kinds.get(o.kind, 0) + 1
    return {
        "countries": len(lex.countries),
        "peoples": len(lex.peoples),
        "organisations": kinds,
        "people": len(lex.people),
        "sector_words": len({r.phrase for r in lex.words.values()}),
        "versions": dict(lex.versions),
    }


def _spelling(word: str) -> str:
    """A title word in one spelling ("Defense" and "Defence" name one office)."""
    return word.lower().strip(",.()").replace("defense", "defence")
