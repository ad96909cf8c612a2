"""A measure a body decides is a measure taken: "EU ministers agreed to impose sanctions on Belarus",
"the Arab League voted to suspend Syria's membership", "ECOWAS leaders decided to close the borders
with Niger". The decision, asserted, is the deed (163, not the threat 1312 that an announced intent to
impose sanctions is), and the members agree among themselves: the party the measure falls on is no
partner of an agreement (no 030 aimed at it). A decision still to come ("will agree to impose"), denied
or conditional stays what it was; so does an agreement to cooperate ("agreed to release prisoners").
Word class ``deciding``; roots set ``measure_decided``. Read by ``extract.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.words import word_class
from .arguments import party_key
from .candidate import Candidate
from .modality import is_negated, modality_of
from .one_record import clause_of
from .roots import in_set

__all__ = ["decided_measure", "agreement_of_a_measure_dropped"]

DECIDING = word_class("deciding")


def _decision(trigger: Token) -> Token | None:
    """The asserted verb of deciding whose infinitive tells the trigger's clause, or None."""
    clause = clause_of(trigger)
    head = clause.head
    if clause.dep_ != "xcomp" or head.lemma_.lower() not in DECIDING or head.pos_ != "VERB":
        return None
    if is_negated(head) or modality_of(head) is not None:
        return None
    return head


def decided_measure(trigger: Token, code: str) -> bool:
    """The trigger tells a measure (roots set ``measure_decided``) that an asserted verb of deciding
    governs: taken, not announced."""
    return in_set(code, "measure_decided") and _decision(trigger) is not None


def agreement_of_a_measure_dropped(cands: list[Candidate]) -> list[Candidate]:
    """The candidates without the bare agreement (03) of a source whose verb of deciding governs a
    measure it takes ("agreed to impose sanctions on Belarus": the sanctions alone)."""
    deciders = {(head.i, party_key(c.source)) for c in cands
                if c.modality is None and not c.negated and in_set(c.code, "measure_decided")
                and (head := _decision(c.trigger)) is not None}
    return [c for c in cands if not (c.code[:2] == "03" and c.entry.kind == "verb"
                                     and (c.trigger.i, party_key(c.source)) in deciders)]
