"""An onlooker: a party told only judging what happened ("Washington condemned the crackdown", "the
European Union and Britain welcomed the deal"). Its judgement is an event of its own, but it says
nothing of where the story is: the actors stage does not count such a mention among the countries
an article is about (whose police "the police" are), nor does the story's country count it.

A judgement of a party ("Washington condemned the junta") is no onlooker's: it names a side.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .syntax import first_conjunct
from .words import word_class

__all__ = ["onlooker"]

_JUDGING = word_class("judging")


def onlooker(root: Token, is_actor: Callable[[Token], bool]) -> bool:
    """``root`` (the head word of a name) is the subject, or one of the coordinated subjects, of a
    verb of judging whose object is a thing, not a party (``is_actor`` tells which words are
    actors' head words)."""
    subject = first_conjunct(root)
    if subject.dep_ != "nsubj":
        return False
    verb = subject.head
    if verb.lemma_.lower() not in _JUDGING:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.pos_ == "NOUN" and not is_actor(o) for o in objects)
