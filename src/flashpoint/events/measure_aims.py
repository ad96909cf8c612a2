"""What a measure is aimed at is no attack of its own.

"The European Union adopted new sanctions against Russia, *targeting* its oil revenues and banks",
"Washington imposed tariffs on steel, *hitting* Chinese exporters": the participle tells whom or
what the sanctions, tariffs or bans reach, not an armed deed by the one who imposed them. It hangs,
without a subject of its own, on a verb the sentence codes as a measure of reduced relations
(root 16: sanctions 163, an embargo) or of administrative sanction (172), so the measure's own
record tells it; the participle makes none. Word class ``measure_aim``."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from ..nlp.words import word_class

__all__ = ["aim_of_a_measure"]

_AIMS = word_class("measure_aim")
_MEASURE_CODES = ("16", "172", "1312")  # reduced relations, administrative sanctions, a threat of sanctions


def aim_of_a_measure(tok: Token, codes: Mapping[int, str]) -> bool:
    """``tok`` is a participle of aiming ("targeting", "hitting") with no subject of its own that hangs
    on a trigger of a measure (``codes``: the sentence's triggers' codes, by token index)."""
    if tok.lemma_.lower() not in _AIMS or tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "conj", "xcomp"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    return codes.get(tok.head.i, "").startswith(_MEASURE_CODES)
