"""Disarming a device that goes off is defusing it, no laying down of arms.

"Sappers disarmed a roadside bomb near Kandahar", "police disarmed the explosive device", "the team
disarmed two landmines": nobody demobilises (CAMEO 0873), and nothing is done to a party. A trigger of
the roots set ``demobilising`` whose direct object is a noun of the word class ``defusable`` tells no
deed. "The rebels agreed to disarm", "disarmed its fighters", "handed over their weapons" stay.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.words import word_class
from .lexicon import ActionEntry
from .roots import in_set

__all__ = ["defused_device"]


def defused_device(tok: Token, entry: ActionEntry) -> bool:
    """``tok``, a trigger of laying down arms, takes a device that goes off as its object."""
    if entry.kind != "verb" or not in_set(entry.code, "demobilising"):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in word_class("defusable") for c in tok.children)
