"""A day told after what an appeal calls for, a thing held on a day of its own, is the day of that
thing, not the appeal's: "the opposition called for a nationwide strike on Thursday", "the union called
for protests on Friday against the new tax" (the strike, the protests, on a day ahead, however the
parser hangs the day: on the verb or on the noun called for). A day told before the for-phrase stays
the appeal's ("called on Monday for a general strike"), and so does one told after a deed asked for
("called for the release of the activists on Monday": the call's Monday, time/dates.py)."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.words import word_class

__all__ = ["day_of_the_called_for"]

_CALLING = word_class("calling_for")
_HELD = word_class("held_on_a_day")


def day_of_the_called_for(anchor: Token, owner: Token) -> bool:
    """``anchor`` (the head of a day expression whose clause is ``owner``'s) comes after the object of
    a for-phrase of ``owner``, a verb of calling for (word class ``calling_for``), that names a thing
    held on a day of its own (word class ``held_on_a_day``), and hangs on the verb or on that
    object: the day of the thing called for."""
    if owner.lemma_.lower() not in _CALLING or owner.pos_ != "VERB":
        return False
    wanted = [p.i for c in owner.children if c.dep_ == "prep" and c.lower_ == "for"
              for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in _HELD]
    if not wanted or anchor.i < min(wanted):
        return False
    hung = anchor.head.head if anchor.dep_ == "pobj" else anchor.head
    return hung.i == owner.i or hung.i in wanted
