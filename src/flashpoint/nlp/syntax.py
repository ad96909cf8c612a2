"""Readings of the parse that more than one stage needs, where the small model's tags mislead."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..time.lexicon import MONTHS, WEEKDAY_TOKENS
from .words import word_class

__all__ = ["nominal_gerund", "stance_prefixed", "name_in_a_time"]

_STANCE_PREFIXES = word_class("stance_prefix")
_HYPHENS = ("-", "\u2010", "\u2011")


def stance_prefixed(doc: Doc, start: int) -> bool:
    """Whether the name starting at token ``start`` follows a stance prefix written as one word with
    it ("pro-EU protesters", "anti-Kremlin activists", "pro-Russian separatists"), or its span starts
    with one (the tagger's entity "Pro-Russian"): the name says whom they are for or against, not
    who or where they are."""
    for k in (start - 2, start):
        if k >= 0 and k + 2 < len(doc):
            prefix, dash = doc[k], doc[k + 1]
            if (prefix.lower_ in _STANCE_PREFIXES and dash.text in _HYPHENS
                    and not prefix.whitespace_ and not dash.whitespace_):
                return True
    return False


def nominal_gerund(tok: Token) -> bool:
    """A gerund the tagger took for a verb but the sentence uses as a noun: a subject or object with
    no subject or object of its own ("*Fighting* between the two armies erupted", "condemned the
    *shelling* of the city", "Heavy Russian *shelling* killed two"; not "*shelling* the city killed
    three")."""
    return (tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "csubj") for c in tok.children))


def name_in_a_time(tok: Token) -> bool:
    """A proper name the entity tagger swept into a time or date ("an attack on Kyiv overnight":
    "Kyiv overnight" tagged TIME), not a month or a day of the week."""
    return tok.pos_ == "PROPN" and tok.lower_ not in MONTHS and tok.lower_ not in WEEKDAY_TOKENS
