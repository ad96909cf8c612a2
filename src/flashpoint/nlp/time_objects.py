"""The ``flashpoint_time_objects`` component: a proper name the parser hung as a compound on a bare
plural unit of time after a verb is the verb's object, the time an adverbial.

The small model parses "Police arrested Zuniga hours later" with "Zuniga" as a compound of "hours",
the object: the person arrested is lost, and the event's target becomes the scene. Placed after the
parser, this component re-heads such a name on the verb as its direct object and makes the unit of
time (word class ``elapsed_units``: "hours", "days", "weeks", with no article, number or adjective of
its own) an adverbial noun phrase, where the unit is the verb's object or adverbial noun phrase and
the verb has no other object ("Police arrested Smith hours later" is parsed right already and left
alone; "spent two days" and "the Zuniga years" are not touched)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from .words import word_class

__all__ = ["time_objects", "name_on_elapsed_time"]

_UNITS = word_class("elapsed_units")
_TIME_DEPS = frozenset({"dobj", "npadvmod"})
_NAMES = frozenset({"NNP", "NNPS"})  # (before the attribute ruler: tags, no parts of speech yet)


def name_on_elapsed_time(tok: Token) -> Token | None:
    """The verb whose object the proper name ``tok`` is, where the parser made it the compound of a
    bare plural unit of time hung on that verb (or on an adverb of that verb: "months later"), else
    None."""
    unit = tok.head
    if tok.tag_ not in _NAMES or tok.dep_ != "compound" or unit.i != tok.i + 1 or unit.lower_ not in _UNITS \
            or unit.dep_ not in _TIME_DEPS or any(c.i != tok.i and c.dep_ != "compound" for c in unit.lefts):
        return None
    verb = unit.head if unit.head.tag_.startswith("VB") else unit.head.head
    if not verb.tag_.startswith("VB") or verb.i > tok.i or any(c.dep_ == "dobj" and c.i != unit.i for c in verb.children):
        return None
    return verb


@Language.component("flashpoint_time_objects", requires=["token.dep", "token.tag"], assigns=["token.dep"])
def time_objects(doc: Doc) -> Doc:
    for tok in doc:
        verb = name_on_elapsed_time(tok)
        if verb is not None:
            unit = tok.head
            for given in [c for c in unit.lefts if c.i < tok.i]:  # ("Juan Jose Zuniga hours later")
                given.head = tok
            tok.head, tok.dep_ = verb, "dobj"
            if unit.dep_ == "dobj":
                unit.dep_ = "npadvmod"
    return doc
