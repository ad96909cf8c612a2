"""The day of a saying that the parser hung on what was said.

"The army said on Thursday it had repelled an attack on Tuesday", "Police said Wednesday they
arrested 30 protesters over the weekend": with no "that", the parser often hangs the time right
after the verb of saying on the verb of its complement. A time told right after the verb of saying,
before the complement's subject, is the saying's: the deed's own time is the one told in its clause
("on Tuesday", "over the weekend"), else the saying's day dates it as the clause it is said in.

"Kenyan police announced on Monday they had arrested 14 suspects": the parser may also read the verb
of saying as a participle on the subject ("police announced on Monday") and the complement as the
sentence's main clause, which then has a subject of its own after the participle ("they"). A clause
has one subject: the participle is the saying that governs the clause, and its day the saying's.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.words import word_class

__all__ = ["saying_read_as_a_participle", "saying_told_after"]

_SPEECH = word_class("speech")
_HANGING = frozenset(("prep", "npadvmod"))
_SUBJECTS = frozenset(("nsubj", "nsubjpass", "expl"))


def saying_told_after(hung: Token, clause: Token) -> Token | None:
    """The verb of saying whose time ``hung`` (a preposition or bare noun of time the parser hung on
    ``clause``) is, when ``clause`` is that verb's complement and ``hung`` follows the verb right
    after it, before the complement's subject; else None."""
    saying = clause.head
    if hung.dep_ not in _HANGING or clause.dep_ != "ccomp" or saying.lemma_.lower() not in _SPEECH \
            or hung.left_edge.i != saying.i + 1:
        return None
    subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
    return saying if subject is not None and hung.right_edge.i < subject.left_edge.i else None


def saying_read_as_a_participle(clause: Token) -> Token | None:
    """The verb of saying the parser hung as a participle on ``clause``'s subject, when ``clause`` has
    a subject of its own after it ("police announced on Monday they had arrested ..."); else None."""
    subjects = [c for c in clause.children if c.dep_ in _SUBJECTS]
    first = subjects[0] if subjects else None
    saying = next((c for c in first.children if c.dep_ == "acl" and c.lemma_.lower() in _SPEECH), None) \
        if first is not None else None
    if saying is None or not any(s.left_edge.i > saying.right_edge.i for s in subjects[1:]):
        return None
    return saying
