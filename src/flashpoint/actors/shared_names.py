"""A party's name that parties of other countries bear too: "the Democratic Party" of South Korea.

The lexicon knows one "Democratic Party", the American one; South Korea, Japan, Indonesia, Italy,
Albania, Kosovo and Moldova have, or have had, parties of that name, and a story of Seoul that tells
"the opposition Democratic Party demanded that Yoon step down" is no American party's demand. A group
lists such names of its own (``shared`` in organisations.yml); a name of them is that group only in
a story that tells its country by other marks (the country's name, adjective, people or capital,
its seat, one of its people in the who's who, another of its groups) at least as often as any other
country; otherwise it is a party of no stated country (the sector word "party"), which the story
rules give the story's country. ("The United States welcomed the lifting of the decree" in a story
of Seoul makes no American party of Seoul's.)
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from .lexicon import Lexicon, NameRef, Organisation
from .patterns import Hits, NameHit, SectorHit

__all__ = ["shared_name_each"]

_MARKS = frozenset({"country", "capital", "seat", "adj", "dem"})


def _country_of(ref: NameRef, lex: Lexicon) -> str | None:
    if ref.kind in _MARKS:
        return ref.key
    if ref.kind == "person" and (p := lex.people.get(ref.key)) is not None:
        return p.country
    if ref.kind == "org" and (o := lex.organisations.get(ref.key)) is not None and o.kind == "group":
        return o.country
    return None


def _countries(hit: NameHit, lex: Lexicon) -> set[str]:
    """The countries ``hit`` tells, each once."""
    return {c for r in hit.refs if (c := _country_of(r, lex)) is not None}


def _shared(doc: Doc, hit: NameHit, lex: Lexicon) -> Organisation | None:
    """The group whose shared name ``hit`` is, if it is one."""
    text = doc[hit.start:hit.end].text
    for r in hit.refs:
        if r.kind == "org" and (o := lex.organisations.get(r.key)) is not None and text in o.shared:
            return o
    return None


def shared_name_each(doc: Doc, hits: Hits, lex: Lexicon) -> Hits:
    """These hits with each shared party name a party of no stated country where the story tells its
    group's country less often than another country (or none); else as they were."""
    shared = {h.start: o for h in hits.names if (o := _shared(doc, h, lex)) is not None}
    party = lex.words.get("party")
    if not shared or party is None:
        return hits
    told = Counter(c for h in hits.names if h.start not in shared for c in _countries(h, lex))
    most = max(told.values(), default=0)
    gone = {start for start, o in shared.items() if not most or o.country is None or told[o.country] < most}
    if not gone:
        return hits
    names = [h for h in hits.names if h.start not in gone]
    sectors = [*hits.sectors, *(SectorHit(h.start, h.end, party) for h in hits.names if h.start in gone)]
    return Hits.of(names, sorted(sectors, key=lambda s: s.start), len(doc))
