"""Outrage or alarm told as a passive of emotion ("was shocked by the army's response", "said he was
appalled by the killings", "was alarmed by Russia's troop build-up"): the one moved is the source,
the cause the target (actions.yml). Like a stated stance (``assertion.stance_without_party``) it is an
event only when it is about a party: one its cause names, or the doer of the deed noun it names
("the killings": who the story tells killed, ``pending_targets.resolve_pending``). "Residents were shocked
by the blast", "said he was shocked" are about no one (not the story's counterpart); nor is a party
moved by itself ("Germany was shocked by the blast in the capital": its scene)."""

from __future__ import annotations

from ..nlp.words import word_class
from . import evidence as ev
from .candidate import Candidate
from .grammar import is_passive
from .roots import in_set

__all__ = ["MOVED", "moved_by_a_party"]

# verbs of emotion whose passive tells a stance on its cause (word_classes.yml ``moved_by``)
MOVED = word_class("moved_by")

# where the target of an emotion may come from: about whom it is (a deed's doer the story tells too)
_ABOUT_A_PARTY = frozenset({ev.STATED, ev.OBJECT_PHRASE, ev.REPORTED_AGENT})


def _about_no_party(c: Candidate) -> bool:
    """A passive of emotion, or a predicative adjective of a state of mind whose deed noun's doer was
    looked up ("was concerned by the arrests", no arrest told: ``concern_about_deeds``), about no party."""
    tok = c.trigger
    stance = tok.pos_ == "ADJ" and in_set(c.code, "stance")
    if not stance and (tok.lemma_.lower() not in MOVED or not is_passive(tok)):
        return False
    return c.target is None or c.target_via not in _ABOUT_A_PARTY or c.source is None \
        or c.target.code == c.source.code


def moved_by_a_party(out: list[Candidate]) -> list[Candidate]:
    """The candidates, less the passives of emotion about no party (run once pending targets are set)."""
    return [c for c in out if not _about_no_party(c)]
