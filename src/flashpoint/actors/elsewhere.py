"""Armed men told in another country than an armed group told before: a bare noun of a non-state
group's men ("Militants killed 20 soldiers in northern Chad", "Gunmen stormed a village in Nigeria"), named
with no article, owner or count, in a sentence whose scene is a country, is no group told before
whose country and scene (where its own sentence placed it) are all other countries: "Turkish-backed
fighters have moved into Iraq. Militants killed 12 soldiers in eastern Congo" tells of other men.
They are of the scene's country. A state's soldiers are not so placed: they fight
abroad ("Ukrainian troops advanced. Soldiers shelled a village in Russia"). Used by ``link.py``,
which would otherwise link them by their sector alone."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Span, Token

from ..nlp.words import word_class
from .draft import Draft
from .story import ARMED_GROUPS

__all__ = ["told_elsewhere"]

_SCENE = word_class("scene_preposition")
_INTO = word_class("destination_preposition")  # where a group moved: its scene too ("crossed into Tanzania")
_OWNING = ("det", "poss", "nummod", "predet")


def _scene_countries(sent: Span, by_head: Mapping[int, Sequence[Draft]], into: bool) -> set[str]:
    """The countries (a country's own name, no body of it) a sentence names after a preposition of the
    scene ("in eastern Congo", "near Niger"; with ``into``, also where something went)."""
    preps = _SCENE | _INTO if into else _SCENE
    return {x.country for t in sent if t.dep_ == "pobj" and t.head.lower_ in preps
            for x in by_head.get(t.i, ()) if x.country and x.sector is None and x.org is None and not x.person}


def told_elsewhere(tok: Token, d: Draft, told: Draft, by_head: Mapping[int, Sequence[Draft]]) -> str | None:
    """``d`` (head ``tok``), a bare plural noun of a group's armed men, is told in a sentence whose scene is a
    country, and the armed party ``told`` (an earlier mention) has a country or a scene of its own
    sentence, none of them that one: the men are of that scene's country (its code; "" where the
    sentence names several); None where they may be ``told``."""
    if d.sector not in ARMED_GROUPS or tok.tag_ != "NNS" or any(c.dep_ in _OWNING for c in tok.children):
        return None
    here = _scene_countries(tok.sent, by_head, into=False)
    if not here:
        return None
    there = _scene_countries(tok.doc[told.head].sent, by_head, into=True) | ({told.country} if told.country else set())
    if not there or here & there:
        return None
    return next(iter(here)) if len(here) == 1 else ""
