"""Unnamed forces that attack a country's own forces or places are not that country's.

"Troops fired on Lebanese army positions, the Lebanese army said", "Forces shelled Armenian villages",
"Soldiers attacked Kenyan police officers near the border": a state does not tell of its own army
firing on its own army, police or villages, so the unnamed doer of such an attack is of the other
side the story names (the linker gives it that, ``link.py``), else of no country told, never of the
country it hits. The target's country must be stated by its own phrase, before its head (a people's
word or a possessive: "Lebanese army positions", "Ukraine's border guards", "its positions"), not given
by a place ("the presidential palace in Conakry": soldiers storming their own palace are a coup's),
and the target must be that state's armed force, police or the country and its places, not its
government (a coup), civilians or protesters (a crackdown), whom a state's own troops do attack.

The mirror: unnamed forces or police harmed by a hostile deed of a party whose phrase states its
country ("Russian shelling killed two soldiers", "two border guards were wounded by Azerbaijani fire",
"four police officers were killed in an Israeli strike") are not that country's: a state does not
tell of shelling its own soldiers, so the attacker's country is no evidence of theirs: neither
for the linker, which gives such a phrase no country of the states harming it (:func:`harming_states`,
``link.py``), nor for the story (:func:`hit_by_another`, ``story.story_country_for``). Civilians are
not asked: a state's forces do harm their own (a crackdown).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Span, Token

from ..nlp.harm import CAUSE_PREPOSITIONS, HARMED
from ..records import Actor
from .camps import UNKNOWN_COUNTRY
from .draft import Draft
from .phrase import actor_phrase

__all__ = ["hits_its_own", "hit_by_another", "harming_states"]

_DOERS = frozenset({"MIL"})  # unnamed armed forces of a state ("troops", "forces", "soldiers")
# what a state's own unnamed forces do not attack: its army, its police, the country and its places
_OWN = frozenset({"MIL", "COP", ""})
_STATED = frozenset({"NORP", "GPE"})
_HARMED_FORCES = frozenset({"MIL", "COP"})  # (a state's forces do harm its own civilians: a crackdown)
_OWNERS = ("poss", "amod", "compound")
# a state's own parties (the country itself, "Russian shelling", its forces and offices): a group of
# a country's people harms that country's forces ("Pakistani Taliban fighters killed two soldiers")
_STATE_DOERS = frozenset({"", "MIL", "COP", "GOV", "SPY"})


def _states_country(phrase: Span, by_name: bool) -> bool:
    """``phrase`` states its country before its head: a people's word or a possessive ("Lebanese
    army positions", "Ukraine's border guards", "Russian shelling"); with ``by_name``, also a proper
    noun compounded to its head ("Azerbaijani fire", whatever entity the NER made of it) or a head
    that names a country itself ("Russia"; not a group's word, "Jihadists")."""
    root = phrase.root
    return (by_name and root.ent_type_ == "GPE") or any(t.i < root.i and (
        t.ent_type_ in _STATED or t.dep_ == "poss"
        or (by_name and root.pos_ == "NOUN" and t.pos_ == "PROPN" and t.dep_ in _OWNERS)) for t in phrase)


def _country_stated(doc: Doc, party: Actor, by_name: bool = False) -> bool:
    """``party``'s phrase states its country (:func:`_states_country`)."""
    phrase = actor_phrase(doc, party)
    return phrase is not None and _states_country(phrase, by_name)


def hits_its_own(doc: Doc, actor: Actor, target: Actor | None) -> bool:
    """``actor``, unnamed armed forces of no country told, attacks ``target``, the armed force,
    police or places of a country its phrase states: the attackers are not of that country."""
    if target is None or not target.country or actor.sector not in _DOERS or not actor.code.startswith(UNKNOWN_COUNTRY) \
            or actor.org or (target.sector or "") not in _OWN or target.org:
        return False
    return _country_stated(doc, target)


def hit_by_another(doc: Doc, actor: Actor, doer: Actor | None) -> bool:
    """``actor``, unnamed forces or police of no country told, is harmed by a hostile deed of
    ``doer``, a state's party whose phrase states its country: they are not of that country."""
    if doer is None or not doer.country or doer.org or (doer.sector or "") not in _STATE_DOERS \
            or actor.sector not in _HARMED_FORCES or actor.org or not actor.code.startswith(UNKNOWN_COUNTRY):
        return False
    return _country_stated(doc, doer, by_name=True)


def _harmers(tok: Token) -> list[Token]:
    """The doers a clause of harm (word class ``harmed_by_a_cause``) tells of ``tok``, its object
    ("Russian shelling killed two soldiers") or its subject (passive, by a ``by`` agent or a cause
    in its in-phrase: "were wounded by Azerbaijani fire", "were killed in an Israeli strike"; of no
    object: "died in Russian shelling")."""
    verb = tok.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in HARMED:
        return []
    if tok.dep_ == "dobj":
        return [c for c in verb.children if c.dep_ == "nsubj"]
    if tok.dep_ not in ("nsubjpass", "nsubj") or (tok.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in verb.children)):
        return []
    return [g for p in verb.children if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ in CAUSE_PREPOSITIONS)
            for g in p.children if g.dep_ == "pobj"]


def harming_states(doc: Doc, draft: Draft, by_head: Mapping[int, Sequence[Draft]]) -> set[str]:
    """The countries whose party the clause of ``draft`` (unnamed forces or police) tells harming
    it, the doer's phrase (:func:`_harmers` and the owners before it) stating its country
    (:func:`_states_country`: not one the story gave "Jihadists"): ``draft`` is none of theirs."""
    if draft.sector not in _HARMED_FORCES or draft.org is not None:
        return set()
    doers = _harmers(doc[draft.head])
    owned = [t for o in doers for t in (o, *(c for c in o.children if c.dep_ in _OWNERS))]
    return {x.country for t in owned for x in by_head.get(t.i, ())
            if x.country and x.org is None and (x.sector or "") in _STATE_DOERS
            and _states_country(doc[x.start:x.end], True)}
