"""Whom a source asks for help beside a comment it makes: no counterpart of that comment.

"The prime minister called the takeover a coup and appealed to Saudi Arabia to intervene": the coup
is not Saudi Arabia's; the party a verb of appeal coordinated with the comment addresses ("appealed
to", "urged", "asked", "called on"; word classes ``appeal_addressing``, ``appeal_on``) to help
("to intervene", "to mediate"; word class ``help_wanted``) is one the source turns to, not one it
judges. An appeal to stop or to release is made to a foe too ("condemned the launches and called on
Pyongyang to stop"), who stays the comment's counterpart. :func:`appealed_to` gives those parties,
which the untargeted comment's counterpart (:func:`~flashpoint.events.implied.counterpart`) counts
with the source's allies, never as its aim.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp.words import word_class
from ..records import Actor
from .arguments import ActorFinder

__all__ = ["appealed_to"]

_APPEALING = word_class("appeal_addressing")
_CALLING_ON = word_class("appeal_on")  # ("called on Washington")
_ADDRESS_PREPOSITIONS = frozenset({"to", "on", "upon"})
_ON = frozenset({"on", "upon"})
_HELP = word_class("help_wanted")


def appealed_to(doc: Doc, tok: Token, find_actors: ActorFinder) -> tuple[Actor, ...]:
    """The parties the verbs of appeal for help coordinated with ``tok`` (sharing its subject) address:
    their object or the object of their "to" or "on"."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    verbs = [first, *first.conjuncts]
    found: list[Actor] = []
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if verb.i == tok.i or lemma not in _APPEALING | _CALLING_ON \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.i != first.i:
            continue
        if not any(c.dep_ in ("xcomp", "advcl", "ccomp") and c.lemma_.lower() in _HELP for c in verb.children):
            continue  # ("called on Pyongyang to stop": the foe, still the comment's counterpart)
        marks = _ON if lemma in _CALLING_ON else _ADDRESS_PREPOSITIONS
        heads = [c for c in verb.children if c.dep_ in ("dobj", "dative")] if lemma in _APPEALING else []
        heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in marks
                  for g in c.children if g.dep_ == "pobj"]
        for head in heads:
            found.extend(find_actors(doc, head))
    return tuple(found)
