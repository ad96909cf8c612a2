"""A party named by its patron alone is not of the country of the foe it fights.

"Iran-backed militias fired rockets at a U.S. base", "Iran-backed militias attacked an Israeli
ship", "U.S. warplanes struck Iran-backed militias": an armed party of no country told, named by
the state that backs it (a suffix of patronage on its head, word class ``patron_suffix``,
``nlp/syntax.patron_modifier``, or a patron after it, "militias backed by Iran", "fighters loyal
to Iran", ``nlp/patrons.patron_named``; not "Iraqi militias", nor a group the lexicon knows, "Rwanda-backed
M23 rebels"), is no citizen of its patron and, by the same token, the country of the base,
embassy, ship or forces it attacks (or that attack it) is no evidence of its own: proxies fight
their patron's foes abroad. Where the story names, as a place, somewhere in that country ("a U.S.
base in Iraq" is Iraq; "Russian-backed separatists shelled Ukrainian positions near Donetsk" are
Ukraine's), that place tells where the party is; a country named only in the words before the head
of a party's phrase ("a *U.S.* base", "*U.S.* officials") names a party, not a place. Else the
story's one other named country (``story.story_country_for``), else no country: a wrong one is
worse than none.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..nlp.patrons import patron_named
from ..nlp.syntax import patron_modifier
from ..records import Actor
from .camps import UNKNOWN_COUNTRY
from .own_forces_hit import hit_by_another
from .phrase import actor_phrase

__all__ = ["taken_for_its_foe", "patrons_only"]

_PROXY_SECTORS = frozenset({"REB"})
_TIES = frozenset({"acl", "amod"})  # ("backed by Iran", "loyal to Iran" after the head)
_STATE_ENTITIES = frozenset({"GPE", "NORP"})


def taken_for_its_foe(doc: Doc, actor: Actor, counterpart: Actor | None, country: str, doer: bool) -> bool:
    """``actor``, of no country told, whom the story would give ``country``, the very country of
    ``counterpart``, the party that it attacks (``doer``) or that attacks it, is not of that country:
    unnamed forces or police harmed by a party whose phrase states it (``own_forces_hit``), or a
    party named by its patron alone where the story names no place of that country (see the module)."""
    if not doer and hit_by_another(doc, actor, counterpart):
        return True
    return counterpart is not None and _proxy(doc, actor) and not _placed_in(doc, country)


def _proxy(doc: Doc, actor: Actor) -> bool:
    """``actor`` is a non-state armed party of no country told, named by its patron alone."""
    if actor.sector not in _PROXY_SECTORS or actor.org or not actor.code.startswith(UNKNOWN_COUNTRY):
        return False
    phrase = actor_phrase(doc, actor)
    if phrase is None:
        return False
    root = phrase.root
    # ("militias backed by Iran", "fighters loyal to Iran": a state's name, not "loyal to Iraq's
    # al-Qaeda frontman", a man whose side is theirs)
    return patron_modifier(root) is not None or any(
        patron_named(t) and t.ent_type_ in _STATE_ENTITIES for c in root.rights if c.dep_ in _TIES for t in c.subtree)


def _placed_in(doc: Doc, country: str) -> bool:
    """The story names a place of ``country`` as a place: not in the words before the head of a
    party's phrase ("a U.S. base", "U.S. officials")."""
    owners = {i for m in getattr(doc._, "fp_actors", None) or [] for i in range(m.start, m.head)}
    for p in getattr(doc._, "fp_places", None) or []:
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if p.location.country == country and span is not None and not all(t.i in owners for t in span):
            return True
    return False


def patrons_only(doc: Doc) -> frozenset[str]:
    """The countries the story names as places only as a party's patron ("militias backed by Iran",
    ``nlp/patrons.patron_named``): no other country where the proxy may be."""
    told: dict[str, bool] = {}
    for p in getattr(doc._, "fp_places", None) or []:
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if p.location.country and span is not None:
            told[p.location.country] = told.get(p.location.country, True) and patron_named(span[-1])
    return frozenset(c for c, patron in told.items() if patron)
