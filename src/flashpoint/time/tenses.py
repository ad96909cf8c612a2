"""The tense and kind of the clause an event is told in, as the story-level dating reads it
(:mod:`flashpoint.time.story`): the perfect, the past perfect, the simple present and the present
progressive, and clauses that tell when something began."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.tree import first_conjunct
from ..nlp.words import word_class
from .clauses import is_future

__all__ = ["going_on_now", "next_step", "object_clause", "onset", "past_perfect", "perfect", "present_perfect", "sharing_predicate", "simple_present",
           "told_after", "verb_of"]

ONSET = word_class("onset")
SEQUEL = word_class("sequel")
_AFTER = frozenset(("after", "following"))
_WHAT_WAS_TOLD = frozenset(("that", "this"))
_PARTS_OF_DAY = frozenset(("day", "morning", "afternoon", "evening", "night"))
_THE_SAME = frozenset(("that", "same"))


def verb_of(trigger: Token) -> Token:
    """The verb of the clause an event's trigger (a verb or the noun of a support verb) is told in."""
    node = trigger
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node


def object_clause(trigger: Token) -> Token:
    """The verb whose object phrase holds a noun trigger ("have carried out dozens of air strikes
    since January": carried), else the trigger itself: a time told on that verb is the noun's."""
    node, below = trigger, trigger
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        below, node = node, node.head
    return node if node.i != trigger.i and below.dep_ == "dobj" else trigger


def perfect(verb: Token) -> bool:
    """A perfect clause ("its fighters have since launched attacks")."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def onset(verb: Token) -> bool:
    """The clause tells when something began ("the protests began on Saturday"): its day starts a
    period, and the undated deeds told after it are of the period, not of that day."""
    return verb.lemma_.lower() in ONSET


def past_perfect(verb: Token) -> bool:
    """A past perfect clause ("had lifted", "had been arrested")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in verb.children)


def present_perfect(verb: Token) -> bool:
    """A present perfect clause ("has demanded", "have called for"), not the past perfect ("had")."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def simple_present(verb: Token) -> bool:
    """A main clause in the simple present with no auxiliary ("The Government condemns these acts",
    "The ministry calls on both sides"): what a statement does as it is issued, on the day of the
    text, not on a day told before (a headline's present, the first sentence, tells the past)."""
    return verb.tag_ in ("VBZ", "VBP") and verb.dep_ == "ROOT" \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def going_on_now(verb: Token) -> bool:
    """A clause in the present progressive ("the group is besieging El Fasher", "troops are shelling
    the town"): what goes on as the text is told, on its day, not a day told before."""
    return verb.tag_ == "VBG" and not is_future(verb) \
        and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def told_after(verb: Token) -> bool:
    """The clause (or the one it is coordinated with) tells its deed came after what was told before,
    with a sequel adverb ("Rebels later retook the town", "Then the students blocked the road", "the
    government then declared ...") or "after that": a deed of its own time, not the day of the deed told
    before it."""
    clause = verb
    clause = first_conjunct(clause)
    for node in {verb, clause}:
        if any(c.dep_ == "npadvmod" and c.lemma_.lower() in _PARTS_OF_DAY
               and any(g.lower_ in _THE_SAME for g in c.children) for c in node.children):
            return False  # ("That night, protesters then set fire to ...": the day told before)
        for child in node.children:
            if child.dep_ == "advmod" and child.lower_ in SEQUEL and not list(child.children):
                return True
            if child.dep_ == "prep" and child.lower_ in _AFTER \
                    and any(g.dep_ == "pobj" and g.lower_ in _WHAT_WAS_TOLD for g in child.children):
                return True
    return False


def next_step(verb: Token) -> bool:
    """A predicate told with "then" after the one before it, with no subject of its own: the next step
    of one deed ("ambushed a patrol on Monday, then torched a village"), of the day told of that
    deed, not a later one ("later", "subsequently" still tell a gap; the parser may leave it of no
    relation after a comma)."""
    return any(c.dep_ == "advmod" and c.lower_ == "then" for c in verb.children) and verb.dep_ in ("conj", "dep") and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX") \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def sharing_predicate(verb: Token) -> int | None:
    """The predicate a coordinated one with no subject of its own shares its time with ("Pakistan shot
    down a jet the next day and captured its pilot": the capture is of the next day too), a token
    index; None for one told as coming after it ("arrested him on Tuesday and later released him")."""
    if verb.dep_ != "conj" or verb.head.i == verb.i or told_after(verb) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return verb.head.i
