"""A deed of the main clause that a speaker names by a word of condemnation in a free relative ("Israeli
jets struck a school in what Hamas called a massacre", "troops shelled the border in what Yerevan
described as a provocation"): the speaker's criticism (the verb of calling's label entry, actions.yml)
is aimed at the main clause's doer, its subject (its by-agent in the passive), never at the country
where it happened nor at another party of the story. Where the main clause names no doer ("a bomb
exploded near a market in what police called a terrorist attack", "two journalists were killed in
what Beirut called a war crime") the criticism has no target. A neutral label makes no criticism at
all ("in what officials called a routine exercise": no entry's label). Words: word classes
``labelling``, ``free_relative_what`` and ``labelled_deed_preposition``."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp.words import word_class
from ..records import Actor
from . import evidence as ev
from .arguments import ActorFinder
from .candidate import Candidate
from .grammar import agent_of, is_passive
from .subjects import subject_of

__all__ = ["aim_labels_at_doers"]

LABELLING = word_class("labelling")
CONDEMNING = word_class("condemning")  # ("in what Kabul denounced as a violation": any label condemns)
WHAT_WORDS = word_class("free_relative_what")
# prepositions by which a free relative of labelling names the main clause's deed ("in what X called")
LABELLED_IN = word_class("labelled_deed_preposition")
# how the doer of the main clause was found, when its own event is the one used
_DOER_KINDS = frozenset({ev.STATED, ev.SUBJECT_EVENT})
_CLIMB = 4
# how a target named inside the label itself was found (its by-agent, an actor in its phrase)
_TOLD_IN_THE_LABEL = frozenset({ev.STATED, ev.OBJECT_PHRASE})


def _labelled_deed(tok: Token) -> Token | None:
    """The verb of the main clause whose deed the free relative of labelling ``tok`` names ("rammed"
    in "rammed a truck into the gate in what Arce called an attempted coup"), else None."""
    if tok.lemma_.lower() not in LABELLING | CONDEMNING or tok.dep_ != "pcomp" or tok.head.lower_ not in LABELLED_IN \
            or not any(c.dep_ == "dobj" and c.lower_ in WHAT_WORDS and c.i < tok.i for c in tok.children):
        return None
    verb = tok.head.head
    for _ in range(_CLIMB):  # (the parser may hang the phrase on the object: "struck a school in Gaza in what")
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i < tok.i else None


def _doer(doc: Doc, verb: Token, cands: list[Candidate], find_actors: ActorFinder) -> Actor | None:
    """The actor that did the deed of ``verb``: the source of its own event, else its subject (its
    by-agent in the passive) as an actor; None where the clause names no doer."""
    own = next((o.source for o in cands if o.trigger.i == verb.i and o.source is not None
                and o.source_via in _DOER_KINDS), None)
    if own is not None:
        return own
    head = agent_of(verb) if is_passive(verb) else subject_of(verb)[0]
    found = find_actors(doc, head) if head is not None else []
    return found[0] if found else None


def aim_labels_at_doers(doc: Doc, cands: list[Candidate], find_actors: ActorFinder) -> list[Candidate]:
    """The candidates, each criticism told by a free relative of labelling on the main clause aimed at
    that clause's doer, or at no one where it names none (see the module; set in place); a party's
    label for its own deed is no criticism of itself, no event."""
    own_deed: set[int] = set()
    for c in cands:
        labels = c.entry.label or c.trigger.lemma_.lower() in CONDEMNING
        verb = _labelled_deed(c.trigger) if c.entry.kind == "verb" and labels else None
        if verb is None or (c.target is not None and c.target_via in _TOLD_IN_THE_LABEL):
            continue  # ("termed an act of aggression by Rwanda": the label's own party)
        doer = _doer(doc, verb, cands, find_actors)
        if doer is not None and c.source is not None and doer.code == c.source.code:
            own_deed.add(c.trigger.i)
            continue
        c.target, c.implied = doer, False
        # (a deed of no told doer: no one stands in for it, neither the scene nor a counterpart)
        c.target_via = ev.STATED if doer is not None else ev.APART
        c.explain["target_path"] = f"the doer of the deed labelled ({verb.lemma_})" if doer is not None else None
    return [c for c in cands if c.trigger.i not in own_deed]
