"""The main verb the parser read as a participle of its subject because a count opened its object.

"Islamist militants killed at least 20 soldiers in an ambush", "Gunmen abducted at least 30
students": the small model reads the verb right after the subject noun as a reduced relative
("militants [who were] killed") and leaves the sentence with no finite verb, or hangs the noun on a
verb of saying after it that has a subject of its own ("..., the army said"). A passive participle
takes no direct object, so one with its own object is the clause's active verb and the noun before
it its subject.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["subject_before_object_participle"]

_FINITE = ("VBD", "VBZ", "VBP", "MD")


def subject_before_object_participle(verb: Token) -> Token | None:
    """The subject of ``verb`` where it is a clause's active verb misread as a participle of the
    noun right before it: a past verb the parser made that noun's clause (``acl``) with a direct
    object and no auxiliary or subject of its own, where the noun heads the sentence with no finite
    verb outside the participle's clause, or is a second subject of a verb that has its own ("...,
    the army said"). None otherwise ("the men arrested on Monday", "activists sentenced to prison
    said", which have no object)."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or noun.i != verb.i - 1 \
            or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if not any(c.dep_ == "dobj" for c in verb.children) \
            or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "agent") for c in verb.children):
        return None
    if noun.dep_ == "ROOT":
        inside = {t.i for t in verb.subtree}
        return None if any(t.tag_ in _FINITE and t.i not in inside for t in verb.sent) else noun
    governor = noun.head
    other = noun.dep_ == "nsubj" and any(c.dep_ == "nsubj" and c.i > verb.right_edge.i for c in governor.children)
    return noun if other and governor.i > verb.right_edge.i else None
