"""Whom a third party's "he" or "she" stands for: the one the party speaks for.

"His lawyer said police had detained him at his home", "Her sister said officers had beaten her", "A
spokesman for his family said agents had taken him", "His lawyer said he would appeal": the teller's
own phrase owns them by a possessive of the pronoun's sex ("*his* lawyer", "a spokesman for *his*
family"), and the pronoun in what the teller says is that owner, the person named before, not the
teller, who tells of another's fate. Used by ``pronouns.Antecedents``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.words import word_class

__all__ = ["spoken_for"]

_SEX = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_SPEECH = word_class("speech")
_SUBJECTS = ("nsubj", "nsubjpass")
_HOPS = 4  # (a pronoun's way up to its clause: "detained him at his home", "taken from him")


def spoken_for(pronoun: Token, word: str) -> Token | None:
    """The possessive pronoun of ``word``'s sex inside the phrase of the teller of the clause
    ``pronoun`` is in ("*His* lawyer said police had detained him"), or None: the pronoun is that
    possessive's person, not the teller."""
    sex = _SEX.get(word)
    teller = _teller(pronoun) if sex is not None else None
    if teller is None:
        return None
    return next((t for t in teller.subtree if t.dep_ == "poss" and t.i < pronoun.i and _SEX.get(t.lower_) == sex), None)


def _teller(pronoun: Token) -> Token | None:
    """The subject of the verb of saying whose reported clause ``pronoun`` is in, or None."""
    tok = pronoun.head if pronoun.dep_ == "poss" else pronoun
    for _ in range(_HOPS):
        if tok.dep_ == "ccomp":
            if tok.head.lemma_.lower() not in _SPEECH:
                return None
            return next((c for c in tok.head.children if c.dep_ in _SUBJECTS), None)
        if tok.head.i == tok.i or tok.dep_ in ("conj", "relcl", "advcl"):
            return None
        tok = tok.head
    return None
