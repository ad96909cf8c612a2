"""What one party trades with another, the other trades back: "Kenya traded accusations with
Somalia", "Indian troops exchanged fire with Pakistani soldiers", "Russia exchanged prisoners with
Ukraine" tell one deed that each side does to the other, as "Kenya and Somalia traded accusations"
does (``joint_parties.shared_between``); so does a clash ("Indian troops clashed with Chinese
soldiers"). A pass over a document's candidates, run by ``settle.py``."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..actors.story import ARMED_SECTORS
from ..nlp.words import word_class
from . import evidence as ev
from .arguments import party_key
from .candidate import Candidate
from .joint_parties import EXCHANGE_VERBS
from .roots import VIOLENCE

__all__ = ["traded_back", "told_both_ways", "Sides"]

Sides = tuple[int, tuple[int, int], tuple[int, int]]  # (trigger, doer's phrase, target's phrase): characters

CLASHING = word_class("clash_with")  # "clashed with", "skirmished with": against the other, never alongside


def traded_back(cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with, after each trade told with a with-phrase, the same trade from the other side:
    the verb of giving each other the same thing (word class ``exchange``) has a direct object of
    its own (what is traded: not "fought with the coalition", which may be alongside it), or is a
    verb of clashing (``clash_with``), its target is named in the with-phrase, and both sides are
    named in the text, of two parties; for violence, the other side bears arms or is a state, and
    in a clash both sides bear arms. A
    reading some doers only give (``by``: protesters who clash
    with troops riot) is not turned round. A trade already told from the other side in the sentence
    is not told twice."""
    told = {(c.trigger.i, c.source.code, c.target.code) for c in cands
            if c.source is not None and c.target is not None}
    out: list[Candidate] = []
    for c in cands:
        out.append(c)
        if c.source is None or c.target is None or c.negated or c.entry.by \
                or not _traded_with(c.trigger, c.target.span):
            continue
        if c.source.span is None or party_key(c.source) == party_key(c.target):
            continue
        if c.code[:2] in VIOLENCE and c.target.sector is not None and c.target.sector not in ARMED_SECTORS:
            continue  # ("troops clashed with Palestinian protesters": the crowd fights no battle)
        if c.trigger.lemma_.lower() in CLASHING and not {c.source.sector, c.target.sector} <= ARMED_SECTORS:
            continue  # ("Serbia clashed with Kosovo over the plates": states clash in words, told apart)
        key = (c.trigger.i, c.target.code, c.source.code)
        if key in told:
            continue
        told.add(key)
        out.append(replace(c, source=c.target, target=c.source, implied=False,
                           source_via=ev.STATED, target_via=ev.STATED, pending=None,
                           explain=dict(c.explain, source_path="prep:with (traded back)",
                                        target_path="nsubj (traded back)")))
    return out


def told_both_ways(cands: list[Candidate]) -> set[Sides]:
    """The (trigger, doer's phrase, target's phrase) of each deed told from both sides: another
    candidate of the same trigger has the two phrases swapped ("Malagasy soldiers clashed with
    gendarmes", traded back by :func:`traded_back`; "clashes between X and Y"). One deed each side
    does to the other: each phrase is one party in both records (``assemble.py`` fills its country
    once, ``actors/clash_country.py``)."""
    told = {(c.trigger.i, c.source.span, c.target.span) for c in cands if c.source is not None
            and c.target is not None and c.source.span is not None and c.target.span is not None}
    return {(i, a, b) for i, a, b in told if a != b and (i, b, a) in told}


def _traded_with(trigger: Token, span: tuple[int, int] | None) -> bool:
    """``trigger`` is a verb of trading with a direct object, or of clashing, and ``span``
    (characters) lies in a with-phrase on the verb or on what it trades ("traded fire with",
    "exchanged prisoners with", "clashed with")."""
    lemma = trigger.lemma_.lower()
    if span is None or trigger.pos_ not in ("VERB", "AUX") or lemma not in EXCHANGE_VERBS | CLASHING:
        return False
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    if not objects and lemma not in CLASHING:
        return False
    for head in (trigger, *objects):
        for p in head.children:
            if p.dep_ == "prep" and p.lower_ == "with":
                sub = list(p.subtree)
                if sub[0].idx <= span[0] and span[1] <= sub[-1].idx + len(sub[-1].text):
                    return True
    return False
