"""A state's airspace, waters or territory told with a possessive pronoun names its owner: "Poland
shot down drones that entered *its airspace*" is Poland's airspace, as "Polish airspace" is; "the
Baltic states said Russian jets violated *their airspace*" is each state's.

Other things owned by a pronoun stay no actor ("its decision", "their support": ``code.py``); a
sovereign space is where the owner is wronged when someone enters it, so its phrase stands for the
owner (the draft keeps ``poss_pronoun``, and the linker resolves it as it resolves "its army"; one
whose owner names no state or body is dropped, :func:`owners_told`). The nouns are the word classes
``sovereign_space`` ("airspace", "waters", "territory") and ``sovereign_zone`` with a modifier of
``sovereign_zone_kind`` ("its exclusive economic zone", "its air space").

No one enters their own space: the one told coming into it (verbs of ``space_entering``, or of
``space_moving`` with "into") is never its owner, nor is anyone named in the intruder's own phrase
(:func:`space_intruder`, read by ``pronouns.py``); and a subject "it" told entering a space whose
owner is named is not of that owner (:func:`entering_pronoun`: "the coast guard expelled the ship
after *it* intruded into Chinese waters" is the ship).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp.words import word_class
from .draft import Draft

__all__ = ["entering_pronoun", "owners_told", "sovereign_space", "space_acted_on", "space_entered",
           "space_intruder", "space_owner_pronoun"]

_SPACES = word_class("sovereign_space")
_ZONES = word_class("sovereign_zone")
_ZONE_KINDS = word_class("sovereign_zone_kind")
_OWNER_PRONOUNS = frozenset({"its", "their"})
# verbs of coming into a space from outside, with the space as object or after any preposition
# ("violated its airspace", "intruded into its waters", "sailed through its waters")
_ENTERING = word_class("space_entering")
# verbs of moving or sending, coming into a space only with "into" ("sent troops into its territory",
# "flew into its air space"; not "fired missiles from its territory")
_MOVING = word_class("space_moving")


def sovereign_space(tok: Token) -> bool:
    """``tok`` heads a state's space: "airspace", "territorial waters", "the economic zone", "air
    space" (not "a buffer zone", "water", "space")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.lower_ in _SPACES:
        return True
    return tok.lemma_.lower() in _ZONES and any(
        c.dep_ in ("compound", "amod") and c.lower_ in _ZONE_KINDS for c in tok.lefts)


def space_owner_pronoun(tok: Token) -> int | None:
    """The index of the "its" or "their" that owns the sovereign space ``tok`` heads ("entered *its*
    airspace"), else None."""
    if not sovereign_space(tok):
        return None
    return next((c.i for c in tok.lefts if c.dep_ == "poss" and c.lower_ in _OWNER_PRONOUNS), None)


def space_entered(verb: Token) -> Token | None:
    """The sovereign space ``verb`` tells someone coming into: its object ("violated Greek
    airspace"), the object of its preposition ("intruded into Chinese waters", "sailed through its
    waters"), or of "into" after a verb of moving ("sent troops into its territory"); else None."""
    lemma = verb.lemma_.lower()
    for c in verb.children:
        if c.dep_ == "dobj" and lemma in _ENTERING and sovereign_space(c):
            return c
        if c.dep_ == "prep" and (lemma in _ENTERING or (lemma in _MOVING and c.lower_ == "into")):
            space = next((g for g in c.children if g.dep_ == "pobj" and sovereign_space(g)), None)
            if space is not None:
                return space
    return None


def space_acted_on(verb: Token) -> Token | None:
    """The sovereign space that is ``verb``'s object or the object of one of its prepositions,
    whatever the verb ("patrolled Chinese waters", "struck targets in its territory"); else None."""
    for c in verb.children:
        if c.dep_ == "dobj" and sovereign_space(c):
            return c
        if c.dep_ == "prep":
            space = next((g for g in c.children if g.dep_ == "pobj" and sovereign_space(g)), None)
            if space is not None:
                return space
    return None


def space_intruder(pronoun: Token) -> Token | None:
    """The one told entering the space a possessive ``pronoun`` owns, never its owner, nor anyone its
    phrase names ("Russian drones *attacking western Ukraine* crossed into its airspace"): the
    subject of the verb ("Russian *jets* violated their airspace", "a *drone* flew into its air
    space"), the noun a relative or participle clause describes ("*drones* that entered its
    airspace", "*drones* entering its airspace"), the agent of a passive ("its waters were breached
    by *ships*"), the one accused of it ("accused *China* of sending troops into its territory");
    else None."""
    space = pronoun.head
    if pronoun.dep_ != "poss" or space_owner_pronoun(space) != pronoun.i:
        return None
    if space.dep_ == "nsubjpass" and space.head.lemma_.lower() in _ENTERING:
        return next((g for c in space.head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
                    None)
    verb = space.head.head if space.dep_ == "pobj" and space.head.dep_ == "prep" else space.head
    entered = space_entered(verb) if verb.pos_ in ("VERB", "AUX") else None
    if entered is None or entered.i != space.i:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        # "accused *China* of sending troops into its territory": the one accused
        subject = next((c for c in verb.head.head.children if c.dep_ == "dobj"), None)
    if verb.dep_ in ("relcl", "acl") and (subject is None or subject.tag_ in ("WDT", "WP")):
        return verb.head
    return subject


def entering_pronoun(pronoun: Token) -> Token | None:
    """The sovereign space a subject "it" or "they" is told coming into, whose owner it is not ("the
    coast guard expelled the ship after *it* intruded into Chinese waters": the ship, not the coast
    guard); else None."""
    if pronoun.dep_ != "nsubj" or pronoun.lower_ not in ("it", "they"):
        return None
    return space_entered(pronoun.head)


def owners_told(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` without a space owned by a pronoun that names no state or body once linked ("the
    rebels lost control of their territory", "drones entered its airspace" with no owner told): no
    actor, never one of unknown country."""
    return [d for d in drafts if d.known or not d.thing or space_owner_pronoun(doc[d.head]) is None]
