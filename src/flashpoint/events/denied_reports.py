"""A denial of a deed the story told as another party's report: "Guyana said on Saturday that
Venezuelan soldiers had fired on a Guyanese patrol. ... Venezuela's defence minister rejected the
accusation" is Venezuela's denial (CAMEO 016) aimed at Guyana, who told the deed.

A denial, or a plain rejection by a verb of rebutting, of a definite noun of charging with nothing
else in its phrase ("the accusation", "the claims": :func:`~flashpoint.events.charges.charge_named_again`)
that no accusation told before aims (``charges``, ``fallback.aim_denials``) answers the latest
report before it of a deed of the denier's side (roots set ``reported_charge``: "Congo's army said
Rwandan troops had shelled Goma ... Rwanda denied the allegation"). The report's teller is the
subject of the verb of saying the deed's clause hangs on, a party neither of the denier's side nor
of the doer's ("the RSF said its fighters took the town": no charge) and no news outlet ("Reuters
reported that ...": the wire tells, it does not accuse). With no such report the denial stays
untargeted, and a rejection stays a rejection.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ..actors.draft import MEDIA
from ..actors.story import one_side
from ..records import Actor
from . import evidence as ev
from .arguments import ActorFinder, reporting_speaker
from .candidate import Candidate
from .charges import charge_named_again, rebuts
from .roots import in_set

__all__ = ["aim_denials_at_reports"]

DENIAL = "016"


def _teller(doc: Doc, deed: Candidate, denier: Actor, find: ActorFinder) -> Actor | None:
    """The party that told ``deed`` as a deed of ``denier``'s side ("*Guyana* said that Venezuelan
    soldiers had fired"), or None."""
    if deed.source is None or deed.negated or deed.modality is not None or not in_set(deed.code, "reported_charge") \
            or not one_side(deed.source, denier, armed_apart=True):
        return None
    speaker = reporting_speaker(deed.trigger)
    doer = deed.source
    return next((t for t in (find(doc, speaker) if speaker is not None else [])
                 if t.sector != MEDIA and not one_side(t, denier, armed_apart=True)
                 and not one_side(t, doer, armed_apart=True)), None)


def aim_denials_at_reports(doc: Doc, cands: list[Candidate], find: ActorFinder) -> None:
    """Aim in place each denial (or rejection, recoded a denial) of "the accusation" that names no
    one it answers at the teller of the latest report before it of a deed of the denier's side."""
    for c in cands:
        if c.source is None or not ((c.code == DENIAL and c.target is None)
                                    or (rebuts(c) and (c.target is None or c.target_via != ev.STATED))):
            continue
        charge = charge_named_again(c.trigger)
        if charge is None:
            continue
        told = [(o.trigger.i, t) for o in cands if o.trigger.i < c.trigger.i
                for t in [_teller(doc, o, c.source, find)] if t is not None]
        teller = max(told, key=lambda x: x[0])[1] if told else None
        if teller is None:
            continue
        c.code = DENIAL
        c.target = replace(teller, implied=True)
        c.target_via, c.implied = ev.REPORTED_AGENT, True
        c.explain["target_path"] = f"the teller of the deed '{charge.text}' names again"
