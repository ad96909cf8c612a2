"""A crew is its craft's: "Israeli commandos intercepted a Turkish aid ship and arrested its crew"
are Turks, not Israelis (the clause's subject) nor Palestinians (a place told last).

A crew word (word class ``crew_noun``: "its crew", "their crews", "took its crew hostage") whose
possessive pronoun stands for a ship or an aircraft (word classes ``crewed_craft``, ``war_machine``,
``merchant_craft``) told before it in its sentence or the one before is of the craft's country, as its
own phrase names it ("a Turkish aid ship", "a Greek-owned tanker", "a tanker flying the Marshall
Islands flag"); where it names none the crew is of no country its pronoun would give, never the
seizer's. A crew the parser joined to another party ("attacked by drones and its crew had repelled
the assault") is no party of that deed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Token

from ..nlp.words import word_class
from .draft import Draft

__all__ = ["crew_craft"]

_CREW = word_class("crew_noun")
_CRAFT = word_class("crewed_craft", "war_machine", "merchant_craft")
_FLAG = "flag"
_DEFINITE = word_class("definite")
_BACK = 1  # sentences before the crew's own that may tell its craft


def crew_craft(doc: Doc, d: Draft, by_head: Mapping[int, Sequence[Draft]]) -> list[Draft] | None:
    """``d`` (a crew with "its"/"their") as its craft's: adopting the craft's country where its phrase
    names one, else as it is; None where ``d`` is no crew or no craft is told before it."""
    head = doc[d.head]
    if d.poss_pronoun is None or not _crew(head):
        return None
    crafts = _crafts_before(doc, d.poss_pronoun)
    if not crafts:
        return None
    if head.dep_ == "conj" and not _crew(head.head):
        return []  # ("attacked by drones and its crew had repelled ...": the parser's joining, no party)
    owner = next((o for c in _same_craft(crafts) if (o := _owner(c, by_head)) is not None), None)
    if owner is not None:
        d.country, d.org = owner.country, None
    return [d]


def _crew(tok: Token) -> bool:
    """``tok`` names a crew ("crew", "crewmen"), heads a phrase a crew word opens ("its crew
    hostage") or counts some of a crew ("several of its crew")."""
    if tok.lemma_.lower() in _CREW or tok.lower_ in _CREW:
        return True
    return any((c.dep_ == "compound" and c.lemma_.lower() in _CREW)
               or (c.dep_ == "prep" and c.lower_ == "of" and any(
                   g.dep_ == "pobj" and g.lemma_.lower() in _CREW for g in c.children)) for c in tok.children)


def _crafts_before(doc: Doc, at: int) -> list[Token]:
    """The ships and aircraft told before token ``at``, in its sentence or the one before, latest first."""
    sent = doc[at].sent
    first = sent.start
    for _ in range(_BACK):
        if first > 0:
            first = doc[first - 1].sent.start
    return [t for t in reversed(doc[first:at]) if t.pos_ == "NOUN" and t.lemma_.lower() in _CRAFT
            and t.dep_ != "compound"]


def _same_craft(crafts: list[Token]) -> list[Token]:
    """The latest craft and, while it is named again by a definite article ("the ship"), the ones
    before it that it may name again ("a Greek tanker ... targeted the ship ... its crew")."""
    out = []
    for t in crafts:
        out.append(t)
        if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in t.children):
            break
    return out


def _owner(craft: Token, by_head: Mapping[int, Sequence[Draft]]) -> Draft | None:
    """The country the craft's own phrase names: its head's draft ("a Turkish aid ship"), else the
    flag it flies ("flying the Marshall Islands flag")."""
    own = next((x for x in by_head.get(craft.i, ()) if x.country and x.org is None and not x.person), None)
    if own is not None:
        return own
    flags = (t for t in craft.subtree if t.lemma_.lower() == _FLAG and t.i != craft.i)
    return next((x for t in flags for x in by_head.get(t.i, ()) if x.country and x.org is None), None)
