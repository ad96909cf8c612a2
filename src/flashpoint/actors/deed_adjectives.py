"""A people's adjective the parser made the subject of a deed of force is that country's force.

"Ukrainian shelling killed two people in Belgorod": the small parser reads "Ukrainian" as the
subject and "shelling" as an auxiliary of "killed", so the adjective alone is coded, as a people:
Ukrainian civilians. The shelling is a state's force. A one-word phrase that is an adjective of
nationality, the subject of its verb, followed by a gerund of force (word class ``force_gerund``:
shelling, bombing, firing) that the parser hung on the same verb, is that country's military, whose
deed it is, never its civilians (so the deed's place, "in the Eritrean town of Senafe", stays the
target it is of a state's force). So too where the parser made the adjective the object of a
verb of harm's in-phrase and the gerund a clause of that verb ("three civilians died in [Russian]
[shelling]", ``nlp/harm.py``).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from ..nlp.harm import split_cause
from ..nlp.words import word_class
from .draft import Draft

__all__ = ["force_by_adjective"]

_GERUNDS = word_class("force_gerund")
_SUBJECTS = ("nsubj", "nsubjpass")
_CIVILIANS = "CVL"
_FORCE = "MIL"


def force_by_adjective(doc: Doc, drafts: Iterable[Draft]) -> None:
    """Make each draft that is a nationality adjective read as the subject of a deed of force its
    country's military ("Ukrainian shelling killed ...": UKRMIL, not Ukrainian civilians)."""
    for d in drafts:
        tok = doc[d.head]
        if d.end - d.start != 1 or d.sector != _CIVILIANS or d.country is None or tok.i + 1 >= len(doc):
            continue
        deed = doc[tok.i + 1]
        subject = tok.pos_ == "ADJ" and tok.dep_ in _SUBJECTS and deed.head.i == tok.head.i
        split = split_cause(deed)
        cause = split is not None and split.i == tok.i
        if deed.lower_ in _GERUNDS and (subject or cause):
            d.sector = _FORCE
            d.people = None
