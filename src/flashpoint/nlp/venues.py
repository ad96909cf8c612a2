"""A venue or a mediator: a country or city named only as where talks are held or an accord is made
("resumed talks in Havana", "the ceasefire agreed in Washington", "the Minsk agreements"), or only
as the third party that brokers them ("under Cuban mediation", "mediated by Qatar"). Neither is a
party to the talks: no target of what the parties do, and no evidence of whose the story's unnamed
forces are (the actors stage does not count such a name among the countries of the story).
"""

from __future__ import annotations

from spacy.tokens import Token

from .words import word_class

__all__ = ["venue_word", "mediator_word", "accord_participle", "parties_told", "MEETINGS", "VENUE_PREPS"]

MEETINGS = word_class("meeting")
VENUE_PREPS = word_class("venue_preposition")
_ACCORD_MADE = word_class("accord_making")
_MEDIATION = word_class("mediation")


def venue_word(t: Token) -> bool:
    """The word ``t`` (a place's or country's name) names only where a meeting, talks or an accord is
    held or made: in a place phrase of such a word ("talks in Doha"), of the verb a noun of it governs
    ("resumed talks at Doha", "a deal reached in Cairo"), of a participle that tells an accord made
    ("the truce agreed in Washington", "brokered in Jeddah"), or naming it ("the Minsk agreements")."""
    if t.dep_ == "compound" and t.head.lemma_.lower() in MEETINGS:
        return True
    if t.lemma_.lower() in MEETINGS and not any(c.dep_ == "poss" for c in t.children) and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children):
        return True  # (the accord itself, coded by the place that names it: not "Iran's agreement")
    while t.dep_ in ("appos", "conj", "compound") and t.head is not t:
        t = t.head  # "in Cairo, Egypt"
    if t.dep_ != "pobj" or t.head.lower_ not in VENUE_PREPS:
        return False
    held = t.head.head
    return held.lemma_.lower() in MEETINGS or (
        held.dep_ in ("acl", "relcl") and held.head.lemma_.lower() in MEETINGS) or any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in MEETINGS for c in held.children) or (
        accord_participle(held))


def accord_participle(t: Token) -> bool:
    """``t`` is a participle of an accord made, with no subject of its own ("the truce agreed in
    Doha", "a deal brokered in Jeddah"; the parser hangs it on the noun or on the verb before)."""
    return t.dep_ in ("acl", "advcl") and t.lemma_.lower() in _ACCORD_MADE \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)


def mediator_word(t: Token) -> bool:
    """The word ``t`` (a country's name or adjective) names only the third party that brokers talks:
    the owner of a mediation ("under Cuban mediation", "with Qatar's mediation", "under Saudi
    auspices"), the mediation so named, or the agent of a participle of mediating ("talks mediated
    by Qatar"), or the mediator so named ("Qatari mediators", "a mediator from Kenya")."""
    if _mediating(t) and t.tag_.startswith("NN"):
        return True  # (the mediation itself, named by its owner: "Venezuelan mediation")
    while t.dep_ == "conj" and t.head is not t:
        t = t.head  # ("under Qatari and Egyptian mediation")
    if t.dep_ in ("amod", "poss", "compound") and _mediating(t.head) and t.head.tag_.startswith("NN"):
        return True
    if t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.dep_ == "agent":
        return _mediating(t.head.head)
    # ("a mediator from Kenya", "mediators of the African Union")
    return t.dep_ == "pobj" and t.head.lower_ in ("from", "of") and _mediating(t.head.head) \
        and t.head.head.tag_.startswith("NN")


def _mediating(t: Token) -> bool:
    return t.lemma_.lower() in _MEDIATION or t.lower_ in _MEDIATION


def parties_told(thing: Token) -> bool:
    """The parties to the talks or accord ``thing`` (an object noun) are told beside it: its verb's
    subject is a coordination ("Colombia and the ELN resumed talks"), or the noun or its verb has a
    with- or between-phrase ("held talks with the rebels"). Their host is then no party; a lone
    visitor's summit abroad ("will attend a summit in Peru") is a meeting with its host."""
    verb = thing.head
    if any(c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "conj" for g in c.children) for c in verb.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("with", "between") and any(g.dep_ == "pobj" for g in c.children)
               for t in (thing, verb) for c in t.children)
