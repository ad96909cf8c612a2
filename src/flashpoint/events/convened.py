"""An appeal to convene a body: "called for an emergency meeting of the U.N. Security Council",
"requested an urgent session of the African Union's council" asks that body to meet; the party the
story names near or most (the state it blames in another sentence), or the place, is no link the
text gives: the appeal is aimed at the body named. Used by ``implied.counterpart`` and
``story.scene_target``."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ..actors import ActorMention
from ..nlp.words import word_class
from ..records import Actor
from .posted import posted_country
from .roots import in_set

__all__ = ["aim_in_phrase", "convened_body"]

_MEETING = word_class("meeting")
_APPEAL_PREPS = frozenset({"for"})


def convened_body(trigger: Token, mentions: Iterable[ActorMention]) -> Actor | None:
    """``trigger``'s object (or its for-phrase: "called for") is a noun of meeting whose of-phrase
    names an organisation, the body asked to meet ("a meeting of the Security Council"): that body, else
    None (people met are no body convened: "host a summit of regional leaders")."""
    objects = [c for c in trigger.children if c.dep_ == "dobj"] + [
        g for p in trigger.children if p.dep_ == "prep" and p.lower_ in _APPEAL_PREPS
        for g in p.children if g.dep_ == "pobj"]
    bodies = {g.i for o in objects if o.lemma_.lower() in _MEETING
              for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"}
    return next((m.actor for m in mentions if m.head in bodies and m.actor.org), None)


def aim_in_phrase(trigger: Token, mentions: list[ActorMention], code: str) -> tuple[bool, Actor | None]:
    """Whether ``trigger``'s own phrase decides whom an untargeted action faces, and whom: the body an
    appeal asks to meet; none for a show of force posted in a country ("deployed in Syria",
    ``posted.posted_country``). ``mentions``: the actors of its sentence."""
    body = convened_body(trigger, mentions)
    if body is not None:
        return True, body
    return bool(code) and in_set(code, "show_of_force") and posted_country(trigger, mentions), None
