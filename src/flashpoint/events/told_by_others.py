"""What others show, forecast or deny: the deeds a text tells only as seen in footage ("a video
showing soldiers beating villagers"), as someone else's forecast ("residents said the militia will
take the airport") or as what a party denies another did. Neither is the deed, nor the doer's own
announced intent. Used by ``extract.py``."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.story import one_side
from ..nlp.words import word_class
from ..records import Actor
from .modality import INTENT_HEADS
from .roots import in_set

__all__ = ["is_medium", "depicted", "foretelling_verb", "foretold_by_other", "denied_clause", "denies_another"]

MEDIA = word_class("medium")
DEPICTING = word_class("depicting")
# the edges by which what a picture shows hangs under its verb ("showed soldiers shelling a
# village", "showed that troops had fired", "shows the moment a missile hit the block")
_SHOWN_DEPS = frozenset({"ccomp", "xcomp", "acl", "relcl", "dobj", "pobj", "prep", "conj", "amod", "advcl",
                         "pcomp", "compound", "oprd"})


def is_medium(tok: Token) -> bool:
    return tok.lemma_.lower() in MEDIA or tok.lower_ in MEDIA


def _pictured_by_medium(verb: Token) -> bool:
    """``verb`` (of showing) has a picture or recording as its subject ("footage showed", "images
    appear to show"), is said of one ("a video showing ..."), or is seen in one ("soldiers were seen
    in a video beating ...")."""
    if any(c.dep_ == "nsubj" and is_medium(c) for c in verb.children):
        return True
    head = verb.head
    if head.i != verb.i and verb.dep_ in ("acl", "relcl") and is_medium(head):
        return True
    if head.i != verb.i and verb.dep_ == "xcomp" and any(c.dep_ == "nsubj" and is_medium(c) for c in head.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("in", "on") and any(g.dep_ == "pobj" and is_medium(g) for g in c.children)
               for c in verb.children)


def depicted(tok: Token) -> bool:
    """``tok`` is what footage, a video or pictures show ("footage aired by the rebels' channel showed
    people carrying wounded to ambulances", "satellite images showed Russian troops destroying a
    bridge"): a depiction of an event the story tells (or not) in its own words, no event of its own."""
    t = tok
    for _ in range(6):
        if t.head.i == t.i or t.dep_ not in _SHOWN_DEPS:
            return False
        t = t.head
        if t.lemma_.lower() in DEPICTING and _pictured_by_medium(t):
            return True
    return False


FORECAST = word_class("forecast")
# verbs whose clause may tell a future deed of someone: saying, vowing, forecasting
_TELLING = word_class("speech", "commitment", "forecast")
_CLAIMING = word_class("charge_speech")  # "claimed that Guyana was planning to attack"


def foretelling_verb(clause: Token, planned: bool = False) -> Token | None:
    """The verb of saying, vowing or forecasting whose "that"-clause ``clause`` (a future deed's verb,
    or an event noun's support verb) is ("he said the group will start attacking ships"), or None;
    none where a word of intention comes between ("said they commit to cease fighting": the intent
    is the doers' own). For a deed ``planned`` (announced by a word of planning), the verb of saying
    or claiming the plan is told in ("Asmara said Ethiopia was planning an invasion to seize Assab",
    "claimed that Guyana was planning to attack"): whose word the plan is."""
    t = clause
    for _ in range(6 if planned else 4):
        if t.head.i == t.i:
            return None
        edge, t = t.dep_, t.head
        if edge in ("ccomp", "parataxis"):
            return t if t.lemma_.lower() in (_TELLING | _CLAIMING if planned else _TELLING) else None
        if planned and edge in ("conj", "xcomp", "advcl", "dobj", "acl"):
            continue  # ("was planning an invasion to seize": up through the plan)
        if edge not in ("conj", "xcomp") or t.lemma_.lower() in INTENT_HEADS:
            return None
    return None


def foretold_by_other(verb: Token, doer: Actor, tellers: list[Actor]) -> bool:
    """A future deed told by someone other than its doer ("a Syrian official said Israel would strike
    Damascus again", "residents assured the agency that the militia will take over the airport",
    "analysts predict Russia will attack"): a forecast, neither an event nor the doer's announced
    intent (CAMEO 03 and 13 need the doer's own word). ``verb`` is the verb that tells it,
    ``tellers`` the actors its subject names; a forecast by no named actor is no announcement either,
    where an unnamed speaker ("a spokesman said") may speak for the doer."""
    if tellers:
        return not any(one_side(t, doer) for t in tellers)
    return verb.lemma_.lower() in FORECAST


def denied_clause(tok: Token, code: str) -> Token | None:
    """The "that"-clause a verb of denial (roots.yml ``denial``) denies ("denied that the rebels had
    captured the airport"), or None."""
    if not in_set(code, "denial") or tok.pos_ not in ("VERB", "AUX"):
        return None
    # (a clause before it is the claim told, that the parser hung on the denial: "X accused Y of
    # ..., a charge Kigali denied")
    return next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)


def denies_another(denier: Actor, doers: list[Actor]) -> bool:
    """The denied clause's doers (``doers``, the actors its subject names) are all of another side
    than the denier: a claim about someone else's deed, no denial of responsibility."""
    return bool(doers) and not any(one_side(d, denier, armed_apart=True) for d in doers)
