"""Whose is a head of state or government the who's who does not know, named by title and name alone.

"Prime Minister Anil Rao rejected the protest" in a story of Dhaka is Bangladesh's prime minister by
default: the story's country. But his own clause may say otherwise, and that evidence goes first:
a country's or a capital's name that places his clause ("In New Delhi, Prime Minister Anil Rao
said", "Prime Minister Anil Rao, speaking in New Delhi, accused ...") is his country's; and a
head of government whose clause acts on the story's country itself ("Prime Minister Anil Rao
accused Bangladesh of ...") is none of it, but of the story's other country, where it names one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Token

from ..nlp.words import word_class
from .draft import Context, Draft

__all__ = ["unlisted_head_country"]

_AT = word_class("standing_place")
_SUBJECTS = ("nsubj", "nsubjpass")


def unlisted_head_country(tok: Token, ctx: Context, by_head: Mapping[int, Sequence[Draft]],
                          faced: set[str]) -> str | None:
    """The country of a head of state or government of unstated country (head ``tok``) whose clause
    acts on the states ``faced``: a country its clause is placed in, else the story's country unless
    faced, else the story's other country."""
    placed = _placed_in(tok, by_head)
    if len(placed) == 1:
        return placed.pop()
    home = ctx.home
    if home is None or home not in faced:
        return home
    other = [c for c in ctx.top[:2] if c != home and c not in faced]
    return other[0] if other else None


def _placed_in(tok: Token, by_head: Mapping[int, Sequence[Draft]]) -> set[str]:
    """The countries of the country and capital names (not a party's) after a preposition of place on
    the phrase, its verb or a participle set off beside them ("In New Delhi, ...", "speaking in ...")."""
    holders = [tok, *(c for c in tok.children if c.dep_ == "acl")]
    if tok.dep_ in _SUBJECTS and tok.head.pos_ in ("VERB", "AUX"):
        verb = tok.head
        holders += [verb, *(c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG")]
    return {x.country for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in _AT
            for g in p.children if g.dep_ == "pobj" for x in by_head.get(g.i, ())
            if x.from_place and x.country is not None}
