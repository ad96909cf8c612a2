"""Readings of the parse that more than one stage needs, where the small model's tags mislead."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["nominal_gerund"]


def nominal_gerund(tok: Token) -> bool:
    """A gerund the tagger took for a verb but the sentence uses as a noun: a subject or object with
    no subject or object of its own ("*Fighting* between the two armies erupted", "condemned the
    *shelling* of the city", "Heavy Russian *shelling* killed two"; not "*shelling* the city killed
    three")."""
    return (tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "csubj") for c in tok.children))
