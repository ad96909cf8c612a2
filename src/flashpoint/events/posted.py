"""Where a show of force is posted: a deployment whose own phrase names the country it goes to or
stands in ("Iranian advisers have deployed in Syria", "sent troops into Mali") tells where it is,
and faces no party the story names elsewhere (the state it fights in another sentence, the story's
main foe): whom it faces the text does not say. Used by ``convened.aim_in_phrase`` for ``implied.counterpart``."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ..actors import ActorMention
from ..nlp.words import word_class

__all__ = ["posted_country"]

_SCENE = word_class("scene_preposition")
_INTO = word_class("destination_preposition")  # ("moved troops into Belarus")


def posted_country(trigger: Token, mentions: Iterable[ActorMention]) -> bool:
    """A country itself (no body of it) is named after a preposition of the scene or of going on
    ``trigger`` ("deployed in Syria", "moved troops into Belarus")."""
    heads = {g.i for p in trigger.children if p.dep_ == "prep" and p.lower_ in _SCENE | _INTO
             for g in p.children if g.dep_ == "pobj"}
    return any(m.head in heads and m.actor.country and not m.actor.sector and not m.actor.org for m in mentions)
