"""Unnamed forces that attack a country's own forces or places are not that country's.

"Troops fired on Lebanese army positions, the Lebanese army said", "Forces shelled Armenian villages",
"Soldiers attacked Kenyan police officers near the border": a state does not tell of its own army
firing on its own army, police or villages, so the unnamed doer of such an attack is of the other
side the story names (the linker gives it that, ``link.py``), else of no country told, never of the
country it hits. The target's country must be stated by its own phrase, before its head (a people's
word or a possessive: "Lebanese army positions", "Ukraine's border guards", "its positions"), not given
by a place ("the presidential palace in Conakry": soldiers storming their own palace are a coup's),
and the target must be that state's armed force, police or the country and its places, not its
government (a coup), civilians or protesters (a crackdown), whom a state's own troops do attack.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import Actor
from .phrase import actor_phrase

__all__ = ["hits_its_own"]

_UNKNOWN = "---"
_DOERS = frozenset({"MIL"})  # unnamed armed forces of a state ("troops", "forces", "soldiers")
# what a state's own unnamed forces do not attack: its army, its police, the country and its places
_OWN = frozenset({"MIL", "COP", ""})
_STATED = frozenset({"NORP", "GPE"})


def hits_its_own(doc: Doc, actor: Actor, target: Actor | None) -> bool:
    """``actor``, unnamed armed forces of no country told, attacks ``target``, the armed force,
    police or places of a country its phrase states: the attackers are not of that country."""
    if target is None or not target.country or actor.sector not in _DOERS or not actor.code.startswith(_UNKNOWN) \
            or actor.org or (target.sector or "") not in _OWN or target.org:
        return False
    phrase = actor_phrase(doc, target)
    if phrase is None:
        return False
    root = phrase.root
    return any(t.i < root.i and (t.ent_type_ in _STATED or t.dep_ == "poss") for t in phrase)
