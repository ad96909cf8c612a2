"""A vehicle, a boat or an aircraft named again is the one told before, and so is its user: "a
delivery driver was run over by a police vehicle ... he was killed when *the vehicle* drove into
demonstrators" is the police's deed; "A military truck ran over two protesters. Witnesses said *the
truck* did not stop" is the army's truck.

A definite noun of a road vehicle or a craft (word classes ``road_vehicle``, ``crewed_craft``,
``vessel``: "the vehicle", "the truck", "the boat"; "the", "this" or "that" and no other word before
it) that heads no phrase of its own takes the actor of the latest vehicle or craft told in its sentence
or the :data:`BACK` before it by the same noun, else of its kind (:func:`told_vehicle`), where that one heads a phrase coded as a force ("an army
truck", "a police van", "a navy boat", "a Chinese coast guard vessel": sectors of
:data:`USERS`). Where the latest such one names no force ("a truck", "a fishing boat"), the noun is
no actor: its user is not told, and no party is carried to it.
Called by ``recognise.analyse`` after ``ships_told`` (a merchant ship named again is that module's)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp.words import word_class
from .draft import Draft

__all__ = ["vehicles_named_again", "told_vehicle", "vehicle_told_again", "named_again", "BACK"]

BACK = 2  # sentences before the vehicle's own that may tell it
_ROAD = word_class("road_vehicle")
_CRAFT = word_class("crewed_craft", "vessel", "warship")
_THIS = frozenset({"the", "this", "that"})
USERS = frozenset({"MIL", "COP", "REB", "SPY", "GOV"})  # the forces a vehicle told is the deed of


def vehicles_named_again(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with a draft added for each vehicle named again (see the module docstring), in order."""
    heads = {d.head: d for d in drafts}
    covered = {i for d in drafts for i in range(d.start, d.end)}
    added: list[Draft] = []
    for tok in doc:
        if tok.i in covered or not named_again(tok):
            continue
        told = told_vehicle(tok)
        first = heads.get(told.i) if told is not None else None
        if first is None or first.sector not in USERS or first.needs is not None:
            continue
        start = min(c.i for c in tok.children if c.dep_ == "det")
        added.append(first.copy(start=start, end=tok.i + 1, head=tok.i, antecedent=first, nested=False,
                                group=None, lemma=tok.lemma_.lower(), needs=None, target=None))
    if not added:
        return drafts
    return sorted([*drafts, *added], key=lambda d: (d.start, d.head))


def _kind(tok: Token) -> frozenset[str] | None:
    """The word class of vehicles ``tok`` names (road vehicles or craft), else None."""
    lemma = tok.lemma_.lower()
    return _ROAD if lemma in _ROAD else _CRAFT if lemma in _CRAFT else None


def named_again(tok: Token) -> bool:
    """``tok`` is a bare definite singular noun of a vehicle or a craft ("the vehicle", "the boat"): a
    determiner of :data:`_THIS` and no other word before it."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or _kind(tok) is None:
        return False
    lefts = list(tok.lefts)
    return len(lefts) == 1 and lefts[0].dep_ == "det" and lefts[0].lower_ in _THIS


def told_vehicle(tok: Token) -> Token | None:
    """The latest vehicle or craft told before ``tok`` in its sentence or the :data:`BACK` before it by
    the same noun ("a navy boat rammed a fishing vessel ... the boat": the navy's), else the latest of
    its kind ("an army truck ... the vehicle"); not one itself named again nor a compound ("a *truck*
    bomb"); None where none is told."""
    doc, kind = tok.doc, _kind(tok) or frozenset()
    first = tok.sent.start
    for _ in range(BACK):
        if first > 0:
            first = doc[first - 1].sent.start
    told = [t for t in reversed(doc[first:tok.i]) if t.pos_ == "NOUN" and t.lemma_.lower() in kind
            and t.dep_ != "compound" and not named_again(t)]
    return next((t for t in told if t.lemma_.lower() == tok.lemma_.lower()), told[0] if told else None)


def vehicle_told_again(tok: Token) -> bool:
    """``tok`` names again a vehicle or craft told before ("an army truck ... *the truck*"; not "the car"
    after "a car bomb", whose car is no vehicle told), whoever its user."""
    return named_again(tok) and told_vehicle(tok) is not None
