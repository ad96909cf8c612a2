"""A measure told as like one told before retells its kind: "The United States imposed sanctions on
the minister. Britain announced similar measures against him", "Canada expelled two diplomats.
Australia took the same step", "Australia followed suit" tell the earlier measure's code (roots set ``measure_decided``) with
their own source, and, where they name no target of their own, the earlier measure's target. The
measure's noun (word classes ``measure_noun``, ``measure_kind``) is the trigger or its direct
object, with an adjective of likeness (``measure_likeness``) on it, or a noun that is itself the
measure done again (``same_again``: "followed suit"); one that says no kind of its own
(``measure_noun``: "took similar steps") tells nothing where no measure was told before. A pass over a document's candidates, run by ``settle.py``."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..nlp.words import word_class
from ..records import Actor
from . import evidence as ev
from .arguments import ActorFinder, party_key
from .candidate import Candidate
from .grammar import prep_object
from .roots import in_set

__all__ = ["measures_told_as_like"]

LIKENESS = word_class("measure_likeness")
MEASURE_NOUNS = word_class("measure_noun")  # says no kind of its own
MEASURE_KINDS = word_class("measure_kind")
SAME_AGAIN = word_class("same_again")  # the measure done again, with no word of likeness
FOLLOWING = word_class("following_with")  # "followed with sanctions": the measure done again


def measures_told_as_like(doc: Doc, cands: list[Candidate], find_actors: ActorFinder) -> list[Candidate]:
    """``cands`` with each measure told as like an earlier one (see the module) given that one's code
    (its announced form where the later is announced: "will take similar measures"), and its target
    where it states none (a measure followed with may state its own: "followed with sanctions
    against two commanders"); the earlier one is the latest asserted measure of another source in an
    earlier sentence."""
    out: list[Candidate] = []
    for c in cands:
        own = _own_targets(doc, c, find_actors)
        if own:
            c = replace(c, target=own[0], target_via=ev.STATED, implied=False)
        if c.source is None or c.negated or c.modality not in (None, "intent") \
                or not in_set(c.entry.code, "measure_decided") or not _told_as_like(c.trigger):
            out.append(c)
            continue
        before = _measure_before(cands, c)
        if before is None:
            liked = _liked(c.trigger)
            if liked is None or liked.lemma_.lower() not in MEASURE_NOUNS | SAME_AGAIN \
                    and _followed_with(c.trigger) is None:
                out.append(c)
            continue  # ("took similar steps", "followed with sanctions": of no measure told before)
        code = before.code if c.modality is None else before.entry.intent
        if code is None:
            continue  # ("will take similar measures" after a measure that has no announced form)
        stated = c.target is not None and c.target_via == ev.STATED
        target = c.target if stated else before.target
        if target is not None and party_key(target) == party_key(c.source):
            out.append(c)
            continue
        out.append(replace(c, code=code, target=target, implied=c.implied if stated else before.implied,
                           target_via=c.target_via if stated else ev.PARALLEL, pending=None,
                           explain=dict(c.explain, retold_measure=before.trigger_text)))
    return out


def _own_targets(doc: Doc, c: Candidate, find_actors: ActorFinder) -> list[Actor]:
    """The parties a measure followed with names as its own target, on its noun ("Britain followed
    with sanctions against two RSF commanders"); none where it names none."""
    noun = _followed_with(c.trigger) if c.target_via != ev.STATED else None
    aimed = next((o for p in ("against", "on") if noun is not None and (o := prep_object(noun, p)[0]) is not None),
                 None)
    return find_actors(doc, aimed) if aimed is not None else []


def _told_as_like(trigger: Token) -> bool:
    """``trigger`` or its direct object is a measure's noun with an adjective of likeness on it."""
    return _liked(trigger) is not None


def _liked(trigger: Token) -> Token | None:
    """The measure's noun with an adjective of likeness: ``trigger`` or its direct object."""
    nouns = [trigger] if trigger.pos_ in ("NOUN", "PROPN") else [c for c in trigger.children if c.dep_ == "dobj"]
    for n in nouns:
        if n.lemma_.lower() in SAME_AGAIN or n.lemma_.lower() in MEASURE_NOUNS | MEASURE_KINDS \
                and any(m.dep_ == "amod" and m.lower_ in LIKENESS for m in n.children):
            return n
    return _followed_with(trigger)


def _followed_with(trigger: Token) -> Token | None:
    """The measure's noun in the with-phrase of a verb of following ("the EU followed with similar
    sanctions", "Britain followed with sanctions of its own"): the measure done again, with or
    without a word of likeness."""
    if trigger.lemma_.lower() not in FOLLOWING or trigger.pos_ != "VERB":
        return None
    return next((g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with"
                 for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in MEASURE_NOUNS | MEASURE_KINDS), None)


def _measure_before(cands: list[Candidate], c: Candidate) -> Candidate | None:
    """The latest asserted measure (roots set ``measure_decided``) of another source than ``c``'s,
    told in an earlier sentence."""
    found = None
    for p in cands:
        if p.sent_index >= c.sent_index or p.negated or p.modality is not None or p.source is None:
            continue
        if in_set(p.code, "measure_decided") and party_key(p.source) != party_key(c.source) \
                and not _told_as_like(p.trigger):
            found = p
    return found
