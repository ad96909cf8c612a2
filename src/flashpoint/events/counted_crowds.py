"""A crowd told by its count alone protests as protesters: "thousands marched through the capital",
"hundreds stormed parliament", "tens of thousands of people rallied in Tbilisi".

A count word (word class ``count``: "thousands", "hundreds", "dozens", "tens of thousands") is no
actor of its own, so the subject of such a protest (CAMEO root 14) gave the deed no doer and no
event. As the subject of a protest it is the protest's crowd: the protesters, of the country the
story gives them, as the crowd of an agentless protest noun is ("protests spread across the country":
``implied.protesters``). Only the count alone, of more counts ("tens of thousands") or of people
("thousands of people"): "thousands of soldiers" names an actor of its own, and a count as the
subject of any other deed ("thousands fled", "hundreds were killed") is no crowd that protests.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.words import word_class

__all__ = ["counted_crowd"]

_COUNTS = word_class("count")
_PEOPLE = frozenset({"people", "person"})


def counted_crowd(subject: Token | None) -> bool:
    """``subject`` (a protest's subject) is a count of people with nothing else said of who they are."""
    if subject is None or subject.lemma_.lower() not in _COUNTS or subject.ent_type_ in ("PERSON", "ORG", "NORP"):
        return False
    for c in subject.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            if not all(g.lemma_.lower() in _COUNTS | _PEOPLE and _says_no_more(g) for g in c.children
                       if g.dep_ == "pobj"):
                return False
        elif c.dep_ in ("amod", "compound", "poss", "appos", "relcl", "acl"):
            return False
    return True


def _says_no_more(noun: Token) -> bool:
    """The object of the count's of-phrase says no more of who they are ("of thousands", "of
    people"; not "of people from the north" nor "of Serbian people")."""
    return not any(c.dep_ in ("amod", "compound", "poss", "prep", "appos", "relcl", "acl") for c in noun.children)
