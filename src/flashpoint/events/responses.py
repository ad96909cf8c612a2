"""The deed a threat answers: "vowed to respond to every strike", "vowed to retaliate for the attack",
"vowed to avenge the killing" take on that deed, whose doer is the one threatened (the strikes the
story told, by whoever did them), not the party the story names most. The complement is a verb of
answering another's deed (word class ``reacting``) with a to/for-phrase, or "avenge" with an object,
naming a noun of conflict the lexicon knows."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.words import word_class

__all__ = ["deed_answered"]

_REACTING = word_class("reacting")
_ANSWER_PREPS = frozenset({"to", "for"})


def deed_answered(comp: Token) -> Token | None:
    """The noun of the deed the threat's complement ``comp`` answers ("respond to every *strike*",
    "avenge the *killing*"), or None."""
    lemma = comp.lemma_.lower()
    if lemma == "avenge":
        return next((c for c in comp.children if c.dep_ == "dobj"), None)
    if lemma not in _REACTING:
        return None
    return next((g for c in comp.children if c.dep_ == "prep" and c.lower_ in _ANSWER_PREPS
                 for g in c.children if g.dep_ == "pobj"), None)
