"""Whether a name the gazetteer knows is told as a person or as a place, from its role in the clause.

* A one-word name that speaks ("Hassan said", "said Bali", "according to Hassan"; the verbs of word
  classes ``speech``, ``charge_speech`` and ``appeal_speech``) is a person, or else a state, a capital or a
  region standing for its government ("Moscow said"): never a town (:func:`speaks`).
* A name coordinated with the object of a locative preposition ("in Tammun and Tubas") is told after
  that preposition as much as the first; so is one in a list that holds a name the NER calls a place
  ("attacked Solenzo, Diapaga, Fada N'Gourma and Kaya": a list of towns, whatever the tagger made of
  its other words) (:func:`listed_after_a_place_preposition`).
"""

from __future__ import annotations

from spacy.tokens import Span

from flashpoint.nlp.words import word_class

__all__ = ["speaks", "listed_after_a_place_preposition"]

_SAYING = word_class("speech", "charge_speech", "appeal_speech")
_PLACE_PREPOSITIONS = word_class("place_preposition")
_NER_PLACES = frozenset(("GPE", "LOC"))


def speaks(span: Span) -> bool:
    """``span`` is one word, the subject of a verb of saying or the object of "according to"."""
    if len(span) != 1:
        return False
    tok = span[0]
    if tok.dep_ == "nsubj" and tok.head.pos_ in ("VERB", "AUX") and tok.head.lemma_.lower() in _SAYING:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"


def listed_after_a_place_preposition(span: Span) -> bool:
    """The name ``span`` (its head) is a conjunct of the object of a locative preposition ("in Tammun
    and Tubas": Tubas), or a whole name that is a member of a coordination of three names or more,
    another of which the NER calls a place ("struck Baidoa, Kismayo, Jilib and Dhobley": Jilib,
    Dhobley; not "Russia and Putin", nor a word of a longer name, "Miranshah, Mir Ali and Wana": no Ali)."""
    doc, tok = span.doc, span.root
    if span[0].ent_iob_ == "I" or span.end < len(doc) and doc[span.end].ent_iob_ == "I":
        return False
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.i != tok.i and first.dep_ == "pobj" and first.head.lower_ in _PLACE_PREPOSITIONS:
        return True
    members = [first]
    for member in members:  # (the conjuncts of the conjuncts: "A, B, C and D" chains them)
        members.extend(c for c in member.children if c.dep_ == "conj" and c.pos_ == "PROPN")
    return len(members) >= 3 and any(m.i != tok.i and m.ent_type_ in _NER_PLACES for m in members)
