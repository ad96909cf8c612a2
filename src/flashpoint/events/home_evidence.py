"""Whether a story tells of a country apart from the party that acts: the evidence a scene target at
home needs.

An action with no stated target is aimed at the country where it happened (``story.scene_target``);
where that is the source's own country, the story must tell of that country by something other than
the source itself: a place of it ("appealed for calm after clashes in Garissa"), or a party of it that
is not the state speaking (police, protesters, the opposition, rebels; also of unstated country,
which the story gives its own). A story that names the country only as the doer ("Ghana appealed for
calm", "Brazil urged the warring factions to agree to a ceasefire": parties of no kind and no
country) tells no one at home it is aimed at: the absence of a stated target is no reason to aim an
action at its source's own country.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..actors.story import NON_STATE
from ..nlp.words import word_class
from ..records import Actor

__all__ = ["told_apart_from", "parties_of_nowhere", "rivals_told", "aimed_at_a_relation"]

RELATIONS = word_class("relation")  # neighbour, ally, rival, enemy: another party than their owner

# the state itself, speaking or acting as a whole: no party at home apart from a source of the state
_THE_STATE = frozenset({"", "GOV"})


def told_apart_from(doc: Doc, source: Actor, country: str) -> bool:
    """``doc`` tells of ``country`` by a place outside its datelines and the source's own mentions,
    or by a party of it (or of unstated country) of another side than the source's: not the source,
    nor, for a source that is the state as a whole, another body of the state ("Kenya's government
    appealed for calm after protesters clashed with police": the protesters)."""
    mentions = getattr(doc._, "fp_actors", None) or []
    own = [m.actor.span for m in mentions if m.actor.code == source.code and m.actor.span is not None]
    if source.span is not None:
        own.append(source.span)
    datelines = getattr(doc._, "fp_datelines", None) or []

    def inside(start: int, spans: list[tuple[int, int]]) -> bool:
        return any(a <= start < b for a, b in spans)

    if any(p.location.country == country and not inside(p.start, own) and not inside(p.start, datelines)
           for p in getattr(doc._, "fp_places", None) or []):
        return True
    state = (source.sector or "") in _THE_STATE
    return any(m.actor.country in (country, None) and m.actor.code != source.code and m.actor.sector
               and not (state and m.actor.sector in _THE_STATE) for m in mentions)


def rivals_told(doc: Doc, country: str) -> bool:
    """``doc`` tells of a side at home that a state's force may face: armed groups, criminals or the
    opposition of ``country`` (or of unstated country, which the story gives its own). A show of force
    with no place of its own ("Israel mobilised thousands of reservists", "North Korea fired a missile
    into the sea") faces none of its own state's bodies, its media or its reservists."""
    return any(m.actor.country in (country, None) and m.actor.sector in NON_STATE
               for m in getattr(doc._, "fp_actors", None) or [])


def parties_of_nowhere(doc: Doc, source: Actor | None, stated: Actor | None, given: Actor | None) -> bool:
    """The target phrase ``stated`` names parties of no kind and no country ("urged all sides to
    return to talks", "called on the warring parties to lay down their arms"), which the story
    ``given`` the source's own country for want of any other, where the story tells of that country
    nothing apart from the source: they are of no country the text gives."""
    return source is not None and stated is not None and given is not None and source.country is not None \
        and stated.country is None and not stated.sector and stated.span is not None \
        and given.country == source.country and not told_apart_from(doc, source, source.country)


def aimed_at_a_relation(trigger: Token) -> bool:
    """``trigger``'s object is a relational noun the text leaves unnamed ("attacked its neighbour",
    "stood with its ally", word class ``relation``): a party the text leaves unnamed, whom the scene
    does not tell."""
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    objects += [p for c in trigger.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return any(o.lemma_.lower() in RELATIONS for o in objects)
