"""Military exercises told by their doers: held together (military cooperation, 062) or by one state
(a show of force, 150).

The lexicon reads "war games" as joint and "military drills" as a show of force, whoever holds them;
what tells the two apart is who holds them (a document-wide pass over the candidates of one drill):

- held *together*: two or more doers of distinct countries coordinated as the drill's subject
  ("Chilean and Peruvian frigates began naval drills"), a "joint" drill, or one held "with" a
  partner: each doer cooperates with the others (062), and no doer shows force at itself or at its
  partner (a show of force at a third party the text names, or at a place the drill faces, stays:
  "... drills near Japan", word class ``drills_facing``);
- held *apart*: drills the text calls "rival", "separate" or "parallel" (word class
  ``drills_apart``): each doer shows force (150) at no one told, never at itself, and cooperates
  with no one;
- held *alone*: one state's drills with no partner ("Iran staged war games in the Gulf") show force
  (150), at the party the text links to them, never at the state itself (nor, for want of a stated
  target, at the country where they are held when it is the doer's own: ``story.scene_target``).

A drill is the object noun (word class ``military_drill``) of the verb that tells it, or that noun
as the trigger; doers of no known country (an alliance: "NATO held exercises") are left as read.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..nlp.words import word_class
from ..records import Actor
from . import evidence as ev
from .candidate import Candidate
from .sides import JOINT_PATH

__all__ = ["drills_by_their_doers", "drill_held"]

DRILL_NOUNS = word_class("military_drill")
APART = word_class("drills_apart")
JOINT = word_class("drills_joint")
FACING = word_class("drills_facing")
SHOW, JOINTLY = "150", "062"


def drill_of(t: Token) -> Token | None:
    """The drill noun a trigger tells: itself, or its object (a verb's)."""
    if t.pos_ == "NOUN" and t.lemma_.lower() in DRILL_NOUNS:
        return t if t.dep_ in ("dobj", "nsubj", "nsubjpass") else None
    if t.pos_ in ("VERB", "AUX"):
        return next((ch for ch in t.children if ch.dep_ == "dobj" and ch.lemma_.lower() in DRILL_NOUNS), None)
    return None


def drill_held(t: Token, code: str) -> bool:
    """A trigger that tells a drill held (coded 150 or 062), not one judged ("condemned the drills")."""
    return code in (SHOW, JOINTLY) and drill_of(t) is not None


def _with_partner(noun: Token) -> bool:
    """A "with" phrase on the drill noun or its verb ("held drills with China")."""
    return any(ch.dep_ == "prep" and ch.lower_ == "with" for t in (noun, noun.head) for ch in t.children)


def _faces(noun: Token) -> bool:
    """A place the drill faces, on the noun or its verb ("drills near Japan", "war games off Norway")."""
    return any(ch.dep_ == "prep" and ch.lower_ in FACING and any(g.dep_ == "pobj" for g in ch.children)
               for t in (noun, noun.head) for ch in t.children)


def _told(noun: Token, words: frozenset[str]) -> bool:
    """A modifier of the drill noun, or an adverb of its verb, in ``words``."""
    return any(ch.lower_ in words for ch in noun.children if ch.dep_ in ("amod", "compound")) or any(
        ch.lower_ in words for ch in noun.head.children if ch.dep_ == "advmod")


def _at_doers(target: Actor | None, countries: set[str]) -> bool:
    return target is not None and target.country in countries


def _as_show(c: Candidate, countries: set[str]) -> Candidate:
    """A drill read as a show of force, at no doer of it."""
    if c.target is not None and not _at_doers(c.target, countries):
        return replace(c, code=SHOW) if c.code == JOINTLY else c
    return replace(c, code=SHOW, target=None, implied=False, target_via=ev.NONE,
                   explain=dict(c.explain, target_path=None))


def _pairs(cs: list[Candidate], doers: list[Actor]) -> list[Candidate]:
    """Each doer's cooperation with each other doer of another country, from a candidate of it."""
    out: list[Candidate] = []
    for c in cs:
        if c.source is None or any(o.source == c.source for o in out):
            continue
        for other in doers:
            if other.country != c.source.country:
                out.append(replace(c, code=JOINTLY, target=other, implied=False, target_via=ev.STATED,
                                   explain=dict(c.explain, target_path=JOINT_PATH)))
    return out


def _settle(cs: list[Candidate], noun: Token) -> list[Candidate]:
    """One drill's candidates ``cs`` read by who holds it (module doc), one record per dyad and code."""
    doers: list[Actor] = []
    for c in cs:
        if c.source is not None and c.source not in doers:
            doers.append(c.source)
    countries = {d.country for d in doers if d.country is not None}
    if not doers or len(countries) < len(doers) and len(countries) < 2 or any(c.negated for c in cs):
        return cs  # (no doer, doers of no known country, or of one country told twice: left as read)
    if _told(noun, APART):
        kept = [_as_show(c, countries) for c in cs]
    elif len(countries) > 1:
        joint = [c for c in cs if c.code == JOINTLY and _at_doers(c.target, countries)]
        facing = _faces(noun)
        kept = [c for c in cs if c.code != SHOW or not _at_doers(c.target, countries)
                and (c.target is not None or facing)] + (_pairs(cs, doers) if not joint else [])
    elif _told(noun, JOINT) or _with_partner(noun):
        return cs
    else:
        kept = [_as_show(c, countries) if c.code in (SHOW, JOINTLY) else c for c in cs]
    seen: set[tuple[str | None, str, str | None]] = set()
    out: list[Candidate] = []
    for c in kept:
        key = (c.source.code if c.source else None, c.code, c.target.code if c.target else None)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def drills_by_their_doers(cands: list[Candidate]) -> list[Candidate]:
    """The candidates with each military drill's reading settled by who holds it (module doc)."""
    groups: dict[int, tuple[Token, list[Candidate]]] = {}
    for c in cands:
        noun = drill_of(c.trigger)
        if noun is not None and c.code in (SHOW, JOINTLY) and c.modality is None:
            groups.setdefault(noun.i, (noun, []))[1].append(c)
    if not groups:
        return cands
    members = {id(c): i for i, (_, cs) in groups.items() for c in cs}
    out: list[Candidate] = []
    for c in cands:
        i = members.get(id(c))
        if i is None:
            out.append(c)
        elif i in groups:
            noun, cs = groups.pop(i)
            out.extend(_settle(cs, noun))
    return out
