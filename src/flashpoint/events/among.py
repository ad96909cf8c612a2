"""People told as among those a deed befell: "Opposition leader X was among those arrested", "A boy
was among those killed", "Among those detained was a French citizen", "X was one of 40 people
arrested". The participle describes the group; the copula counts someone in it: a deed done to the
one it names (a new target of the deed told before, whose doer the story carries, as for an agentless
passive; none where none is told), not a description of people (:mod:`flashpoint.events.background`).
Read by :mod:`flashpoint.events.extract`, :mod:`flashpoint.events.background` and the retelling rule
(:class:`flashpoint.events.story.Retold`)."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.words import word_class
from .arguments import target_token
from .lexicon import ActionEntry

__all__ = ["told_among", "target_or_member"]

AMONG = word_class("counting_among")
_ONE = "one"  # "X was one of 40 people arrested"


def told_among(tok: Token) -> Token | None:
    """The one a copula counts among the people the participle ``tok`` (of no agent) describes: the
    subject ("X was among those arrested", "X was one of 40 people detained") or the complement
    ("Among those killed were two journalists"); None where ``tok`` describes people otherwise ("the
    families of those killed")."""
    if tok.tag_ != "VBN" or tok.dep_ != "acl" or any(c.dep_ == "agent" for c in tok.children):
        return None
    group = tok.head
    prep = group.head
    if group.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    if prep.lower_ in AMONG:
        counted, be = prep, prep.head
    elif prep.lower_ == "of" and prep.head.lower_ == _ONE and prep.head.dep_ == "attr":
        counted, be = prep.head, prep.head.head
    else:
        return None
    if be.lemma_ != "be" or be.i == counted.i:
        return None
    return next((c for c in be.children if c.dep_ in ("nsubj", "attr") and c.i != counted.i
                 and c.pos_ in ("NOUN", "PROPN")), None)


def target_or_member(tok: Token, entry: ActionEntry) -> tuple[Token | None, str, bool]:
    """:func:`~flashpoint.events.arguments.target_token`, but the one counted among those ``tok``
    befell (:func:`told_among`) where the sentence counts someone so."""
    member = told_among(tok) if entry.kind == "verb" else None
    if member is not None:
        return member, "the one counted among those it befell", False
    return target_token(tok, entry)
