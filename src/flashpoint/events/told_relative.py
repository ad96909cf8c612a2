"""A deed told inside a relative clause through an inserted teller.

"Britain condemned Russian strikes that it said killed 14 civilians", "the militia, which the UN
says killed hundreds", "troops who officials said had seized the base": the small model makes the
verb of saying the relative clause and hangs the deed under it as its complement (or makes the verb
of saying a clause of the main verb, with the relative pronoun left as the deed's subject), so the
teller ("it", "the UN", "officials") reads as the deed's subject. The doer of the deed is the noun
the relative clause describes; the teller only tells it.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors import actors_for
from .grammar import REL_PRONOUNS, SPEAKING, SUBJ, child_with

__all__ = ["antecedent_past_teller"]


def antecedent_past_teller(verb: Token) -> Token | None:
    """The noun a relative clause describes where ``verb`` is the deed under a verb of saying set
    inside the relative clause with a teller of its own ("strikes that it said killed ..."); None
    otherwise.

    The deed has no subject of its own but the relative pronoun ("which the UN says killed"), and
    the teller is a subject that is not the relative pronoun ("the group, which said it killed ...":
    the group tells its own deed; "the envoy, who said Russia attacked ...": Russia attacked).
    """
    told = verb.head
    if verb.dep_ not in ("xcomp", "ccomp") or told.lemma_.lower() not in SPEAKING:
        return None
    teller = child_with(told, SUBJ)
    if teller is None or teller.lower_ in REL_PRONOUNS:
        return None
    own = child_with(verb, SUBJ)
    if own is not None and own.lower_ not in REL_PRONOUNS:
        return None
    if told.dep_ == "relcl":
        if own is None and not any(c.dep_ == "dobj" and c.lower_ in REL_PRONOUNS and c.i < teller.i
                                   for c in told.children):
            return None
        return _named_within(told.head)
    if own is None or not own.i < teller.left_edge.i or told.dep_ != "ccomp":
        return None
    # "denounced fire from Hezbollah that it said injured three soldiers": the parser made the verb
    # of saying a clause of the main verb; the pronoun still follows the noun it stands for
    before = own.nbor(-1) if own.i > told.sent.start else None
    if before is not None and before.text == ",":
        before = before.nbor(-1) if before.i > told.sent.start else None
    if before is None or before.pos_ not in ("NOUN", "PROPN"):
        return None
    return _named_within(before)


def _named_within(noun: Token) -> Token:
    """The noun itself, or where it names no actor, the object of its of-phrase ("a wave of Russian
    strikes", "a barrage of drones"): what the measure is of."""
    if actors_for(noun.doc, noun):
        return noun
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return inner if inner is not None else noun
