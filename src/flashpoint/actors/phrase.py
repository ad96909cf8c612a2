"""The words of an actor's phrase in its document: one helper for every stage that reads them.

An :class:`~flashpoint.records.Actor` keeps the character offsets of the phrase it was coded from
(``span``); the rules that ask what that phrase says ("a foreign national", "Nigerian troops", a
proper name) need its tokens. This module imports nothing of flashpoint but the records, so any
actor or event module may use it without an import circle.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..records import Actor

__all__ = ["actor_phrase"]


def actor_phrase(doc: Doc, actor: Actor) -> Span | None:
    """The tokens of ``actor``'s phrase in ``doc`` (widened to whole tokens), None where the actor has
    no span (an implied one) or none aligns."""
    if actor.span is None:
        return None
    return doc.char_span(actor.span[0], actor.span[1], alignment_mode="expand")
