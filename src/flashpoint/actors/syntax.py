"""Small helpers over spaCy's dependency parse used by the actor coder."""

from __future__ import annotations

from collections.abc import Sequence

import numpy
from spacy.tokens import Doc, Token

from .draft import Draft

__all__ = ["left_edge", "hit_head", "head_indices", "conj_chain", "trim"]


def left_edge(c: Token) -> int:
    """The first token of a pre-modifier, leaving out adverbial material ("Hours earlier")."""
    edge = c.i
    for x in c.lefts:
        if x.dep_ not in ("npadvmod", "advmod"):
            edge = min(edge, left_edge(x))
    return edge


def hit_head(doc: Doc, start: int, end: int, heads: Sequence[int] | None = None) -> int:
    """The token of [start, end) whose syntactic head lies outside it (the last one if several).

    ``heads``: the head index of every token of ``doc`` (:func:`head_indices`), when calling in a loop.
    """
    if heads is None:
        heads = [t.head.i for t in doc[start:end]]
        offset = start
    else:
        offset = 0
    best = end - 1
    for i in range(start, end):
        h = heads[i - offset]
        if not (start <= h < end) or h == i:
            best = i
    return best


def head_indices(doc: Doc) -> list[int]:
    """The head index of every token of ``doc`` (a token without a parse heads itself)."""
    rel = doc.to_array("HEAD").view(numpy.int64)  # signed offsets to the head (stored unsigned)
    heads: list[int] = (rel + numpy.arange(len(doc), dtype=numpy.int64)).tolist()
    return heads


def conj_chain(tok: Token) -> list[Token]:
    """The conjuncts coordinated with ``tok`` after it ("the US and the EU" → [EU])."""
    out: list[Token] = []
    stack = [c for c in tok.rights if c.dep_ == "conj"]
    while stack:
        c = stack.pop(0)
        out.append(c)
        stack.extend(x for x in c.rights if x.dep_ == "conj")
    return out


def trim(doc: Doc, d: Draft) -> None:
    """Drop trailing punctuation and spaces (but keep a closing bracket whose opening is inside)."""
    while d.end - 1 > d.head:
        t = doc[d.end - 1]
        if t.text in (")", "]") and any(x.text in ("(", "[") for x in doc[d.start:d.end - 1]):
            break
        if t.pos_ not in ("PUNCT", "SPACE") and not t.is_space:
            break
        d.end -= 1
