"""The main verb the parser hung on its subject after an aside set off by commas.

"Egypt, which brokered the truce, called on Israel to withdraw", "Turkey, which hosted the first
round of talks, called on Russia and Ukraine to return", "Egypt, a key mediator, called on
Israel ...": the small model reads the verb after the closing comma as a participle describing the
noun before it (or the aside's object), so the sentence is left with no finite verb. The verb is
the sentence's main verb, active, and the noun the aside describes is its subject.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["main_after_aside"]

_ASIDES = ("relcl", "appos")
_FINITE = ("VBD", "VBZ", "VBP", "MD")


def _has_object(verb: Token) -> bool:
    """An active verb's own object: a direct object, or a preposition with its object."""
    return any(c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children))
               for c in verb.children)


def main_after_aside(verb: Token) -> Token | None:
    """The subject of ``verb`` where it is a sentence's main verb misread as a participle right after
    an aside on that subject (a relative clause or an apposition closed by a comma); None otherwise.

    The verb follows the comma that closes the aside, has no subject or agent of its own, is a past
    verb (a participle only with an object of its own: "the United States, which brokered the deal,
    called on Hamas"), and no finite verb of the sentence lies outside it and the aside."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN", "VBZ") or verb.i == 0 \
            or verb.doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "agent", "auxpass", "aux") for c in verb.children):
        return None
    if verb.tag_ == "VBN" and not _has_object(verb):
        return None
    owner = verb.head
    while owner.dep_ != "ROOT" and owner.head.i != owner.i:
        owner = owner.head
    if owner.dep_ != "ROOT" or owner.pos_ not in ("PROPN", "NOUN") or owner.i >= verb.i \
            or verb.doc[owner.i + 1].text != ",":
        return None
    asides = [c for c in owner.children if c.dep_ in _ASIDES and owner.i < c.i < verb.i]
    if not asides:
        return None
    inside = {t.i for a in asides for t in a.subtree} | {t.i for t in verb.subtree}
    if any(t.i not in inside and t.pos_ != "PUNCT" for t in verb.doc[owner.i + 1:verb.i]):
        return None
    if any(t.tag_ in _FINITE and t.i not in inside and t.i != verb.i for t in verb.sent):
        return None
    return owner
