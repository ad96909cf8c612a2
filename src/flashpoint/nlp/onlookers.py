"""An onlooker: a party told only judging or fearing what happened ("Washington condemned the
crackdown", "the European Union and Britain welcomed the deal", "Germany voiced alarm at the clashes",
"Japan said it was deeply concerned by the violence"). Its stance is an event of its own, but it says
nothing of where the story is, nor of whom the story's later deeds are aimed at: the actors stage does
not count such a mention among the countries an article is about (whose police "the police" are), nor
does the story's country count it, nor is it the counterpart of a later untargeted deed
(``events/onlookers``).

A judgement of a party ("Washington condemned the junta", "said it was concerned about Russia") is
no onlooker's: it names a side.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .syntax import first_conjunct
from .words import word_class

__all__ = ["onlooker", "deed_beside"]

_JUDGING = word_class("judging")
_FEELING = word_class("feeling")  # "was alarmed by", "voiced alarm at" (lemmas of verbs and nouns)
_FEELING_ADJECTIVES = word_class("feeling_adjective")  # "is worried about", "was concerned by"
_VOICING = word_class("stance_voicing")  # "expressed concern over"
_SAYING = word_class("speech")
_OBJECT_PREPS = frozenset({"about", "at", "by", "over", "with"})


def onlooker(root: Token, is_actor: Callable[[Token], bool]) -> bool:
    """``root`` (the head word of a name) is the subject, or one of the coordinated subjects, of a
    stance on a thing, not a party (``is_actor`` tells which words are actors' head words): a verb of
    judging ("condemned the crackdown"), a feeling ("was alarmed by the shelling", "is worried about
    the unrest", "voiced alarm at the clashes"), or a verb of saying whose reported clause is such a
    stance of a pronoun ("said it was deeply concerned by the violence", "said it welcomed the deal")."""
    subject = first_conjunct(root)
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = subject.head
    if subject.dep_ == "nsubj" and verb.lemma_.lower() in _SAYING:
        said = [c for c in verb.children if c.dep_ == "ccomp"]
        return len(said) == 1 and _pronoun_subject(said[0]) and _stance_on_a_thing(said[0], is_actor)
    return _stance_on_a_thing(verb, is_actor)


def _pronoun_subject(clause: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in clause.children)


def _stance_on_a_thing(verb: Token, is_actor: Callable[[Token], bool]) -> bool:
    """``verb`` tells a stance whose objects are all things, and it has one at least."""
    lemma = verb.lemma_.lower()
    if lemma in _JUDGING:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
    elif lemma in _FEELING and any(c.dep_ == "nsubjpass" for c in verb.children):
        objects = _prep_objects(verb)  # ("was alarmed by the shelling")
    elif lemma == "be":  # ("is worried about the unrest")
        feelings = [c for c in verb.children if c.dep_ == "acomp" and c.lemma_.lower() in _FEELING_ADJECTIVES]
        objects = [o for f in feelings for o in _prep_objects(f)]
    elif lemma in _VOICING:  # ("voiced alarm at the clashes", "expressed concern over the fighting")
        feelings = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _FEELING]
        objects = [o for f in feelings for o in _prep_objects(f) + _prep_objects(verb)] if feelings else []
    else:
        return False
    return bool(objects) and all(o.pos_ == "NOUN" and not is_actor(o) for o in objects)


def _prep_objects(word: Token) -> list[Token]:
    """The objects of the prepositions of what is felt ("about the unrest", "by the violence")."""
    return [o for p in word.children if p.dep_ in ("prep", "agent") and p.lower_ in _OBJECT_PREPS
            for o in p.children if o.dep_ == "pobj"]


def deed_beside(root: Token) -> bool:
    """The verb ``root`` is the subject of (or the stance it reports) is joined by "and" to another
    verb: the onlooker does something of its own too ("Abbas condemned the raid and suspended security
    ties", "said it was alarmed by the shelling and called on both sides to talk")."""
    verb = first_conjunct(root).head
    clauses = [verb] + [c for c in verb.children if c.dep_ == "ccomp"]
    return any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for v in clauses for c in v.children)
