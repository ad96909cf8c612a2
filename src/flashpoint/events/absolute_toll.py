"""Victims told in an absolute clause after a toll: "80 civilians had been killed in Gondar, most of
them shot at close range", "dozens were wounded, many of them beaten with sticks". The parser reads
the participle as an active verb whose subject is the partitive ("most of them shot"), but its
subject is the people it befell, told just before, and the clause has no doer of its own: no deed
of the victims. The harm is the toll the clause before tells. Read by ``no_deed.told_as_no_deed``."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.words import word_class

__all__ = ["victims_told_absolute"]

PARTITIVES = word_class("quantifier_anaphor") | {"all", "each", "one", "two", "three", "none"}
HARM_DONE = word_class("harm_participle")  # shot, beaten, stabbed, killed


def victims_told_absolute(tok: Token) -> bool:
    """``tok`` is a verb of harm with no auxiliary and no object, after a comma, whose subject is a
    partitive of a pronoun ("most of them shot at close range")."""
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBN") or tok.lemma_.lower() not in HARM_DONE:
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj") for c in tok.children):
        return False
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in PARTITIVES or subject.i == 0 or tok.doc[subject.i - 1].text != ",":
        return False
    return any(p.lower_ == "of" and any(g.pos_ == "PRON" for g in p.children) for p in subject.children)
