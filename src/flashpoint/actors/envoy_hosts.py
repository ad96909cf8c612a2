"""The host of a body's own envoys or mission is a state it faces, never its own.

"The government recalled its ambassador to Peru", "the ministry withdrew its envoy from Moscow",
"the cabinet closed its embassy in Lima": a state body of unstated country that acts on its own
envoys or mission (an envoy noun, word class ``diplomat_noun``, or a mission noun,
``diplomatic_mission``, owned by "its", "their", "our", or with no owner told the object of a verb
a state does only to its own, word classes ``own_possession``, ``posting_envoy``: "recalled the
ambassador") posted to, in or from a country or its capital tells, by that phrase, of the host: another state. The host's country is no evidence of the
body's own (a self-directed dyad is the worst guess): the linker (``link.py``, through
``own_deeds_told``) gives the body none of the host's, and the story (``strangers.dealt_as_strangers``)
leaves it of no country told where the host is the story's; the same where the body tells of its own
deed ("the ministry said it had recalled its envoy to Nairobi": ``own_reports``). A named state
("Ecuador recalled its ambassador to Peru") keeps its own country. Another state's envoys acted on:
``envoys.py``, ``strangers.py``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..nlp.missions import MISSION_WORDS, diplomat_word
from ..nlp.words import word_class
from ..records import Actor
from .own_reports import OWN_POSSESSIVES, own_reported_subjects
from .phrase import actor_phrase

if TYPE_CHECKING:  # (the drafts import the strangers, which ask of hosts here)
    from .draft import Draft

__all__ = ["own_envoys_hosts", "hosts_own_envoys"]

_OWNERS = OWN_POSSESSIVES | {"their"}
# verbs a state does only to its own envoys ("recalled the ambassador to Ghana": ``envoys.py``)
_OWN_ENVOYS = word_class("own_possession") | word_class("posting_envoy")
_WHOSE = ("poss", "amod", "compound", "nmod")  # (an owner or nationality told: "the Kenyan ambassador")
_POSTED = frozenset({"to", "in", "from", "at"})  # ("its ambassador to Peru", "... from Moscow")


def own_envoys_hosts(doc: Doc, tok: Token, by_head: Mapping[int, Sequence[Draft]]) -> set[str]:
    """The countries hosting the envoys or mission of its own that the clause ``tok`` (a phrase's
    head) is the subject of acts on (see the module); empty otherwise."""
    return {x.country for g in _hosts(tok) for x in by_head.get(g.i, ()) if x.country and x.org is None}


def hosts_own_envoys(doc: Doc, actor: Actor, counterpart: Actor) -> bool:
    """``counterpart`` is the host (or the envoys posted there, "its ambassador in Chile", or an implied
    party of the host's country) of the
    envoys or mission of its own that ``actor``'s clause acts on, told by ``actor`` as the deed's
    subject or as its own deed in its report (see the module)."""
    phrase, other = actor_phrase(doc, actor), actor_phrase(doc, counterpart)
    if phrase is None:
        return False
    hosts = {g.i for s in (phrase.root, *own_reported_subjects(phrase.root)) for g in _hosts(s)}
    if other is not None:
        return other.root.i in hosts
    # (a counterpart only implied, "recalled its envoy to Kenya" with the phrase hung on the verb:
    # the host where it is of the country a posting place is coded)
    return counterpart.country is not None and any(
        m.head in hosts and m.actor.country == counterpart.country for m in doc._.fp_actors or [])


def _hosts(tok: Token) -> list[Token]:
    """The heads of the places the envoys of its own that the clause ``tok`` is the subject of are
    posted to, in or from, and those envoys where so posted; empty otherwise."""
    if tok.dep_ != "nsubj" or tok.head.pos_ not in ("VERB", "AUX"):
        return []
    verb = tok.head
    found: list[Token] = []
    for envoy in (c for c in verb.children if c.dep_ == "dobj" and _own_envoy(c, verb)):
        # (the posting phrase on the envoy, or on the verb where the parser hangs it there:
        # "recalled its envoy [to Nairobi]")
        places = [g for h in (envoy, verb) for p in h.children if p.dep_ == "prep" and p.lower_ in _POSTED
                  for g in p.children if g.dep_ == "pobj"]
        found += places + ([envoy] if places else [])
    return found


def _own_envoy(noun: Token, verb: Token) -> bool:
    """``noun`` names envoys or a mission its clause's subject owns ("its ambassador", "their embassy"),
    or, with no owner or nationality told, that its verb (``verb``) acts on as its own ("recalled the
    ambassador")."""
    if not (diplomat_word(noun) or noun.lemma_.lower() in MISSION_WORDS):
        return False
    owners = [c for c in noun.children if c.dep_ in _WHOSE and (c.dep_ == "poss" or c.pos_ == "PROPN" or c.ent_type_)]
    if not owners:
        return verb.lemma_.lower() in _OWN_ENVOYS
    return any(c.dep_ == "poss" and c.lower_ in _OWNERS for c in owners)
