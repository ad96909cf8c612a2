"""Whose victims a state tells of when another state harmed them: not the teller's, unless the story
says they are.

"Germany said Russian drones wounded four children", "The French foreign ministry said attacks by
Russian forces killed two aid workers": a state that reports a harm done by another state's party
(its phrase stating its country) to people of no country told is as often a third state commenting
on a war abroad as the harmed side, and the story's country, when it is the teller's, is only the
teller's name counted. The victims are of the teller's country only where the story says the teller
is the harmed side:

- the story names places of the teller's country as places (``Lands.scenes``: "in Kharkiv"), or is
  filed from there (``Lands.filed``);
- the victims are named as the teller's own ("four of *its* citizens", "*our* children");
- the teller is its police, who tell of harm at home;
- the story names the teller's forces (another mention of its army or police: "Ukrainian air
  defences shot down ..."), or the teller's country as what an attack is aimed at ("Russia's war
  *against* Ukraine", "strikes *on* Pakistan").

Otherwise the victims are of the one other country the story's places name, besides the teller's and
the doer's ("Britain said Russian strikes killed 12 civilians" in a story filed from Kyiv). A story
that names no such country keeps the teller's where it borders the doer's (a war over a border:
"Pakistan said Indian strikes killed 26 civilians", ``places/neighbours``); else the victims are of
none told: a state far away tells of a war it is no party to. A victim's own nationality ("two
French aid workers") is their country and is not asked; nor is a teller of no state (an agency, a
group), nor a doer of the teller's own country. A doer of no stated country ("troops"), told by the
country itself or its government (no voice of its forces: ``speakers_side``), is the teller's, and so
are those it harms, only on the same evidence; else of the one other country the story's places
name, else of none ("Norway said troops killed four civilians": :func:`forces_told_from_afar`).
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc, Span

from ..nlp.words import word_class
from ..places.neighbours import neighbours
from ..records import Actor
from .camps import UNKNOWN_COUNTRY
from .own_reports import OWN_POSSESSIVES
from .phrase import actor_phrase
from .speakers_side import THIRD_TELLERS, TROOPS, telling

__all__ = ["victims_told_from_afar", "forces_told_from_afar", "harm_told_from_afar"]

# a state's own parties that do harm (the country itself, "Russian strikes", its forces and offices)
_STATE_DOERS = frozenset({"", "MIL", "COP", "GOV", "SPY"})
_FORCES = frozenset({"MIL", "COP"})  # a state's forces: where the story names the teller's, it is at war
_AT_HOME = frozenset({"COP"})  # a teller that tells only of harm at home
# whom a state's own troops fight: a state that tells of troops killing militants or bandits tells of
# its own operation ("Mali said troops killed four militants"), one that tells of troops harming
# civilians may be an onlooker ("Norway said troops killed four civilians")
_ARMED_FOES = frozenset({"REB", "MIL", "CRM", "INS", "SPY", "UAF"})
_AIMED = word_class("aimed_preposition")
_STATED = frozenset({"NORP", "GPE"})
_OWNERS = ("poss", "amod", "compound")


class _Lands(Protocol):
    """The countries a story's places tell (``story.Lands``)."""

    @property
    def named(self) -> frozenset[str]: ...

    @property
    def scenes(self) -> frozenset[str]: ...

    @property
    def filed(self) -> frozenset[str]: ...


def victims_told_from_afar(doc: Doc, actor: Actor | None, counterpart: Actor | None, candidate: str | None,
                           lands: _Lands) -> str | None:
    """The country of ``actor``, a party of no country told harmed by ``counterpart``, where the story
    would give it ``candidate`` (see the module docstring): ``candidate`` unless a state of that
    country tells the harm and the story says nothing of the teller being the harmed side; then the
    one other country the story's places name, else the teller's where it borders the doer's, else None."""
    if actor is None or counterpart is None or candidate is None or actor.org or not actor.code.startswith(UNKNOWN_COUNTRY) \
            or counterpart.org or not counterpart.country or counterpart.country == candidate \
            or (counterpart.sector or "") not in _STATE_DOERS or not _states_country(doc, counterpart):
        return candidate
    if not _told_from_afar(doc, actor, candidate, lands):
        return candidate
    others = (lands.named | lands.filed) - {candidate, counterpart.country}
    if others:
        return next(iter(others)) if len(others) == 1 else None
    return candidate if neighbours(candidate, counterpart.country) else None


def harm_told_from_afar(doc: Doc, actor: Actor | None, counterpart: Actor | None, candidate: str | None,
                        lands: _Lands, doer: bool) -> str | None:
    """The country of ``actor``, a party of a harm (``doer``: its doer), where the story would give it
    ``candidate``: :func:`forces_told_from_afar`, and for those harmed :func:`victims_told_from_afar`."""
    candidate = forces_told_from_afar(doc, actor, counterpart, candidate, lands, doer)
    return candidate if doer else victims_told_from_afar(doc, actor, counterpart, candidate, lands)


def forces_told_from_afar(doc: Doc, actor: Actor | None, counterpart: Actor | None, candidate: str | None,
                          lands: _Lands, doer: bool) -> str | None:
    """The country of ``actor``, unnamed forces of no country told doing harm (``doer``: "Norway said
    troops killed four civilians"), or a party of no country told harmed by forces whose phrase
    states no country (whatever country the story gave them), where the
    story would give it ``candidate``: ``candidate`` unless the country itself or its government,
    of that country, tells the deed and the story says nothing of the teller being a side (see the
    module); then the one other country the story's places name, else None: a third state that tells
    of troops harming people who are no armed foe (civilians, protesters) is no evidence of whose they
    are. Troops harming militants, bandits or soldiers, and police, are the teller's own. A teller that is the forces' own voice (its army:
    ``speakers_side``) or names them its own ("its troops") has given them its country already."""
    forces, harmed = (actor, counterpart) if doer else (counterpart, actor)
    if actor is None or forces is None or candidate is None or actor.org or forces.org \
            or not actor.code.startswith(UNKNOWN_COUNTRY) or forces.sector not in TROOPS or forces.span is None \
            or _states_country(doc, forces) or harmed is None or (harmed.sector or "") in _ARMED_FOES:
        return candidate
    if not _told_from_afar(doc, forces, candidate, lands, THIRD_TELLERS) \
            or (not doer and not _told_from_afar(doc, actor, candidate, lands, THIRD_TELLERS)):
        return candidate
    others = (lands.named | lands.filed) - {candidate}
    return next(iter(others)) if len(others) == 1 else None


def _told_from_afar(doc: Doc, party: Actor, candidate: str, lands: _Lands,
                    tellers: frozenset[str] | None = None) -> bool:
    """A state of ``candidate``'s country (of a sector in ``tellers``, where given; never its police,
    who tell of harm at home) tells the clause ``party`` is in, and the story says nothing of the
    teller being the harmed side (see the module)."""
    phrase = actor_phrase(doc, party)
    found = telling(phrase.root) if phrase is not None else None
    if phrase is None or found is None:
        return False
    mentions = doc._.fp_actors or []
    teller = next((m for m in mentions if m.head == found[0].i), None)
    if teller is None or teller.actor.country != candidate or teller.actor.org \
            or (teller.actor.sector or "") in _AT_HOME or (tellers is not None and (teller.actor.sector or "") not in tellers):
        return False
    return not (candidate in lands.scenes or candidate in lands.filed or _own_named(phrase)
                or any(_at_war(doc, m.actor, m.head, candidate) for m in mentions if m.head != teller.head))


def _states_country(doc: Doc, party: Actor) -> bool:
    """``party``'s phrase states its country: its name, or a people's word, a possessive or a proper
    name before its head ("Russia", "Russian drones", "Iran's navy", "Azerbaijani shelling"; not
    "troops", which the story gives a country)."""
    phrase = actor_phrase(doc, party)
    if phrase is None:
        return False
    root = phrase.root
    return root.ent_type_ in _STATED or any(t.i < root.i and (
        t.ent_type_ in _STATED or t.dep_ == "poss" or (t.pos_ == "PROPN" and t.dep_ in _OWNERS)) for t in phrase)


def _own_named(phrase: Span) -> bool:
    """The victims' phrase names them as the teller's own: "four of its citizens", "our children"."""
    return any(t.dep_ == "poss" and t.lower_ in OWN_POSSESSIVES for t in phrase.root.subtree)


def _at_war(doc: Doc, party: Actor, head: int, country: str) -> bool:
    """``party`` (its head word at ``head``) is the forces of ``country``, or ``country`` itself as
    what an attack is aimed at ("a war against Ukraine", "strikes on Pakistan")."""
    if party.country != country or party.org:
        return False
    tok = doc[head]
    return party.sector in _FORCES or (not party.sector and tok.dep_ == "pobj" and tok.head.lower_ in _AIMED)
