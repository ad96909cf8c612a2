"""Aerial attacks told by their weapon: a deed of force whose doer is an aircraft, a drone or a
missile is an attack from the air, CAMEO 195, whatever verb tells it.

"Israeli jets struck a building in Beirut", "warplanes pounded rebel positions", "Turkish drones
targeted PKK hideouts", "a school was struck by Russian drones" (the by-agent of a passive): the
subject, a noun of word class ``air_weapon``, says how the force was used, where the verb ("strike",
"attack", "pound") leaves it open or gives it as shelling (codes of roots.yml set ``aerial_by_doer``).
An entry that reads the doer itself keeps its code ("a drone entered Polish airspace", 190; "Chinese
jets flew near the island", 150), and so does bringing down another's aircraft or missile ("Polish
jets intercepted Russian drones": a defence, no strike from the air). Read by
:mod:`flashpoint.events.extract` for each doer's sense of the verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.words import word_class
from .arguments import source_token
from .grammar import counted
from .lexicon import ActionEntry
from .roots import in_set

__all__ = ["AERIAL", "aerial_code", "air_weapon"]

AERIAL = "195"
AIR_WEAPONS = word_class("air_weapon")
DOWNING = word_class("downing")


def air_weapon(noun: Token | None) -> bool:
    """``noun`` (or what it counts: "dozens of drones") names an aircraft, a drone or a missile
    ("jets", "fighter jets", "helicopter gunships", "the air force")."""
    if noun is None:
        return False
    noun = counted(noun)
    words = {noun.lemma_.lower(), noun.lower_}
    words |= {f"{c.lower_} {w}" for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1 for w in words}
    return bool(words & AIR_WEAPONS)


def aerial_code(tok: Token, entry: ActionEntry, code: str) -> str:
    """195 where the deed ``tok`` tells, coded ``code`` by ``entry``, is force of no kind the verb
    fixes (set ``aerial_by_doer``) done by an air weapon (:func:`air_weapon`: "Israeli warplanes
    attacked Houthi positions"); else ``code``. Not where the entry reads the doer ("a missile entered
    Polish airspace") nor where an air weapon is brought down ("jets intercepted two drones", "the
    rockets were intercepted by jets")."""
    if entry.doer or not in_set(code, "aerial_by_doer"):
        return code
    if tok.lemma_.lower() in DOWNING and any(c.dep_ in ("dobj", "nsubjpass") and air_weapon(c) for c in tok.children):
        return code  # (also "Hamas rockets were intercepted by Israeli jets")
    subject, _ = source_token(tok, entry)
    return AERIAL if air_weapon(subject) else code
