"""Onlookers are no counterparts: a party told, in a sentence before an untargeted deed, only judging
or fearing a thing that happened ("The United States said it was deeply concerned by the violence",
"Britain welcomed the deal", "the EU voiced alarm at the clashes"; ``nlp/onlookers``) is not whom the
deed is aimed at ("... The president withdrew the bill the next day": no foreign target). Its other
mentions (a deed of its own, a target) still count, and so does one whose stance is joined to a
deed ("Abbas condemned the raid and suspended security ties"); a judgement of a party ("Washington
condemned the junta") names a side and counts too.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from ..actors import ActorMention
from ..nlp.onlookers import deed_beside, onlooker

__all__ = ["onlooker_mentions"]


def onlooker_mentions(doc: Doc | None, mentions: Sequence[ActorMention]) -> set[int]:
    """The ids of the mentions of ``doc`` that name an onlooker doing nothing beside its stance."""
    if doc is None:
        return set()
    heads = {m.head for m in mentions}
    return {id(m) for m in mentions
            if onlooker(doc[m.head], lambda t: t.i in heads) and not deed_beside(doc[m.head])}
