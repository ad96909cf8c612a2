"""The object an entry's ``object_kind`` checks in the passive.

In the active an ``object_kind`` condition reads the direct object. An entry that reads only the
passive (``passive: true``) reads what the passive is about instead: its subject ("the president was
held by the presidential guard"), or the noun its participle describes ("hostages held by Hamas").
Entries that read both voices keep to the direct object, so a passive never matches them by kind.
An object the parser made of two ("held the crew hostage") is the ones held (``held_people``)."""

from __future__ import annotations

from spacy.tokens import Token

from .grammar import child_with, controlled_object, is_passive, object_meant
from .held_people import held_object


def kind_object(verb: Token, passive_entry: bool | None) -> Token | None:
    """What ``object_kind`` checks for an entry on ``verb``: its direct object in the active; in the
    passive, for a ``passive: true`` entry, the passive subject or the noun a participle describes."""
    if not is_passive(verb):
        return held_object(object_meant(verb))
    if not passive_entry:
        return None
    return child_with(verb, ("nsubjpass",)) or controlled_object(verb) or participle_noun(verb)


def participle_noun(tok: Token) -> Token | None:
    """The noun a passive participle describes: the participle's object ("footage *released* by the
    army" publishes the footage, "the prisoners *released* on Monday" frees them, "two nurses *held*
    by the militia" are held)."""
    return tok.head if tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod") and tok.head.i != tok.i else None
