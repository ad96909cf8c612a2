"""Where a people's members are from: "Kosovo Serbs", "Tuareg rebels", "Hazara men".

A people (``peoples`` in the actor lexicon) has a kin state and may have several homelands. Its
members are of the place their phrase names, else of the one homeland their own sentence names (a
party's nationality first: "Tuareg rebels ambushed Malian soldiers" are Mali's, in a story from
Niamey), else of a homeland among the countries the text names most (never a dateline's country
alone: where the reporter sits), else of their kin state, else of their one homeland.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from ..nlp.patrons import patron_named
from .draft import Draft
from .lexicon import People
from .patterns import Hits

__all__ = ["place_people", "home_in_sentence"]

_STATE_NAMES = frozenset({"country", "capital", "adj", "dem"})  # name kinds that name a state
_NATIONALITY = frozenset({"adj", "dem"})  # ... and those that name its people or forces
_STATE_BODIES = frozenset({"GOV", "MIL"})  # what only states have ("Arab lawmakers" sit in the Knesset)


def place_people(d: Draft, group: People, place: str | None, ethnic: bool, doc: Doc, hits: Hits,
                 told_top: Sequence[str]) -> None:
    """Set the country and ethnicity of ``d``, a member of ``group``: its named ``place``, else the
    homeland its sentence names, else one of the text's two main countries, else the kin state. The
    state bodies of a people of many states ("Arab foreign ministers", "Arab armies") are of none of
    its homes, where it is a minority: of no country told."""
    if group.many_states and d.sector in _STATE_BODIES:
        return
    if place is not None and place != group.kin:
        d.country, d.ethnicity = place, group.name
        return
    if place is not None:
        d.country = place
        if ethnic:
            d.ethnicity = group.name
        return
    named = home_in_sentence(d, group, doc, hits)
    if named is not None:  # "Tuareg rebels ambushed Malian soldiers": Mali's, in a story from Niamey
        d.country, d.ethnicity = named, group.name
        return
    for c in told_top[:2]:  # (not a dateline's country alone: where the reporter sits)
        if c in group.home:
            d.country, d.ethnicity = c, group.name
            return
    # (a stateless people of one homeland is of it, whatever other country the text names: "Karen
    # rebels attacked an outpost near the Thai border" are Myanmar's; not a people of many states,
    # whose homeland lists only where it is a minority: "Arab foreign ministers" are no one state's)
    d.country = group.kin or (group.home[0] if len(group.home) == 1 and not group.many_states else None)
    if group.kin is None or ethnic:
        d.ethnicity = group.name


def home_in_sentence(d: Draft, group: People, doc: Doc, hits: Hits) -> str | None:
    """The one homeland of a people of several that the phrase's own sentence names by a country's
    adjective (the state its people there fight or deal with: "Tuareg rebels ambushed Malian
    soldiers ... on the border with Algeria"), else by its name or capital, else None: that sentence
    is better evidence than the countries the story names most. A state named only as a party's
    patron ("Turkish-backed factions", ``nlp/patrons``) is no homeland the sentence tells."""
    sent = doc[d.head].sent
    refs = [r for h in hits.names if sent.start <= h.start < sent.end and not d.start <= h.start < d.end
            and not patron_named(doc[h.end - 1])  # ("Turkish-backed factions attacked Kurdish fighters")
            for r in h.refs if r.kind in _STATE_NAMES and r.key in group.home]
    for kinds in (_NATIONALITY, _STATE_NAMES):  # a party's nationality ("Malian soldiers") first
        found = {r.key for r in refs if r.kind in kinds}
        if found:
            return found.pop() if len(found) == 1 else None
    return None
