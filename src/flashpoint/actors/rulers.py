"""Rulers who took power by force, named again by a description ("the junta", "the putschists",
"the military government", "the coup leaders").

Such a description with no owner of its own names the rulers the story has established: the last
mention before it that is itself such a description and has a country ("Niger's military
government ... The junta said"), else the party told taking power ("Soldiers in Gabon seized
power ... The coup leaders dissolved parliament"). Never the country the story names most: a
junta's story names the foreign government it quarrels with as often as its own. Used by
``link.py``; the words are the word classes ``junta_description``, ``takeover``, ``seizing`` and
``power_seized``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..nlp.words import word_class
from .draft import Draft

__all__ = ["junta_description", "junta_told"]

_JUNTA = word_class("junta_description")
_TAKEOVER = word_class("takeover")
_SEIZING = word_class("seizing")
_POWER = word_class("power_seized")
_STATE = frozenset({"GOV", "MIL", "COP"})


def junta_description(doc: Doc, d: Draft) -> bool:
    """``d``'s phrase describes rulers who took power by force: its head ("the junta", "the
    putschists") or its modifier and head ("the military government", "the coup leaders")."""
    head = doc[d.head]
    lemma = head.lemma_.lower()
    if lemma in _JUNTA:
        return True
    return any(f"{c.lemma_.lower()} {lemma}" in _JUNTA for c in head.children
               if c.dep_ in ("amod", "compound") and c.i < head.i)


def _takes_power(tok: Token) -> bool:
    """``tok`` is the subject of a verb that tells a taking of power ("toppled the president",
    "seized power", "staged a coup"), or of a verb conjoined to one ("seized power and detained")."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    for v in verbs:
        lemma = v.lemma_.lower()
        if lemma in _TAKEOVER:
            return True
        if lemma in _SEIZING and any(c.dep_ == "dobj" and c.lemma_.lower() in _POWER for c in v.children):
            return True
    return False


def junta_told(doc: Doc, d: Draft, done: Sequence[Draft]) -> Draft | None:
    """The rulers a description of ``d``'s kind with no owner names again: the last known mention
    before it anywhere in the story that is such a description itself, else the last state party
    (an army, officers, a government) told taking power; None when the story told neither."""
    before = [c for c in reversed(done) if c.head < d.head and c.country is not None and c.org is None]
    told = next((c for c in before if junta_description(doc, c)), None)
    if told is not None:
        return told
    return next((c for c in before if c.sector in _STATE and _takes_power(_top(doc, c))), None)


def _top(doc: Doc, d: Draft) -> Token:
    """The token that carries ``d``'s role in its clause: the first conjunct of a coordination."""
    return doc[d.head if d.group is None else d.group]
