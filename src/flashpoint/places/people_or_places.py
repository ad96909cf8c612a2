"""Whether a name the gazetteer knows is told as a person or as a place, from its role in the clause.

* A one-word name that speaks ("Hassan said", "said Bali", "according to Hassan"; the verbs of word
  classes ``speech``, ``charge_speech`` and ``appeal_speech``) is a person, or else a state, a capital or a
  region standing for its government ("Moscow said"): never a town (:func:`speaks`).
* A name coordinated with the object of a locative preposition ("in Tammun and Tubas") is told after
  that preposition as much as the first (:func:`listed_after_a_place_preposition`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from flashpoint.nlp.words import word_class

__all__ = ["speaks", "listed_after_a_place_preposition"]

_SAYING = word_class("speech", "charge_speech", "appeal_speech")
_PLACE_PREPOSITIONS = word_class("place_preposition")


def speaks(span: Span) -> bool:
    """``span`` is one word, the subject of a verb of saying or the object of "according to"."""
    if len(span) != 1:
        return False
    tok = span[0]
    if tok.dep_ == "nsubj" and tok.head.pos_ in ("VERB", "AUX") and tok.head.lemma_.lower() in _SAYING:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"


def listed_after_a_place_preposition(tok: Token) -> bool:
    """``tok`` is a conjunct of the object of a locative preposition ("in Tammun and Tubas": Tubas)."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.i != tok.i and first.dep_ == "pobj" and first.head.lower_ in _PLACE_PREPOSITIONS
