"""A day that ends a relative clause telling what the deed's object was carrying or where it was
heading: "seized a ship that was carrying weapons off the coast on Tuesday", "struck a boat it said
was carrying drugs in the Caribbean on Tuesday", "intercepted a flotilla that was heading to Gaza on
Wednesday", "boarded a tanker that was loaded with fuel on Sunday".

The parser hangs the day on the relative clause's verb, but that clause tells no event of its own: a
progressive of carrying or moving (word class ``object_state_progressive``: "was carrying", "were
heading") or a passive of a state (word class ``object_state_passive``: "was loaded with", "was bound
for") describes the object as it was when the deed was done to it, so the day told at the clause's
end is the deed's. Not a clause of a deed of its own ("killed a commander who had led attacks on
Monday": a past perfect, an earlier deed), nor one on the doer ("the minister, whose convoy was
attacked on Monday, accused ...": :mod:`flashpoint.time.clauses` keeps that day from the main verb),
nor a day told before the clause's last words ("a ship that was carrying weapons on Tuesday to the
port", where the day may be the carrying's alone).
"""

from __future__ import annotations

from spacy.tokens import Token

from flashpoint.nlp.words import word_class

__all__ = ["day_of_the_object_state"]

_PROGRESSIVE = word_class("object_state_progressive")
_PASSIVE = word_class("object_state_passive")
_SPEECH = word_class("speech")
_PAST_BE = frozenset(("was", "were"))


def day_of_the_object_state(anchor: Token, trigger: Token) -> bool:
    """``anchor`` (the head of a day expression) ends a relative clause on the trigger's object whose
    verb describes the object's state (see the module docstring)."""
    node = anchor.head if anchor.dep_ == "pobj" and anchor.head.dep_ == "prep" else anchor
    verb = node.head
    if node.i == verb.i or node.i < verb.i or not _describes_a_state(verb):
        return False
    if any(c.i > node.i and c.dep_ != "punct" and not (c.dep_ == "advcl" and c.tag_ == "VBG")
           for c in verb.children):
        return False  # (the day is not the clause's last words; a participle after it is the deed's)
    clause = verb
    if clause.dep_ == "ccomp" and clause.head.dep_ == "relcl" and clause.head.lemma_.lower() in _SPEECH:
        clause = clause.head  # ("a boat it said was carrying drugs")
    if clause.dep_ != "relcl":
        return False
    return _object_of(clause.head, trigger)


def _describes_a_state(verb: Token) -> bool:
    """``verb`` is a past progressive of carrying or moving ("was carrying", "were heading") or a past
    passive of a state ("was loaded with", "was bound for")."""
    auxes = {c.dep_: c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    lemma = verb.lemma_.lower()
    if verb.tag_ == "VBG":
        return auxes.get("aux") in _PAST_BE and "auxpass" not in auxes and lemma in _PROGRESSIVE
    return verb.tag_ == "VBN" and auxes.get("auxpass") in _PAST_BE and "aux" not in auxes and lemma in _PASSIVE


def _object_of(noun: Token, trigger: Token) -> bool:
    """``noun`` is the trigger's direct object or the object of a preposition on the trigger ("fired on
    a boat that was heading ...")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.dep_ == "dobj":
        return noun.head.i == trigger.i
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == trigger.i
