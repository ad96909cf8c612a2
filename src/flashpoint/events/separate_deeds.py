"""Two deeds of one kind told in one sentence, each on an object of its own, one after the other.

"Protesters set fire to a police station and, hours later, torched the governor's office",
"demonstrators stormed the parliament building and then stormed the presidential palace", "the
militants killed three soldiers in Gao and, on Wednesday, killed two policemen in Timbuktu": the
rules keep one record per root and pair in a sentence ("arrested and detained 20 people", "killed
three and wounded ten": one deed told by two verbs), so the second deed was lost where its target
has the first's country. Two verbs are two deeds when each has a direct object of its own and the
second is a conjunct of the first told after it (a sequel adverb, word class ``sequel``, or a time
phrase of its own: "hours later", "on Wednesday") or at a place of its own ("in Gao ... in Timbuktu").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.words import word_class

__all__ = ["deed_of_its_own", "telling_verb"]

SEQUEL = word_class("sequel")  # then, later, afterwards, subsequently ...
_TIME_ENTITIES = ("DATE", "TIME")
_PLACE_ENTITIES = ("GPE", "LOC", "FAC")


def _object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _told_after(first: Token, verb: Token) -> bool:
    """The conjunct ``verb`` has a sequel adverb or a time phrase of its own ("and then stormed",
    "and, hours later, torched", "and, on Wednesday, killed"; the parser may hang the phrase between
    "and" and the verb on the first verb)."""
    joint = next((c.i for c in first.children if c.dep_ == "cc" and c.i < verb.i), verb.i)
    words = [*verb.children, *(c for c in first.children if joint < c.i < verb.i)]
    for c in words:
        if c.dep_ == "advmod" and c.lower_ in SEQUEL:
            return True
        if c.dep_ in ("npadvmod", "prep", "advmod") and c.i < verb.i and any(
                t.ent_type_ in _TIME_ENTITIES or t.lower_ in SEQUEL for t in c.subtree):
            return True
    return False


def _place(verb: Token) -> str | None:
    """The place a verb's own in/at/near-phrase names ("in Gao"), as its lower-case text."""
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ in ("in", "at", "near"):
            for g in p.children:
                if g.dep_ == "pobj" and (g.ent_type_ in _PLACE_ENTITIES or g.pos_ == "PROPN"):
                    return g.lower_
    return None


def _pair(first: Token, second: Token) -> bool:
    """``second``, a conjunct of ``first``, tells another deed: both have objects of their own, and
    it is told after the first or somewhere else."""
    a, b = _object(first), _object(second)
    if a is None or b is None or a.lemma_.lower() == b.lemma_.lower() and a.lower_ == b.lower_:
        return False
    here, there = _place(first), _place(second)
    return _told_after(first, second) or (here is not None and there is not None and here != there)


def deed_of_its_own(verb: Token) -> bool:
    """``verb`` and a verb coordinated with it tell two deeds (see the module docstring)."""
    if verb.pos_ != "VERB":
        return False
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and _pair(verb.head, verb):
        return True
    return any(c.dep_ == "conj" and c.pos_ == "VERB" and _pair(verb, c) for c in verb.children)


def telling_verb(trigger: Token, verbal: bool) -> str:
    """What tells a record apart from another of its code and pair in its sentence: the verb's lemma
    (a noun, "a wave of arrests", tells any: ""), and the verb itself where it tells a deed of its own."""
    if not verbal:
        return ""
    lemma = trigger.lemma_.lower()
    return f"{lemma}@{trigger.i}" if deed_of_its_own(trigger) else lemma
