"""Ships at sea of no owner told: an action on one is aimed at its owner or flag, which the object
phrase tells ("a US-flagged tanker") or nothing does; never the doer's own country for want of one
("the Houthis attacked a cargo ship off Hodeidah", "Finnish police detained a tanker"), also when
the ships are counted ("the group has attacked dozens of commercial vessels": not Yemen, the
story's country). Used by ``fallback.py``."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.words import word_class
from .target_forms import PARTITIVE_QUANTITIES

__all__ = ["unowned_vessel"]

VESSELS = word_class("vessel")
TOLD_BEFORE = word_class("definite", "singular_definite")


def unowned_vessel(obj: Token) -> bool:
    """The object is a ship told for the first time, of no owner the phrase names ("hijacked a bulk
    carrier", "detained a tanker"), also through a count's of-phrase ("attacked dozens of vessels");
    not one told before ("called for the ships to leave", "seized two of the tankers")."""
    if obj.pos_ == "NUM" or obj.lower_ in PARTITIVE_QUANTITIES:
        obj = next((g for p in obj.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), obj)
    return obj.lemma_.lower() in VESSELS and not any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in TOLD_BEFORE)
        for c in obj.children)
