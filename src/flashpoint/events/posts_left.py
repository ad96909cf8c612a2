"""Leaving a post of brokering or of a body of nations is no yield of office.

"Angola stepped down as mediator", "resigned as UN envoy for Libya", "resigned from his post as
chairman of the AU commission", "announced her resignation as head of the UN mission in Mali": a
third party ends its good offices, or an official leaves an international post. No leader gives up
power to those who demanded it (CAMEO 0831), and the story's country yields nothing, so the
trigger tells no deed between parties. A trigger of the roots set ``own_office`` tells this when its
"as" phrase (its own, or that of the post it leaves: "from his post as ...") names a role of the
word class ``brokering_role`` (mediator, envoy) or a post the actor stage codes as an international
organisation's ("chairman of the AU commission", "UN special representative"). "Resigned as
leader of the ruling party", "stepped down as prime minister" stay yields.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors import actors_for
from ..nlp.words import word_class
from .lexicon import ActionEntry
from .roots import in_set

__all__ = ["left_post_of_no_power"]

_POST_NOUNS = ("post", "position", "role", "job", "office", "seat")
_BROKERING = word_class("brokering_role")


def left_post_of_no_power(tok: Token, entry: ActionEntry) -> bool:
    """``tok``, a trigger of leaving one's office, leaves a brokering or international post (see the
    module)."""
    if not in_set(entry.code, "own_office"):
        return False
    return any(_no_power(role) for role in _roles(tok))


def _roles(tok: Token) -> list[Token]:
    """The nouns of ``tok``'s "as" phrases, and of those of the post it leaves ("from his post as")."""
    heads = [tok] + [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "from"
                     for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in _POST_NOUNS]
    return [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "as"
            for g in p.children if g.dep_ == "pobj"]


def _no_power(role: Token) -> bool:
    """The role is one of brokering, or a post of an international organisation."""
    if role.lemma_.lower() in _BROKERING:
        return True
    return any(a.org is not None and a.code.startswith("IGO") for a in actors_for(role.doc, role))
