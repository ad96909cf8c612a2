"""Names that describe: a verb of naming in a restrictive relative clause of a noun of people
("boats carrying people the administration calls narco-terrorists", "men that the junta labels
bandits") picks out whom the noun means by the name one party gives them; it tells no new deed of
that party, so it is no criticism event (111). A clause set apart by a comma ("the protesters, whom
the minister called traitors") still tells that the minister called them so, and a noun of a deed
("a move Israel called a reward for terrorism") is judged by its name."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors import actors_for
from ..nlp.words import word_class

__all__ = ["describing_name"]

DEED_NOUNS = word_class("deed_noun")


def _described(tok: Token) -> Token | None:
    """The noun a clause of ``tok`` describes: the head of its relative clause, or, where the parser
    hung a clause with no relative word on the main verb ("struck boats carrying people the
    administration calls narco-terrorists": a ccomp of "struck"), the noun right before it when the
    naming verb has only the name as its object (the one named is the noun, not in the clause)."""
    if tok.dep_ == "relcl":
        return tok.head if tok.head.i != tok.i else None
    if tok.dep_ != "ccomp" or any(c.dep_ == "mark" for c in tok.children):
        return None
    if sum(c.dep_ in ("dobj", "oprd", "dative") for c in tok.children) != 1:
        return None
    start = tok.left_edge.i
    before = tok.doc[start - 1] if start > 0 else None
    return before if before is not None and before.dep_ in ("dobj", "pobj") else None


def describing_name(tok: Token) -> bool:
    """``tok`` is a verb of naming in a restrictive relative clause whose noun names people."""
    head = _described(tok)
    if head is None or head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() in DEED_NOUNS:
        return False
    start = tok.left_edge.i
    if start > 0 and tok.doc[start - 1].lower_ in (",", "(", "-", "—", "–"):
        return False  # (a clause set apart: its naming is told as a deed)
    return any(a.sector is not None or a.org is not None or a.country is not None
               for a in actors_for(tok.doc, head))
