"""A teller's own deed told by itself: the subjects of the clauses a teller reports that name the
teller ("The ministry said *it* had summoned ...", "the authorities said *they* had ...", "the army
said *its* troops had ..."). "They" of a singular teller are others ("The army said they had shelled
army positions": the enemy). Used by ``own_deeds_told`` and ``envoy_hosts``."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.words import word_class

__all__ = ["OWN_POSSESSIVES", "own_reported_subjects"]

_SPEECH = word_class("speech")
# the possessives by which a teller names its own: "its positions", "our villages"
OWN_POSSESSIVES = word_class("first_person_possessive") | {"its"}
# the pronouns by which a teller tells of itself as the reported clause's subject
_SELF = frozenset({"it", "we"})
_PLURAL = "they"
_PLURAL_TAGS = ("NNS", "NNPS")


def own_reported_subjects(tok: Token) -> list[Token]:
    """The subjects of the clauses ``tok``, the subject of a verb of saying, reports that tell of
    ``tok`` itself (see the module); empty otherwise."""
    if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in _SPEECH:
        return []
    clauses = (c for c in tok.head.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX"))
    subjects = (next((c for c in clause.children if c.dep_ == "nsubj"), None) for clause in clauses)
    return [s for s in subjects if s is not None and _self(s, tok)]


def _self(subject: Token, teller: Token) -> bool:
    """``subject`` tells of the ``teller`` itself: "it", "we", "they" of a plural teller ("the
    authorities said they had ..."; of "the army" they are others), or a phrase it owns ("its officers")."""
    if subject.lower_ == _PLURAL:
        return teller.tag_ in _PLURAL_TAGS
    return subject.lower_ in _SELF or any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in subject.children)
