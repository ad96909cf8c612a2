"""Walks over the dependency tree that need no word lists, so that every stage, ``time/``
included, can use them without importing the stages' lexicons."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["first_conjunct", "inside_relative_clause", "reported_clause", "second_report"]


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


def reported_clause(clause: Token) -> Token:
    """The first of the reported clauses that ``clause`` is coordinated after, which tells whose
    report both are ("said it had no intention of striking Poland and that *its* drones had attacked
    Ukrainian plants": the second is the speaker's too); else ``clause`` itself. A clause opened by
    "and that" is a reported clause of its own even where the parser hangs it on a verb inside the
    first ("said it had no plans to strike Poland and that its drones attacked ...")."""
    if second_report(clause):
        return next((a for a in clause.ancestors if a.dep_ == "ccomp"), clause)
    first = clause
    while first.dep_ == "conj":
        first = first.head
    return first if first.dep_ == "ccomp" else clause


def second_report(clause: Token) -> bool:
    """``clause`` opens with "and that" or "but that": a second reported clause, coordinated with a
    first one, whatever the parser hung it on."""
    return any(c.dep_ == "mark" and c.lower_ == "that" and c.i > 0 and c.doc[c.i - 1].dep_ == "cc"
               for c in clause.children)
