"""The parties a sentence names, for the story's dates: a strand's day passes to a statement only
where the dated sentence named its doer (see :mod:`flashpoint.time.story`). A sentence that tells no
event the coder found ("Pakistan's foreign minister arrived in New Delhi on Saturday for talks") still
names parties, the actors recognised in it (``doc._.fp_actors``)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Doc, Span

__all__ = ["sides_by_sentence"]


def sides_by_sentence(doc: Doc, sents: Sequence[Span]) -> dict[int, set[str]]:
    """Sentence index → the sides (organisation, else country) of the actors named in it, found in one
    pass over the Doc's actor mentions. Actors of no told country or organisation are no side: a
    sentence that names only such ("A blogger died in police custody") has an empty set, one that
    names no actor at all ("Thursday was mostly quiet") none."""
    starts = [s.start for s in sents]
    named: dict[int, set[str]] = {}
    for mention in getattr(doc._, "fp_actors", None) or []:
        actor = mention.actor
        if not starts:
            continue
        sides = named.setdefault(bisect_right(starts, mention.start) - 1, set())
        if actor.org or actor.country:
            sides.add(actor.side)
    return named
