"""Sub-national governments named by their region: "Illinois sued the administration", "Texas
deployed its National Guard", "the state of Borno", "New Mexico's governor".

The gazetteer already knows the curated regions of each country (federal states, provinces,
governorates, regions: ``Gazetteer.regions``); a region's name stands for its government as a
capital does, the country's GOV (countries.yml's convention: sub-national governments are the
country's), and after in/at/near it is a place that codes the bare country. A name the actor
lexicon knows itself keeps the lexicon's reading, and a region's name is read only with evidence:

* the entity recogniser calls the name a place (GPE or LOC), or a noun of a country's divisions
  governs it ("the state of Borno", "Borno state": word class ``region_unit``): "Victoria Nuland",
  "Brittany Higgins" are people, no Australian state or French region; a name it labels nothing
  ("Punjab sued the central government in New Delhi") is a region of the country the story names
  by other names more than any other;
* a region whose phrase names another country is none of it ("the governor of the North West region
  of Cameroon": no South African province);
* a name of regions in several countries ("Punjab": Pakistan and India) is the one whose country the
  story names more often by its other names; with no such country, no actor;
* a region's country must be told by another name: its name, capital, people, a person or group of
  it, another of its regions ("Illinois sued the Trump administration"); a story that tells it by
  none reads no region ("BAMENDA - ... the governor of the North West region": no South African
  province);
* a name the lexicon knows as a country and the gazetteer as another country's region ("Georgia")
  is the region only where the story names the region's country and never, by another name, the
  country of the lexicon ("Georgia's governor ... the Trump administration"; not "Georgian troops").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from spacy.tokens import Doc, Token

from ..nlp.words import word_class
from .lexicon import Lexicon, NameRef

__all__ = ["RegionNames", "PLACE_ENTITIES", "below_the_state"]

PLACE_ENTITIES = frozenset({"GPE", "LOC"})
_EVIDENCE_KINDS = ("country", "capital", "seat", "adj", "dem")
UNITS = word_class("region_unit")  # "the state of Borno", "Borno state"
_LEVELS = word_class("subnational_level")  # "regional officials", "local authorities"


class RegionNames:
    """The regions of the gazetteer the actor lexicon does not name, keyed as the name matcher keys
    its forms (a tuple of the words' ids), with a way to read them in a document."""

    def __init__(self, lex: Lexicon, regions: Iterable[tuple[str, str]]) -> None:
        self.lex = lex
        self.only: dict[str, tuple[str, ...]] = {}  # a name only the gazetteer knows: its countries
        self.beside: dict[str, tuple[str, ...]] = {}  # a country's name that is another's region too
        for name, country in regions:
            refs = lex.names.get(name)
            # (a name the lexicon blocks only because a country's is inside it: "New Mexico",
            # "West Virginia", "British Columbia")
            if refs is None or all(r.kind == "blocked" for r in refs):
                self.only[name] = tuple(dict.fromkeys((*self.only.get(name, ()), country)))
            elif all(r.kind == "country" and r.key != country for r in refs):
                self.beside[name] = tuple(dict.fromkeys((*self.beside.get(name, ()), country)))

    def forms(self) -> list[str]:
        """The forms the name matcher must find besides the lexicon's own (and those it blocks)."""
        return list(self.only)

    def read(self, doc: Doc, hits: Mapping[tuple[int, int], tuple[NameRef, ...]],
             forms: Mapping[tuple[int, int], str]) -> dict[tuple[int, int], tuple[NameRef, ...]]:
        """The references of the name hits at (start, end) of ``doc``: the lexicon's ``hits``, where
        the hit's ``forms`` (its text) is a region read with the evidence above replaced by the
        region's government, and a region read without evidence left out."""
        out = dict(hits)
        evidence = self._evidence(doc, hits, forms)
        for span, form in forms.items():
            if form in self.only:
                chosen = self._chosen(self.only[form], evidence, doc, span)
                if chosen is not None and (self._untold(chosen, form, forms, evidence, doc)
                                           or _of_another(doc, span, hits, chosen)):
                    chosen = None
                if chosen is None and _unlabelled(doc, span):
                    # (a name the recogniser labels nothing: the region of a country told elsewhere)
                    chosen = _told_elsewhere(self.only[form], evidence, form, forms, doc)
                if chosen is None and not hits[span]:
                    del out[span]
                elif chosen is not None:
                    out[span] = (NameRef("capital", chosen, "GOV"),)
            elif form in self.beside:
                own = {r.key for r in hits[span]}
                told = tuple(c for c in self.beside[form] if evidence[c])
                if told and not any(evidence[c] for c in own):
                    chosen = self._chosen(told, evidence, doc, span)
                    if chosen is not None:
                        out[span] = (NameRef("capital", chosen, "GOV"),)
        return out

    def _evidence(self, doc: Doc, hits: Mapping[tuple[int, int], tuple[NameRef, ...]],
                  forms: Mapping[tuple[int, int], str]) -> Counter[str]:
        """How often the story names each country by a name that is no region's of several
        countries: its name, capital, seats, adjective or people, its people of the who's who, a
        region only it has."""
        seen: Counter[str] = Counter()
        for span, refs in hits.items():
            form = forms.get(span)
            if form in self.beside:
                continue
            if form in self.only:
                countries = self.only[form]
                if len(countries) == 1 and _a_place(doc, span):
                    seen[countries[0]] += 1
                continue
            named = {r.key for r in refs if r.kind in _EVIDENCE_KINDS}
            named |= {c for r in refs if r.kind == "person" and (c := self._person_country(r.key))}
            named |= {c for r in refs if r.kind == "org" and (c := self.lex.group_country(r.key))}
            seen.update(named)
        return seen

    @staticmethod
    def _untold(country: str, form: str, forms: Mapping[tuple[int, int], str], evidence: Counter[str],
                doc: Doc) -> bool:
        """The story names the region's country by no other name ("BAMENDA - ... Governor Lafrique of
        the North West region": no South African province; "Illinois sued the Trump administration"
        names the United States by its president)."""
        own = evidence[country] - sum(1 for span, f in forms.items() if f == form and _a_place(doc, span))
        return own <= 0

    def _person_country(self, name: str) -> str | None:
        person = self.lex.people.get(name)
        return person.country if person is not None else None

    @staticmethod
    def _chosen(countries: tuple[str, ...], evidence: Counter[str], doc: Doc, span: tuple[int, int]) -> str | None:
        if not _a_place(doc, span):
            return None
        if len(countries) == 1:
            return countries[0]
        ranked = sorted(countries, key=lambda c: -evidence[c])
        if evidence[ranked[0]] == 0 or evidence[ranked[0]] == evidence[ranked[1]]:
            return None  # "Punjab" in a story of neither Pakistan nor India, or of both alike
        return ranked[0]


def _unlabelled(doc: Doc, span: tuple[int, int]) -> bool:
    return all(not doc[i].ent_type_ for i in range(*span))


def _told_elsewhere(countries: tuple[str, ...], evidence: Counter[str], form: str,
                    forms: Mapping[tuple[int, int], str], doc: Doc) -> str | None:
    """Of the countries of a region's name, the one the story names by other names, more than any
    other country ("Punjab sued the central government in New Delhi"), else None."""
    own = Counter({c: evidence[c] - (sum(1 for span, f in forms.items() if f == form and _a_place(doc, span))
                                     if len(countries) == 1 else 0) for c in countries})
    best = max(countries, key=lambda c: own[c])
    if own[best] <= 0 or any(n >= own[best] for c, n in evidence.items() if c != best):
        return None
    return best


def _of_another(doc: Doc, span: tuple[int, int], hits: Mapping[tuple[int, int], tuple[NameRef, ...]],
                country: str) -> bool:
    """The region's phrase names another country as its own ("the North West region of Cameroon")."""
    head = doc[span[1] - 1]
    while head.dep_ == "compound":
        head = head.head
    inside = {t.i for t in head.subtree} - set(range(*span))
    return any(s in inside and any(r.kind in _EVIDENCE_KINDS and r.key != country for r in refs)
               for (s, _e), refs in hits.items())


def _a_place(doc: Doc, span: tuple[int, int]) -> bool:
    """The entity recogniser calls every word of the name a place, or the name is told as a division
    ("the state of Borno", "Borno State")."""
    if all(doc[i].ent_type_ in PLACE_ENTITIES for i in range(*span)):
        return True
    last = doc[span[1] - 1]
    if last.dep_ == "compound" and last.head.i >= span[1] and last.head.lemma_.lower() in UNITS:
        return True
    return last.dep_ == "pobj" and last.head.lower_ == "of" and last.head.head.lemma_.lower() in UNITS


def below_the_state(tok: Token) -> bool:
    """A state body told as a region's or a town's ("regional officials said", "local authorities",
    "provincial police"): of the place its story is set in, not of a government told before."""
    return any(c.dep_ == "amod" and c.lower_ in _LEVELS for c in tok.children)
