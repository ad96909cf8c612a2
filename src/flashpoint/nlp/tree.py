"""Walks over the dependency tree that need no word lists, so that every stage, ``time/``
included, can use them without importing the stages' lexicons."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["first_conjunct", "inside_relative_clause"]


def first_conjunct(tok: Token) -> Token:
    """The first conjunct of the coordination ``tok`` is in ("Burkina Faso and Niger" → Faso), or
    ``tok`` itself."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def inside_relative_clause(tok: Token) -> bool:
    """``tok`` is in a relative clause, at any depth ("who have led the *protests* for months")."""
    for _ in range(len(tok.doc)):
        if tok.dep_ == "relcl":
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
