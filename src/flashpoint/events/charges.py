"""A charge rejected in a sentence of its own: "Mali accused Algeria of meddling in its affairs.
Algiers rejected the claims." is Algeria's denial (CAMEO 016) aimed at Mali.

A verb of rebutting (word class ``rebutting``) coded a plain rejection (120), whose object is a
definite noun of charging ("the claims", "these allegations": word classes ``charge_noun``,
``definite``) with nothing else in its phrase (no by-phrase, no content, no maker: "rejected the
charge made by Uganda", "rejected claims that ..." are told by their own words), names again the
latest accusation (CAMEO root 11) the story told before it, in its sentence or the three before.
Only when that accusation was aimed at the rejecter's own side, by another side, is the rejection a
denial aimed at the accuser; else ("Ethiopia accused Eritrea ... Somalia rejected the claims", or
no accusation told: a claim to land) it stays as it was.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..actors.story import one_side
from ..nlp.words import word_class
from ..records import Actor
from . import evidence as ev
from .candidate import Candidate

__all__ = ["charges_rejected", "charged_by_another", "charge_named_again", "rebuts"]

REBUTTING = word_class("rebutting")
CHARGE_NOUNS = word_class("charge_noun")
DEFINITE = word_class("definite")
REJECTION, DENIAL, ACCUSATION_ROOT = "120", "016", "11"
_SENTENCES_BACK = 3


def charged_by_another(accusation: Candidate, party: Actor) -> bool:
    """``accusation`` (CAMEO root 11) was aimed at ``party``'s side by another side (a state's bodies
    and an armed group of its country are two sides: "the president accused the rebels of war crimes
    ... the rebels denied it"): the accusation ``party``'s denial or rejection answers."""
    return accusation.code[:2] == ACCUSATION_ROOT and accusation.source is not None and accusation.target is not None \
        and one_side(accusation.target, party, armed_apart=True) \
        and not one_side(accusation.source, party, armed_apart=True)


def charge_named_again(verb: Token) -> Token | None:
    """The object of ``verb`` when it is a definite noun of charging with nothing else in its phrase
    ("rejected *the claims*", "denied *these allegations*"): a charge the story told before, not one
    told by its own words ("rejected the charge made by Uganda", "claims that ..."); else None."""
    charge = next((t for t in verb.children if t.dep_ == "dobj"), None)
    if charge is None or charge.lemma_.lower() not in CHARGE_NOUNS \
            or any(t.dep_ not in ("det", "amod") for t in charge.children) \
            or not any(t.dep_ == "det" and t.lower_ in DEFINITE for t in charge.children):
        return None
    return charge


def rebuts(c: Candidate) -> bool:
    """``c`` is a plain rejection (120) told by a verb of rebutting ("Algiers rejected the claims"),
    which a charge told before makes a denial."""
    return c.code == REJECTION and c.entry.kind == "verb" and c.trigger.lemma_.lower() in REBUTTING


def charges_rejected(cands: list[Candidate]) -> None:
    """Recode in place each plain rejection of a charge told before as a denial of its accuser."""
    for c in cands:
        if c.source is None or not rebuts(c) or (c.target is not None and c.target_via == ev.STATED):
            continue
        charge = charge_named_again(c.trigger)
        if charge is None:
            continue
        told = [o for o in cands if o is not c and o.code[:2] == ACCUSATION_ROOT
                and c.sent_index - _SENTENCES_BACK <= o.sent_index <= c.sent_index and o.trigger.i < c.trigger.i]
        last = told[-1] if told else None
        if last is None or last.source is None or not charged_by_another(last, c.source):
            continue
        c.code = DENIAL
        c.target = replace(last.source, implied=True)
        c.target_via, c.implied = ev.REPORTED_AGENT, True
        c.explain["target_path"] = f"the accuser whose charge '{charge.text}' names again ('{last.trigger.text}')"
