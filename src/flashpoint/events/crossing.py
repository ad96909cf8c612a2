"""Fire across a line ("troops fired across the border", "shelled across the river"): the deed goes
from the doer's side to the other, so the place it is told at is no evidence of whom it hit. With no
target of its own (an into-phrase names one: "fired across the border into Pakistan"), it is aimed
at no one, never at the country of its place, often the doer's own (read by ``story.scene_target``)."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.words import word_class

__all__ = ["told_across"]

CROSSING = word_class("crossing_preposition")  # "across the border", "across the river"
LINES = word_class("dividing_line")  # what divides two sides: "the border", "the river" (not "the country")


def told_across(trigger: Token) -> bool:
    """The verb of ``trigger`` (itself, or an event noun's head verb) has a phrase of crossing a line
    ("fired across the frontier", "fired shells across the border", word class ``dividing_line``;
    not "seized cities across the country", which spans a land)."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return any(c.dep_ == "prep" and c.lower_ in CROSSING and any(
        g.dep_ == "pobj" and g.lemma_.lower() in LINES for g in c.children)
        for c in (*verb.children, *trigger.children))
