"""The target of a demand for a deed of giving way told with its doer as possessor: "Mali demanded
*their* withdrawal" (the troops told before: the actors stage resolves the pronoun,
``actors/deed_owners.py``), "protesters called for *his* resignation", "urged Israel's withdrawal".
The possessor would do the deed, so the demand is aimed at it, not at the story's counterpart. The
deed is a noun of word class ``yielded_deed`` that a verb of ``deed_demanding`` takes as its object or
its preposition's; a release or return is no such deed (its possessor is the one held)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..actors.deed_owners import demanded_deeds
from ..actors.recognise import actors_for
from ..actors.story import one_side
from ..records import Actor
from . import evidence as ev
from .implied import mention_inside

__all__ = ["yielder_target"]

PATH = "the possessor of the deed demanded"


def yielder_target(doc: Doc, verb: Token, source: Actor) -> tuple[Actor, str, str, None] | None:
    """(the possessor, explanation, evidence kind, no pending noun) of a demanded deed of giving way
    (see the module), where it is coded and not of the source's own side; else None."""
    for deed in demanded_deeds(verb):
        if any(c.dep_ == "poss" for c in deed.children):
            owner = _owner(doc, deed, source)
            if owner is not None:
                return owner, PATH, ev.OBJECT_PHRASE, None
    return None


def _owner(doc: Doc, deed: Token, source: Actor) -> Actor | None:
    """The deed's possessor: a pronoun the actors stage resolved ("their"), else the actor named in the
    deed's phrase ("Israel's withdrawal"); none of the source's own side (a state's bodies and an
    armed group of its country are two; a source coded as nothing, "the Polisario Front" where the
    lexicon knows no such body, is no side: "demanded their departure" after "Moroccan forces ...")."""
    pronoun = next((c for c in deed.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
    if pronoun is None:
        m = mention_inside(doc, deed, source)
        return m.actor if m is not None else None
    owner = next(iter(actors_for(doc, pronoun)), None)
    told = source.org or source.country or source.sector  # (a source of nothing told is on no side yet)
    if owner is None or not (owner.org or owner.country) or (told and one_side(owner, source, armed_apart=True)):
        return None
    return owner
