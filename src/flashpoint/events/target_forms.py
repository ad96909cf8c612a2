"""Where an action's target stands when it is no plain noun object of its verb, read by
``arguments.target_token`` and ``extract.py``: the noun a relative clause with no relative word
describes ("the villagers they abducted"), whom an ordered deed is done to ("ordered the blogger
jailed"), the one who underwent an event noun ("the army suffered heavy losses in an ambush"), a
number heading an of-phrase ("killed three of the gunmen"), "each other", and the holder a
participle of the target phrase names ("positions held by the rebels")."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.words import word_class
from .causes import aimed_in_its_phrase, harm_of_cause, harmed_by_cause
from .grammar import child_with, is_passive
from .lexicon import ActionEntry
from .subjects import subject_of

__all__ = ["object_gap", "comp_object", "sufferer_of", "partitive_number", "reciprocal", "holder_named",
           "PARTITIVE_QUANTITIES", "UNDERGOING"]

PARTITIVE_QUANTITIES = word_class("partitive_quantity")  # "some of them", "dozens of the fighters"
UNDERGOING = word_class("undergoing")  # "suffered losses in an ambush", "incurred casualties in the raid"
HOLDING_PARTICIPLES = word_class("holding") | word_class("holding_captive")


def object_gap(tok: Token) -> Token | None:
    """The noun a relative clause with no relative word describes, when the clause's verb has a
    subject and no object of its own: the gap is its object ("the villagers they abducted",
    "civilians they accused of collaborating"); not "the day they arrived where ..." (an adverb or a
    stranded preposition tells another gap)."""
    if tok.dep_ != "relcl" or tok.head.i == tok.i or tok.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ in ("dobj", "obj", "advmod", "nsubjpass", "ccomp", "xcomp") or c.tag_ in ("WDT", "WP", "WRB")
           or (c.dep_ == "prep" and not any(True for _ in c.children)) for c in tok.children):
        return None
    return tok.head if any(c.dep_ == "nsubj" for c in tok.children) else None


def comp_object(tok: Token, entry: ActionEntry) -> Token | None:
    """Whom the deed of ``tok``'s complement (one of the entry's ``comp`` words) is done to, where
    no one is told to do it: the subject of a passive one ("ordered that the blogger be jailed",
    "ordered Castillo held", whose verb the tagger may take for a past tense with no object) or the
    one told to undergo it ("ordered him to be held"); None for an active one ("ordered the police to
    arrest him": asked of the police, not done)."""
    for c in tok.children:
        if c.dep_ not in ("ccomp", "xcomp") or c.lemma_.lower() not in entry.comp \
                or (not is_passive(c) and child_with(c, ("dobj",)) is not None):
            continue
        undergoer = child_with(c, ("nsubjpass", "nsubj")) if c.dep_ == "ccomp" else child_with(tok, ("dobj",))
        if undergoer is not None and (is_passive(c) or c.dep_ == "ccomp"):
            return undergoer
    return None


def sufferer_of(noun: Token) -> Token | None:
    """The subject of a verb of undergoing (word class ``undergoing``) in whose in-phrase the event
    noun stands, directly or after its object ("the Malian army suffered heavy losses in an ambush
    by Tuareg rebels"), or of the harm the noun is told as the cause of ("a Hamas commander was
    killed in an Israeli air strike", ``causes.harm_of_cause``; not a fight with a party, "died in a
    clash with Chinese troops", fought by the dead, nor a deed of a target of its own, "killed in a
    strike on a Hamas commander's car", ``events/victims.harmed_party``): whom the deed hit."""
    if harm_of_cause(noun) is not None and not aimed_in_its_phrase(noun):
        return harmed_by_cause(noun)
    h = noun.head
    if noun.dep_ != "pobj" or h.lower_ not in ("in", "during") or h.head.i == h.i:
        return None
    verb = h.head.head if h.head.dep_ == "dobj" else h.head
    if verb.lemma_.lower() not in UNDERGOING or verb.pos_ not in ("VERB", "AUX"):
        return None
    return subject_of(verb)[0]


def partitive_number(tok: Token) -> bool:
    """A number or quantity heading an of-phrase ("killed three of the gunmen", "detained several of
    them", word class ``partitive_quantity``): the phrase is the object."""
    return (tok.pos_ == "NUM" or tok.lower_ in PARTITIVE_QUANTITIES) and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def reciprocal(tok: Token) -> bool:
    """``tok`` (a target's head) says "each other" or "one another", itself or as its possessor
    ("accused one another", "expelled each other's diplomats")."""
    for t in (tok, *(c for c in tok.children if c.dep_ == "poss")):
        if t.lower_ in ("other", "another", "one") and any(
                c.dep_ == "det" and c.lower_ in ("each", "another") for c in t.children):
            return True
    return False


def holder_named(target: Token) -> Token | None:
    """The holder a participle of the target phrase names ("struck the air bases and weapons depots
    *seized by the Houthi militias*", "shelled positions *held by the rebels*"): what is struck is
    theirs, whoever the phrase's own words would make it (word classes ``holding``,
    ``holding_captive``); None where no such participle has a by-agent."""
    for noun in (target, *target.conjuncts):
        for acl in noun.children:
            if acl.dep_ == "acl" and acl.lemma_.lower() in HOLDING_PARTICIPLES:
                agent = next((g for p in acl.children if p.dep_ == "agent" for g in p.children
                              if g.dep_ == "pobj"), None)
                if agent is not None:
                    return agent
    return None
