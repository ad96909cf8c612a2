"""Where a weapon was sent off from, told by the verb of launching on it ("missiles fired from Iran
struck buildings in Tel Aviv", "a drone launched from Yemen hit Eilat", "rockets fired from southern
Lebanon landed in fields").

The country of that place is the side that fired it, not the one it struck: it is never the scene
of the deed (:func:`launch_countries`, read by :func:`flashpoint.events.story.scene_target`), and it
is the doer of the weapon's deed where the deed struck a place or party of another known country
(:func:`launcher`, read by :func:`flashpoint.events.doers.weapon_doers`). A launch from inside the
struck country ("a drone launched from inside Russia hit Russia's Kursk region"), from a place of
no known country, or a deed with no place or party struck, names no doer.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Token

from ..nlp.syntax import names_weapon
from ..nlp.words import word_class
from ..records import Actor, PlaceMention
from .roots import VIOLENCE

__all__ = ["launch_countries", "launcher", "launch_of_the_deed", "launched_by", "split_launch"]

_LAUNCHING = word_class("launching")
_SAYING = word_class("speech")
_OWN = ("nsubj", "nsubjpass", "csubj", "expl", "mark", "aux", "auxpass")  # a clause with these is no split deed
_UNRESOLVED = "unresolved"  # the feature of a place the gazetteer did not find (its country borrowed)


def _launch_verbs(trigger: Token) -> list[Token]:
    """The verbs of launching that tell where the weapon of ``trigger`` came from: ``trigger`` itself
    where it is one, else the participle on its weapon subject ("a missile launched from Yemen
    struck"), or the verb the parser made the main one, with the weapon its subject and the deed its
    conjunct ("Missiles fired from Iran struck")."""
    if trigger.lemma_.lower() in _LAUNCHING:
        return [trigger]
    weapon = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    launch = split_launch(trigger) if weapon is None else None
    if launch is not None:
        weapon = next((c for c in launch.children if c.dep_ == "nsubj"), None)
        return [launch] if weapon is not None and names_weapon(weapon) else []
    if weapon is None or not names_weapon(weapon):
        return []
    return [c for c in weapon.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _LAUNCHING]


def split_launch(verb: Token) -> Token | None:
    """The verb of launching, with no object or auxiliary, that the parser split from ``verb`` (a
    verb of no subject of its own): the main verb it made of it, the deed its conjunct or clause
    ("Missiles fired from Iran struck", "Shells fired from Pakistan landed in a village"), or the
    clause told just before it under the same verb of saying ("Israel said rockets fired from
    Lebanon hit a house"); else None. Whether its subject is a weapon is the caller's to check."""
    head = verb.head
    launch: Token | None = None
    if any(c.dep_ == "nsubj" for c in verb.children):
        return None
    if verb.dep_ in ("conj", "dep"):
        launch = head
    elif verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in _OWN for c in verb.children):
        return None
    elif verb.dep_ == "advcl" and head.i < verb.i:
        launch = head
    elif verb.dep_ == "ccomp" and head.lemma_.lower() in _SAYING:
        launch = next((c for c in head.children if c.dep_ == "ccomp" and c.right_edge.i + 1 == verb.left_edge.i
                       and c.i < verb.i), None)
    if launch is None or launch.lemma_.lower() not in _LAUNCHING or launch.tag_ not in ("VBD", "VBN") \
            or any(c.dep_ in ("dobj", "obj", "aux", "auxpass") for c in launch.children):
        return None
    return launch


def _from_phrases(trigger: Token) -> list[tuple[int, int]]:
    """The character spans of the from-phrases on the launching verbs of ``trigger``."""
    return [(p.left_edge.idx, p.right_edge.idx + len(p.right_edge.text)) for v in _launch_verbs(trigger)
            for p in v.children if p.dep_ == "prep" and p.lower_ == "from"]


def launch_countries(trigger: Token, only: bool = False) -> set[str]:
    """The countries of the places the weapon of ``trigger`` was launched from, as the place stage
    resolved them (none where it resolved none to a country); ``only``: those its sentence names
    nowhere else ("a drone launched from inside Russia hit a factory in Russia's Kursk region" names
    Russia as where it struck too)."""
    spans = _from_phrases(trigger)
    places: list[PlaceMention] = getattr(trigger.doc._, "fp_places", None) or []
    sent = trigger.sent
    inside: set[str] = set()
    outside: set[str] = set()
    for p in places:
        if not p.location.country or len(p.location.country) != 3 or p.location.feature == _UNRESOLVED \
                or not sent.start_char <= p.start < sent.end_char:
            continue
        (inside if any(lo <= p.start and p.end <= hi for lo, hi in spans) else outside).add(p.location.country)
    return inside - outside if only else inside


def launcher(trigger: Token, weapon: Token, struck: Sequence[Actor | None]) -> Actor | None:
    """The country the weapon of ``trigger`` (its subject ``weapon``) was launched from, as the doer
    of its deed, told by the weapon's words ("Missiles" of "Missiles fired from Iran"): one country,
    where what it struck (``struck``) names a place or party of a known country, none of them that
    one (else None)."""
    countries = launch_countries(trigger)
    hit = {a.country for a in struck if a is not None and a.country}
    if len(countries) != 1 or not hit or countries & hit:
        return None
    country = next(iter(countries))
    start = min((t.i for t in weapon.lefts if t.dep_ in ("det", "amod", "compound", "nummod")), default=weapon.i)
    words = weapon.doc[start:weapon.i + 1]
    return Actor(text=words.text, span=(words.start_char, words.end_char), name=country, code=country,
                 country=country)


def launch_of_the_deed(tok: Token, codes: Mapping[int, str]) -> bool:
    """``tok`` is the participle of launching on a weapon that is the subject of a deed of force of
    the sentence (``codes``: its triggers' codes, by token index): "Rockets fired by Hezbollah hit the
    town", "a missile launched from Yemen struck near the airport": the deed the weapon's verb tells
    is the one done, whose target is what it struck; the launch is no deed of its own (its by-agent
    is the deed's doer: :func:`flashpoint.events.doers.unclaimed_wielder`)."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.lemma_.lower() not in _LAUNCHING:
        return False
    weapon = tok.head
    return names_weapon(weapon) and weapon.dep_ == "nsubj" and codes.get(weapon.head.i, "")[:2] in VIOLENCE


def launched_by(weapon: Token, agents: list[Actor]) -> list[Actor]:
    """The by-agents of the participle of launching on ``weapon`` ("Rockets fired by Hezbollah hit
    the town"), told by the weapon's whole phrase: the deed is the weapon's, done by them (the word
    of what did it, a rocket, is what the deed's entry reads); other agents as they are."""
    if not any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _LAUNCHING for c in weapon.children):
        return agents
    words = weapon.doc[weapon.left_edge.i:weapon.right_edge.i + 1]
    return [replace(a, text=words.text, span=(words.start_char, words.end_char)) for a in agents]
