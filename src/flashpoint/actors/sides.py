"""The two sides a phrase like "both sides" or "the two countries" stands for: a coordination of two
countries just told ("Turkey and Israel ... the two countries"; "the three governments": one of
three or more), or in a war inside one country its
state forces and the armed group fighting them; and parties counted apart from those told ("other
governments"), which stand for none of them, as a bloc that no actor key stands for ("the West"). Used by ``link.py`` and ``events/fallback.py``."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from ..nlp.words import word_class
from .draft import Draft
from .modifiers import COUNT_WORDS, PAIR_WORDS
from .story import ARMED_GROUPS, STATE_AGENTS

__all__ = ["CAMP_NOUNS", "bystander", "counted_parties", "pair_phrase", "domestic_sides", "named_pair", "bare_parties", "parties_apart", "unkeyed_bloc", "unkeyed_states", "unnamed_relations"]

# nouns of parties (bodies of people, states and those acting for them) and the words that count such
# parties apart from those told: "*other* donors", "*another* government"
_PARTIES = word_class("party_noun", "polity_noun")
_APART = word_class("apart")
_POLITIES = word_class("polity_noun")
_EVERY = word_class("every_party")
_BLOCS = word_class("unkeyed_bloc")
_BLOC_MODIFIERS = word_class("bloc_modifier")
_RELATION = word_class("relation")
_COUNTRY_RELATION = word_class("country_relation")

_SUBJECTS = ("nsubj", "nsubjpass")
# the nouns that name the two camps of a war or of talks inside one country ("both sides", "the two
# parties", "the two delegations")
CAMP_NOUNS = word_class("camp_noun")


def bystander(sector: str | None) -> bool:
    """A party of a sector that is no camp of a war inside its country: a church, a rights group, a
    trade union, civilians (not the state, its legislature, armed groups or the opposition)."""
    return sector is not None and sector not in STATE_AGENTS | ARMED_GROUPS | {"LEG"}


def domestic_sides(d: Draft, recent: list[Draft], skip: set[str], top: str | None,
                   sector_of: Callable[[Draft], str | None],
                   group_country: Callable[[str], str | None]) -> list[Draft]:
    """The latest state force and non-state armed or opposition group of one country among the
    ``recent`` drafts before ``d`` (Sudan's army and the RSF), or []. A state force or armed group
    of unstated country is the story's country's (``top``: "the army", "the rebels"); countries in
    ``skip`` are no side. Where the forces of two countries are named ("Afghan forces and Pakistani
    troops exchanged fire"), the war is between them, whatever armed group of one of them the story
    also names: []."""
    state: dict[str, Draft] = {}
    rebel: dict[str, Draft] = {}
    armies: set[str] = set()
    for c in recent:
        sector = sector_of(c)
        country = c.country or (group_country(c.org) if c.org is not None else None) \
            or (top if sector in STATE_AGENTS | ARMED_GROUPS and c.org is None else None)
        if c.head >= d.head or country is None or country in skip:
            continue
        if sector in STATE_AGENTS:
            state[country] = c.copy(country=country, sector=sector)
            if sector == "MIL":
                armies.add(country)
        elif sector in ARMED_GROUPS:
            rebel[country] = c.copy(country=country, sector=sector)
    both = [k for k in state if k in rebel]
    return [state[both[0]], rebel[both[0]]] if len(both) == 1 and len(armies) < 2 else []


def pair_phrase(tok: Token) -> bool:
    """``tok`` is a plural that stands for two parties ("both sides", "the two parties", "both
    countries"): where the story tells no such pair, it is no one the story names, never the scene."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.lemma_.lower() in CAMP_NOUNS | _POLITIES and any(
        c.dep_ in ("det", "predet", "preconj", "nummod") and c.lower_ in PAIR_WORDS for c in tok.children)


def counted_parties(doc: Doc, d: Draft) -> bool:
    """``d`` counts three or more parties ("the three military governments", "these four states")."""
    return any(c.dep_ == "nummod" and c.lower_ in COUNT_WORDS for c in doc[d.head].children)


def named_pair(doc: Doc, d: Draft, recent: list[Draft], sent_of: list[int]) -> list[str]:
    """The two countries of the latest coordination of exactly two ("Turkey and Israel") among the
    ``recent`` drafts (of ``d``'s sentence, before it, and the one before), or []; for a phrase that
    counts three or more parties, those of the latest coordination of three or more ("Mali, Burkina
    Faso and Niger ... the three juntas")."""
    sent = sent_of[d.head]
    groups: dict[int, list[str]] = {}
    subject = doc[d.head].dep_ in _SUBJECTS
    for c in recent:
        if not subject and sent_of[c.head] == sent and doc[c.group or c.head].dep_ in _SUBJECTS:
            continue  # "Egypt and Saudi Arabia called on both sides": the speakers are not the sides
        if c.group is not None and c.head < d.head and c.country and not c.org:
            groups.setdefault(c.group, [])
            if c.country not in groups[c.group]:
                groups[c.group].append(c.country)
    for c in recent:  # (a first conjunct whose phrase spans the coordination may be of no group:
        # "Mali, Burkina Faso and Niger" is three, never the pair of the last two)
        key = next((k for k in groups if c.start <= k < c.end and k != c.head), None)
        if c.group is None and key is not None and c.country and c.country not in groups[key]:
            groups[key].insert(0, c.country)
    many = counted_parties(doc, d)
    pairs = [g for g in groups.values() if (len(g) >= 3 if many else len(g) == 2)]
    return pairs[-1] if pairs else []


def bare_parties(doc: Doc, d: Draft) -> bool:
    """``d`` is "the parties" with nothing else to say whose ("the parties will stop supporting armed
    groups"): the parties to what was just told, if a coordination of two countries was; not "the
    opposition parties", "both parties" (a pair already), "all parties" (the sides of a war)."""
    tok = doc[d.head]
    return tok.lemma_.lower() == "party" and tok.tag_ == "NNS" and not d.known and all(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children if c.i < tok.i) and any(
        c.dep_ == "det" for c in tok.children)


def unkeyed_bloc(tok: Token) -> bool:
    """``tok`` is a bloc of states written as a capitalised name with only "the" before it ("the
    West", word class ``unkeyed_bloc``), which the codebook has no actor key for: no actor, never a
    country the story names nor the one where the action happened ("the West Bank" is a place)."""
    return tok.lower_ in _BLOCS and tok.text[:1].isupper() and tok.dep_ != "compound" \
        and [c.lower_ for c in tok.lefts] == ["the"]


def unkeyed_states(tok: Token) -> bool:
    """``tok`` is a plural noun of states (word class ``polity_noun``) that a region's, people's or
    faith's adjective makes a bloc (word class ``bloc_modifier``: "Western governments", "Arab
    states", "Gulf Arab states", "European powers"): many states no actor key stands for, as "the
    West" is; neither the story's country nor the people's kin. One such state ("the Gulf state
    said") is a country told, and so are states counted ("the two West African neighbours")."""
    if any(c.dep_ == "nummod" or c.lower_ in PAIR_WORDS | COUNT_WORDS for c in tok.children):
        return False  # ("the two West African neighbours": the pair just named)
    return tok.tag_ in ("NNS", "NNPS") and tok.lemma_.lower() in _POLITIES and any(
        c.dep_ in ("amod", "compound") and c.lower_ in _BLOC_MODIFIERS for c in tok.children)


def parties_apart(tok: Token) -> bool:
    """``tok`` counts parties apart from those told ("urged *other* donors to follow suit", "called on
    other governments to recognise it"): a noun of parties (word classes ``party_noun``,
    ``polity_noun``) with a word of ``apart``. None of the parties the story names is among them.
    (People of a sector are not counted apart: "other soldiers" are more of the same army.) Nor is
    any of them singled out among every state ("called on all Member States": a noun of
    ``polity_noun`` with a word of ``every_party``)."""
    if tok.lemma_.lower() in _POLITIES and tok.pos_ in ("NOUN", "PROPN") \
            and any(c.dep_ in ("det", "predet") and c.lower_ in _EVERY for c in tok.children):
        return True  # "called on all Member States", "urged all countries": every state, none told
    return (tok.pos_ == "NOUN" and tok.lemma_.lower() in _PARTIES
            and any(c.dep_ in ("amod", "det") and c.lower_ in _APART for c in tok.children))


def unnamed_relations(tok: Token) -> bool:
    """``tok`` is a noun of those related to a party that no name says who they are: an ally or a
    partner, whom the story leaves unnamed and who is often a third party (word class ``relation``
    less ``country_relation``: "requested consultations with *its allies*", "briefed its partners"),
    or any such noun in the plural ("its neighbours"). No actor the story names is meant: an action
    aimed at them faces no counterpart told elsewhere."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and lemma in _RELATION and (lemma not in _COUNTRY_RELATION or tok.tag_ == "NNS")
