"""The parties of a clash named in a between-phrase the parser hung on a place: "clashes spread to
three districts between Kyrgyz border guards and Tajik forces", "fighting broke out near the border
between Kyrgyz and Tajik troops", "clashes erupted in the region between Sudanese and South Sudanese
soldiers". Read by ``joint_parties.split_between`` where no between-phrase is said of the noun or its verb."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from ..nlp.words import word_class
from ..records import Actor
from .grammar import child_with, prep_object

__all__ = ["placed_between"]

RIVAL = word_class("rival")  # "between rival militias": both sides of one kind


def placed_between(doc: Doc, noun: Token,
                   find: Callable[[Doc, Token], list[Actor]]) -> tuple[list[Actor], list[Actor]] | None:
    """The two sides of ``noun``, the subject of a verb with no object ("spread", "broke out",
    "erupted"), from a between-phrase on the object of one of the verb's prepositions; only where
    the parties it names are people or forces (each of a sector): "near the border between
    Kyrgyzstan and Tajikistan" names a place by the states it divides, no sides."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or child_with(verb, ("dobj",)) is not None:
        return None
    for p in verb.children:
        if p.dep_ != "prep" or p.lower_ == "between":
            continue
        for place in (g for g in p.children if g.dep_ == "pobj"):
            o = prep_object(place, "between")[0]
            if o is None:
                continue
            actors = find(doc, o)
            if not actors or not all(a.sector for a in actors):
                return None
            if len(actors) >= 2:
                return [actors[0]], actors[1:]
            if o.tag_ == "NNS" and any(c.dep_ == "amod" and c.lower_ in RIVAL for c in o.children):
                return [actors[0]], [actors[0]]
            return None
    return None
