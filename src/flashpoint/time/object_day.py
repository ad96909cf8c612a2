"""A day the parser hung on the object of a deed: "rejected the accusations on Wednesday", "condemned
the attack on Sunday", "declared a day of mourning on Wednesday", "declared a state of emergency on
Thursday".

A day told by "on" (or a bare weekday, "condemned the attack Sunday") after the trigger's direct
object and hung on it, or on a bare of-object that makes one name with it ("a day *of mourning*", "a
state *of emergency*": no determiner), is the deed's day, as it is where the parser hangs it on the
verb: the same words tell the same time whichever head the parser gives them. Read as which object
is meant, the day would leave the deed to a day told of another event (the story's or its strand's:
"Russian missiles hit Kyiv on Tuesday. Officials declared a day of mourning on Wednesday" is no deed of
Tuesday), and the deed was done that day or after it in either reading. An of-object with its own
determiner ("rejected the results of the election on Sunday") is a thing of its own, which the day may
describe; a day before the object (a possessive, "Sunday's attack") is :func:`anchors.names_which`'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

if TYPE_CHECKING:
    from flashpoint.time.dates import ResolvedDate

__all__ = ["day_on_the_object", "told_on_the_object"]

# how a day hangs on a noun: the object of "on", or a bare weekday beside it
_BARE = frozenset(("npadvmod", "nmod"))


def day_on_the_object(anchor: Token, trigger: Token) -> bool:
    """``anchor`` (the head of a day expression) is hung after the trigger's direct object on that
    object, or on a bare of-object of it (see the module docstring)."""
    if anchor.dep_ == "pobj" and anchor.head.dep_ == "prep" and anchor.head.lower_ == "on":
        noun = anchor.head.head
    elif anchor.dep_ in _BARE and anchor.pos_ == "PROPN":
        noun = anchor.head
    else:
        return False
    if noun.i > anchor.i or noun.pos_ not in ("NOUN", "VERB"):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.dep_ == "prep" \
            and not any(c.dep_ in ("det", "poss") for c in noun.children):
        noun = noun.head.head  # ("a day of mourning on Wednesday": the day of mourning)
    return noun.dep_ == "dobj" and noun.head.i == trigger.i and noun.pos_ == "NOUN"


def told_on_the_object(doc: Doc, when: ResolvedDate, trigger: Token) -> bool:
    """The date ``when`` of the trigger's event was read from a day hung on its object: the deed's,
    but maybe the object's too ("a day of mourning on Wednesday" may be the mourning's day), so no
    day the story's line moves to (:mod:`flashpoint.time.story`)."""
    span = doc.char_span(when.start, when.end, alignment_mode="expand")
    return span is not None and when.precision == "day" and any(day_on_the_object(tok, trigger) for tok in span)
