"""A dismissal or mockery of a claim told before is aimed at whoever made the claim: "The government
accused the opposition leader of plotting a coup. His party called the accusations absurd" is the
party's criticism (111) of the government, not of the story's counterpart; "Rwanda dismissed the
allegations as lies" after "Congo accused Rwanda of backing the rebels" answers Congo.

A criticism (CAMEO root 11) told by a verb, or a denial (016) by a verb of rebutting (word class
``rebutting``), that names no party it is aimed at and whose object is a definite noun of charging
with nothing else in its phrase ("the accusations", "these claims":
:func:`~.charges.charge_named_again`) names again the latest accusation (root 11) the story told
before it, in its sentence or the three before; it is aimed at that accusation's maker, unless the
maker is of the judge's own side (its own government's charge is no claim of another's to dismiss).
A denial already aimed at an accuser (``charges``, ``fallback.aim_denials``, ``denied_reports``)
keeps its target; with no accusation told, the judgement keeps the target it had ("called the
claims baseless" of a claim to land).
"""

from __future__ import annotations

from dataclasses import replace

from ..actors.story import one_side
from ..nlp.words import word_class
from . import evidence as ev
from .candidate import Candidate
from .charges import charge_named_again

__all__ = ["aim_at_claimants"]

REBUTTING = word_class("rebutting")
DENIAL, ACCUSATION_ROOT = "016", "11"
_SENTENCES_BACK = 3


def _judges_a_claim(c: Candidate) -> bool:
    """``c`` is a criticism, or a denial by a verb of rebutting, that names no party it is aimed at."""
    if c.source is None or c.entry.kind != "verb" or (c.target is not None and c.target_via == ev.STATED):
        return False
    if c.code[:2] == ACCUSATION_ROOT:
        return True
    return c.code == DENIAL and c.target is None and c.trigger.lemma_.lower() in REBUTTING


def aim_at_claimants(cands: list[Candidate]) -> None:
    """Aim in place each judgement of "the accusations" that names no one at the maker of the latest
    accusation told before it, of another side than the judge's."""
    for c in cands:
        if not _judges_a_claim(c):
            continue
        charge = charge_named_again(c.trigger)
        if charge is None or c.source is None:
            continue
        told = [o for o in cands if o is not c and o.code[:2] == ACCUSATION_ROOT and o.source is not None
                and c.sent_index - _SENTENCES_BACK <= o.sent_index <= c.sent_index and o.trigger.i < c.trigger.i
                and charge_named_again(o.trigger) is None]
        last = told[-1] if told else None
        if last is None or last.source is None or one_side(last.source, c.source, armed_apart=True):
            continue
        c.target = replace(last.source, implied=True)
        c.target_via, c.implied = ev.REPORTED_AGENT, True
        c.explain["target_path"] = f"the maker of the claim '{charge.text}' names again ('{last.trigger.text}')"
