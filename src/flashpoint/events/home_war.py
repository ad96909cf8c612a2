"""The sides of a war inside one country as the targets of a third party: a state's body and an armed
group or opposition of that country share its country, yet are two parties ("Egypt urged both sides
to negotiate" after "the army and the RSF"; "Egypt urged the army and the RSF to agree to a
ceasefire"), one record each, as the two states of a war between states are. Used by
``one_record.py`` and ``assemble.py``."""

from __future__ import annotations

from ..actors.camps import NON_STATE, OFFICES
from ..records import Actor
from .arguments import party_key
from .candidate import Candidate

__all__ = ["home_sides", "told_apart"]


def home_sides(cands: list[Candidate]) -> set[tuple[int, str]]:
    """(trigger, target code) of each target that is the non-state side (an armed group, the
    opposition, a criminal band) of a country whose state body (government, forces, police, courts)
    is another target of the same trigger and source, the source no party of that country: told apart
    from it. Targets of no state body stay one party ("sanctioned gang leaders and three smugglers"),
    and so do a country's own and targets of a country not yet told ("police detained opposition
    activist and lawyer X": one person)."""
    state = {(c.trigger.i, party_key(c.source), party_key(c.target)) for c in cands
             if c.target is not None and c.target.country and (c.target.sector or "") in OFFICES}
    return {(c.trigger.i, c.target.code) for c in cands
            if c.target is not None and (c.target.sector or "") in NON_STATE and _third(c.source, c.target)
            and (c.trigger.i, party_key(c.source), party_key(c.target)) in state}


def _third(source: Actor | None, target: Actor) -> bool:
    return source is not None and bool(target.country) and party_key(source) != party_key(target)


def told_apart(c: Candidate, apart: set[tuple[int, str]]) -> bool:
    """``c``'s target is a side :func:`home_sides` (``apart``) told apart from its country's state body."""
    return c.target is not None and (c.trigger.i, c.target.code) in apart
