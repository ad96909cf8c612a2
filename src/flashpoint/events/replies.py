"""Replies to force: "struck back with artillery fire on Pakistani posts", "The army answered with
artillery fire", "Armenian forces fired back", "returned fire"; also force used on a riot ("protesters
threw rocks at police, who responded with tear gas": roots set ``across_a_clash``). A verb of answering (word class
``reacting``), of giving back (``returning``) or a verb with the particle "back" (``reply_particle``)
tells a reply, with the means in its with-phrase
(read as an event noun's support verb, ``arguments.support_verb``); a reply that names no target of
its own is aimed at who just attacked the replier's side, told in its sentence or the one before
(the text links them: no reply, no such target). ``aim_replies`` is a pass run by ``settle.py``."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..nlp.words import word_class
from ..records import Actor
from . import evidence as ev
from .candidate import Candidate
from .roots import in_set

__all__ = ["answers_back", "aim_replies"]

REACTING = word_class("reacting")  # "retaliated", "responded", "answered"
REPLY_PARTICLES = word_class("reply_particle")  # "hit back", "struck back", "fired back"
RETURNING = word_class("returning")  # "returned fire": violence given back
STANDING = word_class("standing_place")  # "a village near Kirkuk", "targets in Gaza"


def answers_back(verb: Token) -> bool:
    """``verb`` is a verb of striking back ("hit back", "struck back", "fired back"): a reply, whose
    with-phrase names its means ("hit back with drone strikes")."""
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ in ("prt", "advmod") and c.lower_ in REPLY_PARTICLES
                                                for c in verb.children)


def _replying(c: Candidate) -> bool:
    """The candidate's clause is a reply: its trigger, or the verb whose with-phrase names the event
    noun ("responded with air strikes"), is a verb of answering or of striking back."""
    verb = c.trigger
    if verb.pos_ == "NOUN" and verb.dep_ == "pobj" and verb.head.lower_ == "with":
        verb = verb.head.head
    return verb.lemma_.lower() in REACTING or answers_back(verb) or verb.lemma_.lower() in RETURNING


def aim_replies(doc: Doc, cands: list[Candidate]) -> None:
    """Aim each reply of force with no target of its own (none, or only the scene the story implies)
    at the doer of the latest violence told before it, in its sentence or the one before (or told
    after it in an adverbial clause on its verb: "responded with air strikes after jihadists attacked
    a camp"), whose stated target is of the replier's side and whose doer is not ("Rebels shelled a
    government base. The army responded with air strikes": at the rebels). In place."""
    for i, c in enumerate(cands):
        if c.source is None or c.negated or not in_set(c.code, "across_a_clash") or not _replying(c):
            continue
        if c.target is not None and c.target_via != ev.SCENE:
            continue
        later = [d for d in cands[i + 1:] if d.sent_index == c.sent_index]
        attack = next((d for d in (*reversed(cands[:i]), *later) if _attack_on(doc, d, c)), None)
        if attack is None or attack.source is None:
            continue
        c.target = replace(attack.source, implied=True)
        c.target_via, c.implied = ev.COUNTERPART, True
        c.explain = dict(c.explain, target_path=f"implied: the doer of the attack in sentence "
                                                f"{attack.sent_index}, which it answered")


def _attack_on(doc: Doc, d: Candidate, reply: Candidate) -> bool:
    """``d`` is violence told just before ``reply`` (in its sentence or the one before), by another
    party than the replier on a stated target of the replier's side (an actor, or a place its object
    names)."""
    if reply.source is None or d.source is None or d.negated or d.modality is not None:
        return False
    if not in_set(d.code, "across_a_clash") or d.target_via in ev.IMPLIED or reply.sent_index - d.sent_index not in (0, 1):
        return False
    if d.sent_index == reply.sent_index and d.trigger.i >= reply.trigger.i and not _told_as_cause(d.trigger, reply):
        return False
    mine = reply.source.org or reply.source.country
    if mine is None:  # (of unstated country, as the party it answers may be: "protesters threw rocks at
        # police, who responded with tear gas"; the story gives both their country later)
        return d.target is not None and not (d.target.org or d.target.country) and reply.source.sector is not None \
            and d.target.sector == reply.source.sector and d.source.sector != reply.source.sector
    other = d.source.code != reply.source.code and (
        (d.source.org or d.source.country) != mine or d.source.sector != reply.source.sector)
    hit = (_side(doc, d.target) if d.target is not None else None) or _object_place(doc, d.trigger)
    return mine is not None and hit == mine and other


def _told_as_cause(trigger: Token, reply: Candidate) -> bool:
    """``trigger`` heads an adverbial clause on the reply's verb ("responded with air strikes after
    jihadists attacked a camp"): the attack it answers, told after it."""
    verb = reply.trigger.head.head if reply.trigger.dep_ == "pobj" else reply.trigger
    return trigger.dep_ == "advcl" and trigger.head.i == verb.i


def _object_place(doc: Doc, trigger: Token) -> str | None:
    """The country of the place named in the object of a deed with no actor for its target, or in a
    phrase of where it stood ("attacked a village near Kirkuk", "struck targets in Gaza": word class
    ``standing_place``; not "from bases in Syria")."""
    for c in trigger.children:
        if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in STANDING):
            sub = list(c.subtree)
            span = (sub[0].idx, sub[-1].idx + len(sub[-1].text))
            country = next((p.location.country for p in (doc._.get("fp_places") or [])
                            if p.location.country and span[0] <= p.start and p.end <= span[1]), None)
            if country is not None:
                return country
    return None


def _side(doc: Doc, a: Actor) -> str | None:
    """The organisation or country of ``a``; for a place named as the target, or a thing at a place
    ("struck Kharkiv", "attacked a village near Kirkuk", "struck targets in Gaza"), whose country the
    story fills in later, the country the place resolves to."""
    if a.org or a.country:
        return a.org or a.country
    span = a.span
    if span is None:
        return None
    return next((p.location.country for p in (doc._.get("fp_places") or []) if p.location.country and (
        p.start <= span[0] and span[1] <= p.end or span[0] <= p.start and p.end <= span[1])), None)
