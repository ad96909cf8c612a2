"""What the words before a noun phrase's head say about its actor.

:func:`scan_left` reads the pre-modifiers of a head token (determiners, adjectives, compounds,
possessives) and collects the countries, organisations, people, peoples and sector words they
name, plus a few cue words ("federal", "ethnic", "both"). ``code.py`` turns that into an actor.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Token

from flashpoint.nlp.syntax import affiliation_suffixed, names_a_facility, patron_suffixed, stance_prefixed
from flashpoint.nlp.words import word_class

from .flags import flag_participle
from .lexicon import Lexicon, NameRef, People
from .patterns import Hits, SectorHit
from .story import ARMED_SECTORS

if TYPE_CHECKING:
    from .draft import Draft

__all__ = ["Mods", "CountryMod", "scan_left", "PAIR_WORDS", "COUNT_WORDS"]

PAIR_WORDS = word_class("pair")
COUNT_WORDS = word_class("party_count")  # "the three governments": a coordination of three told before
RELATIONS = word_class("relation")  # "its neighbour", "their allies": whom the owner relates to, not the owner
PARTY_NOUNS = word_class("party_noun")  # people or bodies of people: a patron of theirs is not them
_NAME_ORDER = ("person", "org", "metonym", "seat", "capital", "country", "adj", "dem", "eth_adj", "eth_dem")


@dataclass(slots=True)
class CountryMod:
    """A country named before the head: ``kind`` is country, capital, seat, adj or dem."""

    code: str
    at: int
    kind: str
    people: People | None = None  # the people the same word can name ("Albanian")


@dataclass(slots=True)
class Mods:
    """Everything the pre-modifiers of one head say."""

    countries: list[CountryMod] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    led_by: list[str] = field(default_factory=list)  # organisations in "NATO-led", "EU-brokered"
    led_people: list[People] = field(default_factory=list)  # peoples in "Albanian-led"
    led_states: list[str] = field(default_factory=list)  # countries in "US-led", "Saudi-led"
    people: list[str] = field(default_factory=list)  # person names (lexicon keys)
    peoples: list[People] = field(default_factory=list)  # "Serb", "Kurdish", "ethnic Albanian"
    sectors: list[SectorHit] = field(default_factory=list)  # nearest last
    seat_sectors: list[str] = field(default_factory=list)
    poss: list[Draft] = field(default_factory=list)
    poss_pronoun: int | None = None
    federal: bool = False
    ethnic: bool = False
    pair: bool = False
    conj_countries: bool = False  # "Hungarian and Romanian officials"


def scan_left(tok: Token, head_span: tuple[int, int], hits: Hits, lex: Lexicon,
              code_poss: Callable[[int], list[Draft]], after: int = -1) -> Mods:
    """Collect what the left dependents of ``tok`` name (``code_poss(i)`` codes a possessor); with
    ``after``, only the words after that index (the conjunction that ends another party's phrase,
    ``syntax.coordinated_modifier``)."""
    mods = Mods()
    seen_names: set[int] = set()
    seen_sectors: set[int] = set()
    lo, hi = head_span
    # a body of people (not a thing, nor people named by their sector): "a Wagner-backed unit"
    body = tok.lemma_.lower() in PARTY_NOUNS or tok.lemma_.lower() in lex.partitives
    party = body or hits.sector_at[tok.i] is not None  # (people, not things)
    first_party: list[int] = []  # possessors of the party before the conjunction
    for child in tok.lefts:
        # (a compound inside the head's own phrase is scanned too, for what modifies it: the parser
        # may hang the nationality on the first word of "a Russian fighter jet"; the phrase's own
        # words are skipped below)
        if child.dep_ == "poss":
            if child.tag_ == "PRP$":
                if tok.lemma_.lower() not in RELATIONS:
                    mods.poss_pronoun = child.i
            elif child.i < after:
                first_party.append(child.i)
            else:
                mods.poss.extend(code_poss(child.i))
            continue
        if child.dep_ in ("det", "predet", "preconj", "nummod") and child.lower_ in PAIR_WORDS | COUNT_WORDS and (
                child.lower_ not in ("two", *COUNT_WORDS) or any(c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                                             for c in tok.children)):
            mods.pair = True  # "both sides", "the two countries"; "two people" is a count, not the pair
        # (a craft's flag or owner, "Greek-owned", is whose it is: flags.py)
        led = (child.pos_ == "VERB" and not flag_participle(child)) or bool(fused_leader(child, lex))
        for t in child.subtree:
            if t.i >= tok.i or lo <= t.i < hi or t.i <= after:
                continue
            if fused_leader(t, lex):  # "the U.S.-led coalition": one token, the leader in it
                _name(mods, fused_leader(t, lex), t.i, True, lex, t, tok, leads=True)
                continue
            low = t.lower_
            if low == "federal":
                mods.federal = True
            elif low == "ethnic":
                mods.ethnic = True
            elif t.tag_ == "PRP$" and mods.poss_pronoun is None:
                mods.poss_pronoun = t.i
            nh = hits.name_at[t.i]
            if nh is not None and nh.start not in seen_names and nh.end <= tok.i and not (lo <= nh.start < hi):
                seen_names.add(nh.start)
                # ("pro-EU protesters" are not the EU, "Iran-backed militias" not Iran, "an al
                # Qaeda-linked group" not al-Qaeda, though "Islamic State-linked insurgents" may be
                # its own province; "Israel-linked ships" are Israel's)
                if not stance_prefixed(tok.doc, nh.start) and not (
                        (party and patron_suffixed(tok.doc, nh.end))
                        or (body and affiliation_suffixed(tok.doc, nh.end) and any(r.kind == "org" for r in nh.refs))):
                    _name(mods, nh.refs, nh.start, led, lex, t, tok, leads=led and child.lemma_.lower() == "lead")
            sh = hits.sector_at[t.i]
            if sh is not None and sh.start not in seen_sectors and not led and sh.end <= lo:
                seen_sectors.add(sh.start)
                mods.sectors.append(sh)
    mods.sectors.sort(key=lambda s: s.start)
    if not _own_owner(mods, hits.sector_at[tok.i]):
        for i in first_party:  # ("South Sudan's government and rebel groups": both parties')
            mods.poss.extend(code_poss(i))
    return mods


def _own_owner(mods: Mods, sector: SectorHit | None) -> bool:
    """The armed party after the conjunction of a coordination the parser hung on its head names its
    own state or group ("Mali's army and Russian mercenaries", "Sudan's army and Wagner fighters"):
    the possessor before the conjunction is the first party's alone. (Civilians so named may be a
    people of the possessor's land: "Kosovo's police and Serbian residents".)"""
    return bool(mods.orgs or mods.people or (mods.countries and sector is not None and sector.ref.sector in ARMED_SECTORS))


def fused_leader(t: Token, lex: Lexicon) -> tuple[NameRef, ...]:
    """What the name fused with "-led" in one token names ("U.S.-led", "U.N.-led": the tokenizer
    does not split a hyphen after an abbreviation's dot, so no name is matched in it); () if none."""
    name, dash, rest = t.text.rpartition("-")
    return lex.names.get(name, ()) if dash and rest.lower() == "led" else ()


def _name(mods: Mods, refs: tuple[NameRef, ...], at: int, led: bool, lex: Lexicon, t: Token, head: Token,
          leads: bool = False) -> None:
    by_kind = {r.kind: r for r in reversed(refs)}
    kind = next((k for k in _NAME_ORDER if k in by_kind), None)
    if kind is None or "blocked" in by_kind:
        return
    if kind in ("adj", "dem") and names_a_facility(t, head):
        return
    ref = by_kind[kind]
    if kind in ("org", "metonym"):
        (mods.led_by if led else mods.orgs).append(ref.key)
        return
    if led:
        eth = by_kind.get("eth_adj") or by_kind.get("eth_dem")
        people = lex.peoples[eth.key] if eth is not None else (
            lex.people_of_kin(ref.key) if kind in ("adj", "dem") else None)
        if people is not None:
            mods.led_people.append(people)
        if leads and kind in ("country", "adj", "dem"):
            mods.led_states.append(ref.key)  # ("US-led", not "Iran-aligned" nor "Iran-backed")
        return
    if kind == "person":
        mods.people.append(ref.key)
        return
    if kind in ("eth_adj", "eth_dem"):
        mods.peoples.append(lex.peoples[ref.key])
        return
    eth = by_kind.get("eth_adj") or by_kind.get("eth_dem")
    people = lex.peoples[eth.key] if eth is not None else lex.people_of_kin(ref.key)
    mods.countries.append(CountryMod(ref.key, at, kind, people))
    if kind == "seat" and ref.sector:
        mods.seat_sectors.append(ref.sector)
    if t.dep_ == "conj" or any(c.dep_ in ("conj", "cc") for c in t.children):
        mods.conj_countries = True  # ("Israeli and Hezbollah fighters": the parser may drop the conj)
