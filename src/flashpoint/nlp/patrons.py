"""A state named only as the patron of an armed party ("rebels backed by Rwanda", "militias
supported by Iran", "fighters allied with Russia", "gunmen loyal to Turkey", "Iran-backed
militants") says who backs that party, not where the story happens nor whose its unnamed forces
are: the actors stage does not count it among the countries an article is about, so "the rebels"
and "the army" of such a story are not the patron's (word classes ``patron_suffix``,
``patron_tie``)."""

from __future__ import annotations

from spacy.tokens import Token

from .syntax import patron_suffixed
from .words import word_class

__all__ = ["patron_named"]

_PATRON_PARTICIPLES = word_class("patron_suffix")
_PATRON_TIES = word_class("patron_tie")
_STEPS = ("conj", "compound", "appos")


def patron_named(tok: Token) -> bool:
    """``tok`` (the last word of a name) names the patron of a party: the agent of a participle of
    patronage ("backed by Rwanda", "armed and funded by Iran and Syria"), the object of a word of
    allegiance ("allied with Russia", "loyal to Turkey"), or a name joined to a suffix of patronage
    ("Iran-backed")."""
    if patron_suffixed(tok.doc, tok.i + 1):
        return True
    t = tok
    while t.dep_ in _STEPS and t.head is not t:
        t = t.head  # ("backed by Rwanda and Uganda", "supported by Saudi Arabia")
    if t.dep_ != "pobj":
        return False
    prep = t.head
    if prep.lower_ == "by" and prep.dep_ == "agent":
        word = prep.head
        return word.lower_ in _PATRON_PARTICIPLES or any(
            c.dep_ == "conj" and c.lower_ in _PATRON_PARTICIPLES for c in word.children) or (
            word.dep_ == "conj" and word.head.lower_ in _PATRON_PARTICIPLES)
    # (a person one is loyal to is whose side one is on, his country one's own: "forces loyal to
    # Haftar", ``actors/rightside.RightSide._loyal_to``)
    return f"{prep.head.lower_} {prep.lower_}" in _PATRON_TIES and tok.ent_type_ != "PERSON"
