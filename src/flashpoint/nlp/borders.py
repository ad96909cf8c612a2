"""A name that stands for one side of a border ("along the Texas border", "Syria's border", "the
border with Serbia") says neither where an event happened nor whose story it is: the places stage
does not take it as an event's location, and the actors stage does not count it among the countries
an article is about."""

from __future__ import annotations

from spacy.tokens import Token

from .words import word_class

__all__ = ["BORDER_NOUNS", "side_of_border"]

BORDER_NOUNS = word_class("border")


def side_of_border(root: Token) -> bool:
    """``root`` (the head word of a name) names a side of a border."""
    head = root.head
    if root.dep_ in ("compound", "poss", "amod", "nmod") and head.lower_ in BORDER_NOUNS:
        return True
    return root.dep_ == "pobj" and head.lower_ in ("with", "of") and head.head.lower_ in BORDER_NOUNS
