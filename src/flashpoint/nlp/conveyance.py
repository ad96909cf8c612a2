"""A craft someone travels in is no party to the story: "Rajoelina left the island on a French
military aircraft ... the military was taking power" is Madagascar's military, not France's.

A mention of a state's craft (an aircraft, a ship, a helicopter: word classes ``war_machine`` and
``crewed_craft``) that is the object of a preposition of conveyance ("on", "aboard") on a verb of
travelling ("left", "fled", "was flown", word class ``travelling``) tells how someone went: the
linker never gives its owner's country to a body named later by its sector alone
(``actors/link.py``), nor is its owner the counterpart of an untargeted deed near it
(``events/implied.counterpart``).
"""

from __future__ import annotations

from spacy.tokens import Token

from .words import word_class

__all__ = ["conveyance"]

_CRAFT = word_class("war_machine", "crewed_craft")
_ON = word_class("conveyance_preposition")
_TRAVEL = word_class("travelling")


def conveyance(tok: Token) -> bool:
    """``tok`` heads a craft that someone travels in ("left on a French military aircraft")."""
    prep = tok.head
    return (tok.dep_ == "pobj" and tok.lemma_.lower() in _CRAFT and prep.lower_ in _ON
            and prep.head.pos_ in ("VERB", "AUX") and prep.head.lemma_.lower() in _TRAVEL)
