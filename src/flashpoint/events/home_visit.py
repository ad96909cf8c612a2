"""A visit to a place of one's own country has no partner in that place.

A visit (and a meeting, a call: roots set ``held_with_another``) is made to a host; where its object
is only a place of the visitor's own country ("Ruto visited Garissa", "the prime minister travelled
to Balochistan", a region whose name the who's who reads as its government), the place is where the
visit went, not a party it was made to: no target, as for an untargeted visit at home
(``story.scene_target``). The people met there, when the text names them ("to meet families
displaced by the fighting"), are their own event's target; a place abroad is its country's
("Ruto visited Kampala": Uganda).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import Actor
from .roots import in_set

__all__ = ["place_visited_at_home"]


def place_visited_at_home(doc: Doc, code: str, source: Actor | None, target: Actor | None) -> bool:
    """``target`` of a visit ``code`` by ``source`` is a place named as such (its phrase is a place
    mention of the story) of the source's own country."""
    if source is None or target is None or target.span is None or not source.country \
            or target.country != source.country or not in_set(code, "held_with_another"):
        return False
    return any((p.start, p.end) == target.span for p in getattr(doc._, "fp_places", None) or [])
