"""Supporters of a state body: "junta supporters", "supporters of the government", "hundreds of
pro-government supporters" are people of that body's country who side with it, civilians, never
the body itself (its army, its government): they march and rally, and a deed of theirs is no deed of
the state's forces (word class ``supporter_noun``; "loyalists", "backers" may be armed men or
states and keep their body's sector). The followers of a person of a non-state side are of that
side: "Opposition leader Juan Perez ... Perez's supporters", "Raila Odinga's supporters" are the
opposition, as "his supporters" are (word class ``follower``); a state's person's stay civilians
("President Kofi Mensah ... Mensah's supporters"). Used by ``code.py`` and ``link.py``."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.words import word_class
from .draft import Draft
from .story import NON_STATE, OFFICES

__all__ = ["FOLLOWERS", "follower_sector", "state_supporters", "supporters_sector"]

FOLLOWERS = word_class("follower")  # supporter, follower, loyalist, ...
_SUPPORTERS = word_class("supporter_noun")
_HOPS = 3


def _supporter_phrase(tok: Token) -> bool:
    """``tok`` is a noun of supporters, or a count of them through its of-phrase ("hundreds of junta
    supporters", "thousands of supporters of the junta")."""
    t = tok
    for _ in range(_HOPS):
        if t.lemma_.lower() in _SUPPORTERS or t.lower_ in _SUPPORTERS:
            return True
        of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is None:
            return False
        t = obj
    return False


def state_supporters(tok: Token, d: Draft) -> bool:
    """``d``, the phrase headed by ``tok``, was coded as a state body ("junta supporters": the army)
    but names that body's supporters: they are its country's civilians (a supporter is a person of
    the crowd, sectors.yml's CVL, not a person of the body's)."""
    return d.sector in OFFICES and (not d.person or tok.lemma_.lower() in _SUPPORTERS) and _supporter_phrase(tok)


def supporters_sector(tok: Token, d: Draft) -> str | None:
    """The sector of ``d``, the phrase headed by ``tok``, where it names supporters: a state body's
    are its country's civilians (:func:`state_supporters`); a named organisation's are its own side,
    of its sector ("Hezbollah supporters": the group's, through its name); anyone else's, or no one
    named's, are the crowd a supporter is (sectors.yml's CVL: "Hundreds of his supporters rallied",
    "Supporters clashed with police")."""
    if state_supporters(tok, d):
        return "CVL"
    if d.org is not None and d.sector == "CVL" and tok.lemma_.lower() in _SUPPORTERS:
        return None
    return d.sector


def follower_sector(d: Draft, owner: Draft) -> str | None:
    """The sector of ``d``, a phrase of ``owner``'s (a possessor, a surname standing for a person told
    before): the owner's where ``d`` names followers, of no sector of their own or civilians, and the
    owner is of a non-state side (opposition, rebels); ``d``'s own otherwise."""
    if d.lemma in FOLLOWERS and d.sector in (None, "CVL") and owner.sector in NON_STATE:
        return owner.sector
    return d.sector
