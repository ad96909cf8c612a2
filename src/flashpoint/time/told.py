"""What a date or a clause of a story is told of, as the story-level dating reads it
(:mod:`flashpoint.time.story`): a date told of a deed or only expected, of the past before the story's
line, of an event noun, of what befell a deed's doer; a relative clause that describes a party."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp.tree import first_conjunct
from .clauses import is_future, is_past, is_told, owning_clause, sets_time
from .dates import PRIOR_MARKS, SAYING_CHANNELS, ResolvedDate
from .tenses import past_perfect

__all__ = ["describes_a_party", "told_before", "told_happened", "told_of_a_noun", "told_of_the_doer", "told_of_whom",
           "told_of_another_clause", "told_of_what_followed"]


def told_of_the_doer(doc: Doc, when: ResolvedDate, verb: Token) -> bool:
    """``when`` is told in a clause describing the subject of ``verb``'s clause ("the minister, whose
    convoy was attacked on Monday, accused ..."): what befell the doer before the deed, not its day
    (unlike a clause on those it was done to, "fired tear gas at crowds who marched on Wednesday")."""
    span = doc.char_span(when.start, when.end, alignment_mode="expand")
    owner = None if span is None else owning_clause(span.root)
    return owner is not None and owner.dep_ in ("relcl", "acl") and owner.head.dep_ in ("nsubj", "nsubjpass") \
        and owner.head.head.i == verb.i


def told_of_whom(verb: Token) -> bool:
    """``verb`` heads a past clause (or a conjunct of one) relative to people, opened by "who", that
    are no party of a clause's deed ("demanded action against the militants, who seized the town and
    killed ...", "protests among the families, who accused the police ..."): a deed told to say who
    they are, at a time of its own."""
    clause = verb
    clause = first_conjunct(clause)
    if clause.dep_ != "relcl" or not is_past(verb) \
            or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who" for c in clause.children):
        return False
    # (not people a deed is done to or with, "fired tear gas at protesters who threw stones": what they
    # did there, then)
    people = clause.head
    governor = people.head.head if people.dep_ == "pobj" else people.head
    return not (people.dep_ in ("dobj", "pobj", "nsubjpass") and governor.pos_ in ("VERB", "AUX"))


def describes_a_party(verb: Token) -> bool:
    """``verb`` heads a relative clause on a party, not on a time ("the junta, which seized power on
    July 26"; not "since March, when the militia overran a base", which tells what happened then)."""
    return verb.dep_ == "relcl" and verb.head.ent_type_ not in ("DATE", "TIME") \
        and not any(c.dep_ == "advmod" and c.lower_ in ("when", "where") for c in verb.children)


def told_of_a_noun(doc: Doc, when: ResolvedDate, event_nouns: frozenset[str]) -> Token | None:
    """The event noun whose time the date is told as ("Sunday's bombing of the bus station", "the
    attack on Monday", "the strike, carried out on Tuesday"): its possessive, inside its phrase, or on
    a participle describing it; None for a date told of a clause."""
    span = doc.char_span(when.start, when.end, alignment_mode="expand")
    if span is None:
        return None
    anchor = span.root
    if anchor.dep_ == "poss":
        noun = anchor.head
    else:
        owner = owning_clause(anchor, None, event_nouns)
        noun = owner.head if owner.dep_ == "acl" and owner.tag_ == "VBN" else owner
    # (not the channel a thing was said in, "said in a video statement on Wednesday": the saying's day)
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in event_nouns \
        and noun.lemma_.lower() not in SAYING_CHANNELS else None


def told_happened(doc: Doc, when: ResolvedDate, event_nouns: frozenset[str]) -> bool:
    """The date is told of what happened, not of what was expected ("flights were due on Saturday")."""
    span = doc.char_span(when.start, when.end, alignment_mode="expand")
    return span is None or is_told(owning_clause(span.root, None, event_nouns))


def told_before(doc: Doc, when: ResolvedDate, event_nouns: frozenset[str]) -> bool:
    """The date is told of what had happened before the story's line ("Congress had voted on
    Friday"): in the past perfect, not expected or planned."""
    span = doc.char_span(when.start, when.end, alignment_mode="expand")
    head = None if span is None else owning_clause(span.root, None, event_nouns)
    return head is not None and past_perfect(head) and not is_future(head)


def told_of_what_followed(doc: Doc, when: ResolvedDate, trigger: Token) -> bool:
    """``trigger`` is told in a clause that sets the time of another with an earlier deed ("Troops
    shelled the town on Tuesday after rebels attacked a checkpoint", "shots rang out overnight, hours
    after the agency announced the result, even as the challenger rejected it"), and ``when`` is told
    outside that clause: the time of what followed the deed, not the deed's own."""
    span = doc.char_span(when.start, when.end, alignment_mode="expand")
    node = trigger
    while span is not None and node.head.i != node.i:
        if sets_time(node, PRIOR_MARKS, own_subject=True):
            return not node.left_edge.i <= span.root.i <= node.right_edge.i
        node = node.head
    return False


def told_of_another_clause(doc: Doc, when: ResolvedDate, verb: Token) -> bool:
    """``when`` is told in a clause other than ``verb``'s ("arrested him on Tuesday and later released
    him": Tuesday is the arrest's)."""
    span = doc.char_span(when.start, when.end, alignment_mode="expand")
    return span is not None and owning_clause(span.root, verb).i != verb.i
