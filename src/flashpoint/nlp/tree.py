"""Walks over the dependency tree that need no word lists, so that every stage, ``time/``
included, can use them without importing the stages' lexicons."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["first_conjunct"]


def first_conjunct(tok: Token) -> Token:
    """The first conjunct of the coordination ``tok`` is in ("Burkina Faso and Niger" → Faso), or
    ``tok`` itself."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok
