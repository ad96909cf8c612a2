""""It" as an expletive subject, standing for no party: "it is important to ...", "it seems ...",
"it took hours to reach the town". Before a verb of word class ``expletive_head`` it is one, unless
an adjective of an agent completes the verb ("Syria says it is willing to talk": word class
``agentive_adjective``); before one of ``expletive_with_clause`` ("take") only where the verb has a
clause of its own that tells what took the time ("it took rescuers hours to reach the village"), so
"the group said it had taken 100 soldiers prisoner" keeps "it" the group."""

from __future__ import annotations

from spacy.tokens import Token

from .words import word_class

__all__ = ["expletive_it"]

_HEADS = word_class("expletive_head")
_WITH_CLAUSE = word_class("expletive_with_clause")
_AGENTIVE = word_class("agentive_adjective")
_CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "advcl", "csubj"})


def expletive_it(tok: Token) -> bool:
    """Whether ``tok`` ("it") is an expletive subject of its head verb, no party."""
    head = tok.head
    lemma = head.lemma_.lower()
    if lemma in _WITH_CLAUSE:
        return any(c.dep_ in _CLAUSE_DEPS and any(g.tag_ == "TO" for g in c.children) for c in head.children)
    return lemma in _HEADS and not any(c.dep_ == "acomp" and c.lemma_.lower() in _AGENTIVE for c in head.children)
