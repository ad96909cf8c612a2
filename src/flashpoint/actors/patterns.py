"""Phrase matchers built from the lexicon, and what they find in a document.

Two spaCy PhraseMatchers are built once per component: proper names (countries, capitals, seats of
power, peoples, organisations, people) on exact spelling, and sector words on lower case. Running
them gives, for every token, the name hit and the sector hit that covers it (longest match wins).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from ..nlp.initialisms import read_as_word
from ..nlp.syntax import joined_in_a_name, language_suffixed
from ..nlp.words import word_class
from ..places.gazetteer import get_gazetteer
from .lexicon import Lexicon, NameRef, SectorRef
from .proxy_bodies import PROXY, proxy_heads
from .regions import RegionNames

__all__ = ["NameHit", "SectorHit", "Hits", "ActorMatchers"]


@dataclass(frozen=True, slots=True)
class NameHit:
    """A proper name found at tokens [start, end)."""

    start: int
    end: int
    refs: tuple[NameRef, ...]

    def first(self, *kinds: str) -> NameRef | None:
        """The first reference of one of ``kinds``, in the order the kinds are given."""
        for kind in kinds:
            for ref in self.refs:
                if ref.kind == kind:
                    return ref
        return None


@dataclass(frozen=True, slots=True)
class SectorHit:
    """A sector word or phrase found at tokens [start, end)."""

    start: int
    end: int
    ref: SectorRef


@dataclass(slots=True)
class Hits:
    """Per-token lookups of the names and sector words of one document."""

    names: list[NameHit]
    sectors: list[SectorHit]
    name_at: list[NameHit | None]
    sector_at: list[SectorHit | None]

    @classmethod
    def of(cls, names: list[NameHit], sectors: list[SectorHit], n: int) -> Hits:
        """The hits of a document of ``n`` tokens, indexed by token."""
        name_at: list[NameHit | None] = [None] * n
        sector_at: list[SectorHit | None] = [None] * n
        for h in names:
            name_at[h.start:h.end] = [h] * (h.end - h.start)
        for sh in sectors:
            sector_at[sh.start:sh.end] = [sh] * (sh.end - sh.start)
        return cls(names, sectors, name_at, sector_at)

    def outside(self, spans: list[tuple[int, int]], doc: Doc) -> Hits:
        """These hits less those inside the character ``spans`` (datelines: where a report was
        filed, never an actor)."""
        def inside(start: int) -> bool:
            idx = doc[start].idx
            return any(a <= idx < b for a, b in spans)

        return Hits.of([h for h in self.names if not inside(h.start)],
                       [h for h in self.sectors if not inside(h.start)], len(doc))


    def one_group_each(self, choose: Callable[[tuple[NameRef, ...]], NameRef | None]) -> Hits:
        """These hits with each name that groups of several countries share read as the one group
        ``choose`` picks (``Lexicon.shared_group`` by the story's countries: "al-Shabab" in a story
        of Mozambique is Cabo Delgado's insurgents), the other groups of that name dropped."""
        names = []
        for h in self.names:
            pick = choose(h.refs)
            names.append(h if pick is None else NameHit(
                h.start, h.end, tuple(r for r in h.refs if r.kind != "org" or r == pick)))
        return Hits.of(names, self.sectors, len(self.name_at))

    def not_related(self, doc: Doc, relations: frozenset[str], foes: frozenset[str] = frozenset(),
                    units: frozenset[str] = frozenset()) -> Hits:
        """These hits less the names that only say whom a relational noun relates to: "the former
        *French* colony" is not France, "*Russia*'s western neighbour" not Russia (``relations``:
        the lemmas of such nouns). The name must modify the noun (an adjective, a possessive, a
        compound); "France and its allies" keeps France. A nationality adjective of a noun of
        enmity (``foes``) says who the enemy is: "the American enemy", "the Zionist foe" are
        America and Israel, though "Russia's enemies" are not Russia. A country's name that only
        names a division right after it (``units``), which heads its phrase, is a place's name:
        "Niger state" is in Nigeria, no Niger ("Niger state media" are Niger's)."""
        def related(h: NameHit) -> bool:
            last = doc[h.end - 1]
            head = last.head.lemma_.lower()
            if last.dep_ == "amod" and head in foes:
                return False
            if last.dep_ == "compound" and last.head.i == h.end and head in units \
                    and last.head.dep_ not in ("compound", "amod") and h.first("country") is not None:
                return True
            return last.dep_ in ("amod", "poss", "compound", "nmod") and head in relations

        return Hits.of([h for h in self.names if not related(h)], self.sectors, len(doc))


def _longest(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Non-overlapping spans, longest first, then leftmost."""
    taken: set[int] = set()
    out = []
    for start, end in sorted(set(spans), key=lambda s: (s[0] - s[1], s[0])):
        if any(i in taken for i in range(start, end)):
            continue
        taken.update(range(start, end))
        out.append((start, end))
    out.sort()
    return out


class ActorMatchers:
    """The name and sector matchers of one lexicon, built for one pipeline's vocabulary."""

    def __init__(self, nlp: Language, lex: Lexicon, regions: list[tuple[str, str]] | None = None) -> None:
        """``regions``: (name, country) of the sub-national regions whose names stand for their
        governments (:mod:`.regions`), by default the gazetteer's."""
        self.lex = lex
        self.name_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.sector_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        # keyed by the words' string ids (ORTH for names, LOWER for sector words), so that a match
        # is looked up from the document's id array without building strings
        self._names: dict[tuple[int, ...], tuple[NameRef, ...]] = {}
        self._sectors: dict[tuple[int, ...], SectorRef] = {}
        tokenizer: Any = nlp.tokenizer
        name_forms = list(lex.names)
        docs = list(tokenizer.pipe(name_forms))
        for form, doc in zip(name_forms, docs, strict=True):
            key = tuple(t.orth for t in doc)
            refs = self._names.get(key, ())
            self._names[key] = refs + tuple(r for r in lex.names[form] if r not in refs)
        self.name_matcher.add("NAME", docs)
        self.regions = RegionNames(lex, get_gazetteer().regions() if regions is None else regions)
        # a region's name, keyed as the names are, with the form it stands for
        self._region_forms: dict[tuple[int, ...], str] = {}
        region_forms = self.regions.forms()
        docs = list(tokenizer.pipe(region_forms))
        for form, doc in zip(region_forms, docs, strict=True):
            self._region_forms[tuple(t.orth for t in doc)] = form
        for form, doc in zip(list(self.regions.beside), tokenizer.pipe(list(self.regions.beside)), strict=True):
            self._region_forms[tuple(t.orth for t in doc)] = form
        self.name_matcher.add("REGION", docs)
        word_forms = list(lex.words)
        docs = list(tokenizer.pipe(word_forms))
        for form, doc in zip(word_forms, docs, strict=True):
            self._sectors.setdefault(tuple(t.lower for t in doc), lex.words[form])
        self.sector_matcher.add("SECTOR", docs)

    def __call__(self, doc: Doc) -> Hits:
        names: list[NameHit] = []
        sectors: list[SectorHit] = []
        spans = [(s, e) for _, s, e in self.name_matcher(doc)]
        orth: list[int] = doc.to_array("ORTH").tolist() if spans else []
        found: dict[tuple[int, int], tuple[NameRef, ...]] = {}
        regions: dict[tuple[int, int], str] = {}
        matched = {i for s, e in spans for i in range(s, e)}
        for start, end in _longest(spans):
            key = tuple(orth[start:end])
            refs = self._names.get(key, ())
            if _water_named_after(doc, start) or _language(doc, start, end) or _surname(doc, start, end, refs) \
                    or _joined_in_a_name(doc, start, end, refs, matched) \
                    or (end - start == 1 and read_as_word(doc[start])):
                continue
            refs = _state_or_its_firm(doc, start, refs)
            if key in self._region_forms:
                regions[(start, end)] = self._region_forms[key]
            if refs or key in self._region_forms:
                found[(start, end)] = refs
        if regions:
            found = self.regions.read(doc, found, regions)
        names = _branches(doc, [NameHit(start, end, refs) for (start, end), refs in found.items() if refs],
                          self.lex)
        spans = [(s, e) for _, s, e in self.sector_matcher(doc)]
        lower: list[int] = doc.to_array("LOWER").tolist() if spans else []
        named = [0] * (len(doc) + 1)  # the start of the name hit each token lies in, plus one
        for n in names:
            named[n.start:n.end] = [n.start + 1] * (n.end - n.start)
        for start, end in _longest(spans):
            ref = self._sectors.get(tuple(lower[start:end]))
            # a sector word inside a name is part of the name ("the West Bank" is no bank)
            if ref is not None and not (named[start] and named[start] == named[end - 1]) \
                    and not _adjective(doc, start, end) and not _given_name(doc, start, end):
                sectors.append(SectorHit(start, end, ref))
        states = [(n.start, n.end) for n in names if n.first(*_STATE_KINDS)]  # ("Turkish-backed factions")
        sectors += [SectorHit(i, i + 1, PROXY) for i in proxy_heads(doc, states, {i for s in sectors for i in range(s.start, s.end)})]
        return Hits.of(names, sectors, len(doc))


_ADJECTIVE_HOMONYMS = word_class("adjective_homonym")
_GIVEN_NAME_HOMONYMS = word_class("given_name_homonym")
_TITLES = word_class("title")
_WATER_BODIES = word_class("water_body")
_PLACE_KINDS = frozenset({"country", "capital"})
_STATE_KINDS = ("country", "capital", "seat", "adj", "dem")
_LANGUAGES = word_class("language_name")
_RENDERING = word_class("rendering")


def _branches(doc: Doc, names: list[NameHit], lex: Lexicon) -> list[NameHit]:
    """These names with an international NGO's name run on into a country's name right after it
    read as one name, the NGO's ("Amnesty International Kenya", "Save the Children UK", "Oxfam
    France"): its branch in that country, still the NGO, never the country's state or people."""
    out: list[NameHit] = []
    for h in sorted(names, key=lambda n: n.start):
        last = out[-1] if out else None
        if last is not None and last.end == h.start and doc[last.end - 1].whitespace_ \
                and any(r.kind == "country" for r in h.refs) and all(r.kind in _PLACE_KINDS for r in h.refs) \
                and (org := last.first("org")) is not None \
                and (o := lex.organisations.get(org.key)) is not None and o.kind == "ngo":
            out[-1] = NameHit(last.start, h.end, last.refs)
            continue
        out.append(h)
    return out


def _state_or_its_firm(doc: Doc, start: int, refs: tuple[NameRef, ...]) -> tuple[NameRef, ...]:
    """A name that a country shares with one of its companies or institutions ("the Emirates" and
    the airline Emirates, both spelt "Emirates" in countries.yml): after "the" the country ("flights
    to the Emirates"), bare the institution ("Emirates suspended flights to Tehran": a business of
    the country, never its state)."""
    kinds = {r.kind for r in refs}
    if "country" not in kinds or "seat" not in kinds:
        return refs
    drop = "seat" if start > 0 and doc[start - 1].lower_ == "the" else "country"
    return tuple(r for r in refs if r.kind != drop)


def _water_named_after(doc: Doc, start: int) -> bool:
    """The name at ``start`` ends the name of a sea named after it ("the Gulf of Oman", "the Gulf
    of Finland", "the Sea of Japan", "the Bay of Bengal"): a body of water, no actor, and whoever
    acts there acts on none of that country."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].is_title \
        and doc[start - 2].lower_ in _WATER_BODIES


def _joined_in_a_name(doc: Doc, start: int, end: int, refs: tuple[NameRef, ...], matched: set[int]) -> bool:
    """A country's or capital's name joined by a small word of names to a capitalised word before or
    after it ("Mocimboa da Praia", "Praia do Bilene", "Vila de Lima"): one word of a longer place's
    or person's name, no country nor capital (a longer name the lexicon holds is matched whole
    first: "Port of Spain"); two names so joined both stay ("Santiago de Chile": ``matched``, the
    tokens of every name found), a title's word joins no name, and a country after the small word is
    "of" it ("Universidad de Chile")."""
    if not refs or any(r.kind not in _PLACE_KINDS for r in refs):
        return False
    return joined_in_a_name(doc, start, end, lambda w: w.i not in matched and w.lower_.rstrip(".") not in _TITLES,
                            before=all(r.kind == "capital" for r in refs))


def _surname(doc: Doc, start: int, end: int, refs: tuple[NameRef, ...]) -> bool:
    """A place's name that is one end of a person's name: after a given name ("William Hague", "Lisa
    Jordan"), the person's surname; before more of the name ("Sofia Alvarez", "Chad Miller", "Israel
    Mensah"), a given name: no country nor capital either way (the person is whoever the title, an
    apposition or the who's who says); a name that is also a person's in the lexicon stays a name."""
    if any(r.kind not in _PLACE_KINDS for r in refs) or not all(doc[i].ent_type_ == "PERSON" for i in range(start, end)):
        return False
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if doc[start].ent_iob_ == "I":
        return (after is None or after.ent_iob_ != "I") and before is not None and _name_word(before)
    return after is not None and after.ent_type_ == "PERSON" and after.ent_iob_ == "I" and _name_word(after)


def _name_word(tok: Token) -> bool:
    """A word of a person's name beside a place's: a capitalised proper name, no title."""
    return tok.pos_ == "PROPN" and tok.is_title and tok.lower_.rstrip(".") not in _TITLES


def _language(doc: Doc, start: int, end: int) -> bool:
    """A people's adjective that names a language, bare after a preposition of a word of rendering
    ("unofficial translation from Spanish", "translated from Arabic", "speaking in French"): the
    language a text is in, no actor ("speaking in French territory" keeps France); or that opens a
    compound of speaking ("the English-speaking regions", "Russian-speaking residents"): people who
    speak it, of no country it names."""
    tok = doc[start]
    if end - start == 1 and language_suffixed(doc, end):
        return True
    prep = tok.head
    return end - start == 1 and tok.lower_ in _LANGUAGES and tok.dep_ == "pobj" \
        and all(c.dep_ == "punct" for c in tok.children) \
        and prep.lower_ in ("from", "in", "into") and prep.head.lemma_.lower() in _RENDERING


def _adjective(doc: Doc, start: int, end: int) -> bool:
    """A one-word person hit used as an adjective before a noun ("a general strike"): no person."""
    tok = doc[start]
    return end - start == 1 and tok.lower_ in _ADJECTIVE_HOMONYMS and tok.pos_ == "ADJ" and tok.dep_ == "amod"


def _given_name(doc: Doc, start: int, end: int) -> bool:
    """A one-word person hit that opens a person's name with more of the name after it ("Marine Le
    Pen"): a given name, no person of its sector; not before a rank ("Marine Sgt. John Cole")."""
    tok = doc[start]
    if end - start != 1 or tok.lower_ not in _GIVEN_NAME_HOMONYMS or not tok.is_title or tok.ent_type_ != "PERSON":
        return False
    after = doc[end] if end < len(doc) else None
    return after is not None and after.ent_iob_ == "I" and after.pos_ == "PROPN" \
        and after.lower_.rstrip(".") not in _TITLES

