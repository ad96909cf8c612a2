"""A meeting among a state's own people, or an appeal to them, is no event between two actors.

"The president convened his national security council", "the prime minister held an emergency
cabinet meeting", "the army chief met his commanders": a government or an army consulting its own
members is its internal business, not a consultation (CAMEO 04) with another party (nor is "asked his
envoy to warn the Qataris" an appeal, 02, to its own envoy), and with no
other party named, the country where it happens is no target either. A meeting is internal when each
party it is held with (a verb's object or with-phrase, a meeting noun's of- or with-phrase or the
noun that modifies it, "a cabinet meeting") is one of the source's own bodies: named by a word of the
word class ``own_body`` ("cabinet", "ministers", "security council", "commanders") and of the
source's country or none (not one of unstated country: "met the foreign minister" may be a host), or owned by a possessive pronoun and coded as the source itself ("his
commanders"). Talks with another body of the same country ("regional leaders", "opposition parties",
the army meeting the presidency) stay events.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..actors.story import OFFICES
from ..nlp.words import word_class
from ..records import Actor
from .arguments import ActorFinder
from .lexicon import ActionEntry
from .roots import in_set

__all__ = ["internal_meeting"]

OWN_BODIES = word_class("own_body")
MEETINGS = word_class("meeting")
POSSESSIVE_PRONOUNS = word_class("possessive_pronoun")
# modifiers that make one name of a body ("national security council", "council of ministers")
_NAME_DEPS = frozenset({"compound", "amod", "nmod"})


def internal_meeting(doc: Doc, tok: Token, entry: ActionEntry, code: str, source: Actor,
                     targets: list[Actor], find_actors: ActorFinder) -> bool:
    """The meeting ``tok`` tells (a code of the set ``internal_meeting``), done by a state body of a
    known country, is held only with that state's own bodies (see the module docstring)."""
    if not in_set(code, "internal_meeting") or source.country is None or source.org is not None \
            or (source.sector or "") not in OFFICES:
        return False
    if any(t.country not in (None, source.country) or t.org is not None for t in targets):
        return False  # (a body of unstated country takes the story's later: "the cabinet")
    parties = _parties(tok, entry)
    return bool(parties) and all(_own_body(doc, p, source, find_actors) for p in parties)


def _parties(tok: Token, entry: ActionEntry) -> list[Token]:
    """The heads of whom the meeting is held with: a verb's object or with-phrase ("met his
    commanders", "convened the council"); a meeting noun's (the trigger, or a verb's object: "called
    a meeting of the security cabinet") of- or with-phrase and the body that modifies it ("a cabinet
    meeting")."""
    heads: list[Token] = []
    nouns = [tok] if entry.kind == "noun" else []
    holders = [tok] if entry.kind == "verb" else [tok.head] if tok.dep_ == "dobj" else []
    for v in holders:
        for c in v.children:
            if c.dep_ == "dobj" and c.i != tok.i:
                (nouns if c.lemma_.lower() in MEETINGS else heads).append(c)
            elif c.dep_ == "prep" and c.lower_ == "with":
                heads += [g for g in c.children if g.dep_ == "pobj"]
    for n in nouns:
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "with"):
                heads += [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ in _NAME_DEPS and c.i < n.i and _named_body(c):
                heads.append(c)
    return heads + [c for h in heads for c in h.conjuncts]


def _named_body(tok: Token) -> bool:
    """``tok`` heads a name of the word class ``own_body``: its lemma, or its last two or three
    words with the modifiers before it ("security council", "national security council"), or a
    "council of ministers"."""
    words = [c.lower_ for c in tok.lefts if c.dep_ in _NAME_DEPS]
    for last in {tok.lower_, tok.lemma_.lower()}:
        if any(" ".join([*words, last][-k:]) in OWN_BODIES for k in (1, 2, 3)):
            return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in OWN_BODIES for g in c.children) for c in tok.children)


def _own_body(doc: Doc, head: Token, source: Actor, find_actors: ActorFinder) -> bool:
    """``head`` is one of the source's own bodies: a name of ``own_body`` that no actor of another
    country or organisation claims ("the Israeli cabinet" for Israel's prime minister, not for a US
    envoy), or a phrase owned by a possessive pronoun and coded as the source ("his commanders")."""
    actors = find_actors(doc, head)
    if any(a.country not in (None, source.country) or a.org is not None for a in actors):
        return False
    owned = any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in head.children)
    if not owned and any(a.country is None for a in actors):
        return False  # "met the foreign minister" of no stated country: a visitor's host, as likely
    if _named_body(head):
        return True
    return owned and bool(actors) and all(a.sector == source.sector for a in actors)
