"""Deeds told in a relative clause on one side of a clash: "protesters clashed with police *who
fired tear gas*", "troops clashed with protesters *who threw stones*", "fought with gangs *who
opened fire*". A word of mutual confrontation (word class ``confronting``: clash, fight, battle,
scuffle) names the other side as its with- or against-phrase or its object; a relative clause or
participle on that side that tells a deed with no target of its own (none, or only one the story
implies: the scene, a usual target) is aimed at the confrontation's subject, the party it faces.
A clause with a target of its own keeps it ("clashed with police who arrested 20 students"), and a
clause that tells no deed is none. ``aim_across_a_clash`` is a pass run by ``settle.py``."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..actors.story import one_side
from ..nlp.words import word_class
from . import evidence as ev
from .candidate import Candidate
from .roots import in_set

__all__ = ["aim_across_a_clash"]

CONFRONTING = word_class("confronting")
# prepositions that name the side faced ("clashed with police", "fought against the rebels")
_FACING = ("with", "against")
# the clause's own arguments that name whom its deed is done to
_OWN_AIM = ("dobj", "dative")
_OWN_AIM_PREPS = ("at", "on", "against", "upon", "toward", "towards", "into")
_WHEN = ("DATE", "TIME")  # ("opened fire on Tuesday": when, not at whom)
PATH = "implied: the side it faced in the clash its clause is on"


def aim_across_a_clash(cands: list[Candidate]) -> None:
    """Aim each deed told in a relative clause or participle on the faced side of a confrontation, with
    no target of its own, at the confrontation's doer (see the module). In place."""
    for c in cands:
        if c.source is None or c.negated or not in_set(c.code, "across_a_clash") \
                or (c.target is not None and c.target_via not in ev.IMPLIED):
            continue
        side = _faced_side(c)
        if side is None or c.source.span is None or not c.source.span[0] <= side[0].idx < c.source.span[1]:
            continue  # (the deed's doer is the side faced itself)
        clash = next((d for d in cands if d.trigger.i == side[1].i and d.source is not None
                      and d.sent_index == c.sent_index and not one_side(d.source, c.source, armed_apart=True)), None)
        if clash is None or clash.source is None:
            continue
        c.target = replace(clash.source, implied=True)
        c.target_via, c.implied = ev.COUNTERPART, True
        c.explain = dict(c.explain, target_path=PATH)


def _clause(trigger: Token) -> Token | None:
    """The verb of the clause that tells the deed: the trigger verb, or the verb whose object is the
    event noun ("who launched a crackdown"); a verb joined to a relative clause's counts as its
    ("who fired tear gas and used batons")."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head if trigger.dep_ == "dobj" else None
    while verb is not None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    # (the parser reads "clashed with police firing tear gas" as a clause "police firing" under "with")
    return verb if verb is not None and (verb.dep_ in ("relcl", "acl") or verb.dep_ == "pcomp" and verb.tag_ == "VBG") \
        else None


def _faced_side(c: Candidate) -> tuple[Token, Token] | None:
    """(the noun the clause describes, the word of confrontation) where the deed's clause describes the
    side a confrontation faces ("clashed with police who fired", "fought the rebels who shelled") and
    names no target of its own (an object beside the word the lexicon read, or an at-phrase)."""
    verb = _clause(c.trigger)
    if verb is None or _aims_itself(c, verb) or any(g.dep_ in ("nsubjpass", "auxpass") for g in verb.children):
        return None
    side = verb.head if verb.dep_ != "pcomp" else next((g for g in verb.children if g.dep_ == "nsubj"), verb)
    if side.pos_ not in ("NOUN", "PROPN"):
        return None
    head = verb.head if verb.dep_ == "pcomp" else side.head
    if (side.dep_ == "pobj" or verb.dep_ == "pcomp") and head.lower_ in _FACING:
        head = head.head
    elif side.dep_ != "dobj":
        return None
    if head.lemma_.lower() not in CONFRONTING or head.i == side.i:
        return None
    return side, head


def _aims_itself(c: Candidate, verb: Token) -> bool:
    """The clause names whom or what its deed is done to: its trigger verb has an object other than
    the word the lexicon reads with it ("who arrested 20 people", "who blocked the highway"; not
    the weapon of "fired tear gas"), or it or the clause's verb an at-, on- or against-phrase not of
    time ("who fired at the crowd"; nor a deed joined to one aimed elsewhere: "who fired tear gas at
    journalists and used batons")."""
    own = c.trigger if c.trigger.pos_ in ("VERB", "AUX") else c.trigger.head
    for v in {own.i: own, verb.i: verb}.values():
        object_aims = v.i == c.trigger.i and ("dobj" in c.entry.target or not c.entry.object)
        for g in v.children:
            if g.dep_ in _OWN_AIM and g.tag_ not in ("WDT", "WP") and (object_aims or g.dep_ == "dative"):
                return True
            if g.dep_ == "prep" and g.lower_ in _OWN_AIM_PREPS and any(
                    p.dep_ == "pobj" and p.ent_type_ not in _WHEN for p in g.children):
                return True
    return False
