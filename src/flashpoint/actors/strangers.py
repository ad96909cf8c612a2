"""Parties a state deals with as strangers: another state's diplomats ("expelled the French military
attache", "summoned the Russian ambassador") and foreign nationals ("arrested three French
nationals", "detained two British citizens"). Their nationality is the one tie such a story may
give a state body of unstated country ("the junta", "the government"), and no evidence of it: a
state expels, summons or arrests another's people far more often than its own, and a self-directed
dyad is the worst guess (used by ``story.story_country_for``; word classes ``diplomat_noun``,
``foreign_national``); nor is a nationality of foreign nationals a country of the story
(``draft.build_context``)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp.missions import diplomat_word
from ..nlp.words import word_class
from ..records import Actor
from .envoy_hosts import hosts_own_envoys
from .phrase import actor_phrase

__all__ = ["strangers", "nationality_of_strangers", "met_foreign_forces", "dealt_as_strangers", "strangers_people_word"]

_NATIONALS = word_class("foreign_national")
_VESSELS = word_class("vessel")


def strangers(doc: Doc, party: Actor) -> bool:
    """``party``'s phrase names another state's diplomats, foreign nationals, or a vessel of no
    state's forces ("an Iranian tanker", "a Chinese fishing boat": a navy or coast guard seizes
    another's ships far more often than its own; word class ``vessel``) by its head noun."""
    phrase = actor_phrase(doc, party)
    return phrase is not None and (diplomat_word(phrase.root) or phrase.root.lower_ in _NATIONALS or (
        phrase.root.lemma_.lower() in _VESSELS and (party.sector is None or party.sector in _UNARMED)))


_STATE = frozenset({"", "GOV", "MIL", "COP", "SPY", "JUD", "LEG"})  # (a state, or its offices)


def dealt_as_strangers(doc: Doc, actor: Actor, counterpart: Actor, doer: bool, office: bool, named: bool) -> bool:
    """``actor``, of unstated country, and ``counterpart``, of the country the story would give it, are
    a state and another's people: ``actor`` a state's office (``office``) acting on another's diplomats
    or nationals, their country named by no place of the story (``named`` false: "the junta expelled
    the French attache"), or ``actor`` diplomats acted on by a state or its offices ("Poland expelled
    three diplomats", "the ministry summoned the ambassador", "police arrested a diplomat"): a state
    expels, summons or receives another's envoys, so theirs is of no country told, never the
    expeller's (not the diplomats who act: "the ambassador said Poland would ..."). Nor is a state's
    office ``actor`` of the country hosting its own envoys ("the government recalled its ambassador
    to Peru": ``envoy_hosts``), named or not."""
    if office and ((not named and strangers(doc, counterpart)) or (doer and hosts_own_envoys(doc, actor, counterpart))):
        return True
    phrase = actor_phrase(doc, actor) if not doer and (counterpart.sector or "") in _STATE else None
    return phrase is not None and diplomat_word(phrase.root)


def nationality_of_strangers(tok: Token) -> bool:
    """``tok`` (the last word of a name) says only whose nationals a noun of citizenship names
    ("three *French* nationals", "two *British* citizens"): people abroad, no country of the story."""
    return tok.dep_ in ("amod", "compound", "poss", "nmod") and tok.head.lower_ in _NATIONALS


def strangers_people_word(tok: Token) -> bool:
    """``tok``, a place's word, is the people's word before a noun of another state's diplomats, of
    foreign nationals or of a vessel ("the *Kenyan* ambassador", "two *Ugandan* nationals", "the *Uganda*
    envoy", "a *Vietnamese* fishing boat"): whose
    strangers they are, no place the story names by its name (``story.Lands.named``), even where the
    tagger takes the word for a proper noun."""
    return tok.dep_ in ("amod", "compound", "nmod") and (
        diplomat_word(tok.head) or tok.head.lower_ in _NATIONALS or tok.head.lemma_.lower() in _VESSELS)


_FORCES = frozenset({"MIL"})  # (police and courts arrest their own: `jurisdiction`)
_UNARMED = frozenset({"CVL", "NGO", "MED", "HLH", "EDU", "REL", "HRI", "AGR", "LAB", "BUS"})


def met_foreign_forces(doc: Doc, actor: Actor, counterpart: Actor) -> bool:
    """``actor``, unarmed people of unstated country ("two people", "residents", "two farmers"),
    is acted on by a state's forces named by their nationality ("two people were killed
    when *Israeli* forces raided the Jenin camp"): the forces' country is no evidence of whose the
    people are, for a state's forces act abroad as often as at home (those who accuse or attack the
    forces, "parents accused the Nigerian army", are not asked here: used by
    ``story.story_country_for``)."""
    if (actor.sector is not None and actor.sector not in _UNARMED) or counterpart.sector not in _FORCES:
        return False
    phrase = actor_phrase(doc, counterpart)
    return phrase is not None and any(t.ent_type_ == "NORP" and t.dep_ in ("amod", "compound") for t in phrase)
