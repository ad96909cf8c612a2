"""A ship named again: "A Liberian-flagged bulk carrier reported an explosion ... The Houthis said they
had targeted the vessel" aims at the carrier told before, of the flag or owner its first phrase names
(``flags.py``), not at the country off whose coast it sailed, least of all the attacker's own.

A definite noun of a ship (word class ``vessel``: "the vessel", "the ship", "the tanker"; "the",
"this" or "that" and no other word before it) that heads no phrase of its own is the latest craft told
in its sentence or the :data:`BACK` before it (word classes ``vessel``, ``merchant_craft``,
``warship``), where that craft is a merchant ship whose own phrase names its country ("a Greek
tanker", "a Panama-flagged vessel"); a warship or a ship of no country told in between stands in the
way ("a US destroyer"), and so does a ship of an organisation; a weapon or an aircraft does not ("fired
three missiles at the ship").
Called by ``recognise.analyse`` after linking."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp.words import word_class
from .draft import Draft
from .flags import merchant_ship

__all__ = ["ships_named_again", "BACK"]

BACK = 2  # sentences before the ship's own that may tell it
_SHIPS = word_class("vessel")
_CRAFT = word_class("vessel", "merchant_craft", "warship")
_THIS = frozenset({"the", "this", "that"})


def ships_named_again(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with a draft added for each ship named again (see the module docstring), in order."""
    heads = {d.head: d for d in drafts}
    covered = {i for d in drafts for i in range(d.start, d.end)}
    added: list[Draft] = []
    for tok in doc:
        if tok.i in covered or not _named_again(tok):
            continue
        told = _told_before(doc, tok)
        first = heads.get(told.i) if told is not None else None
        if told is None or first is None or first.country is None or first.org is not None \
                or not merchant_ship(told):
            continue
        start = min(c.i for c in tok.children if c.dep_ == "det")
        added.append(first.copy(start=start, end=tok.i + 1, head=tok.i, antecedent=first, nested=False,
                                group=None, lemma=tok.lemma_.lower(), needs=None, target=None))
    if not added:
        return drafts
    return sorted([*drafts, *added], key=lambda d: (d.start, d.head))


def _named_again(tok: Token) -> bool:
    """``tok`` is a bare definite noun of a ship ("the vessel"): a determiner of :data:`_THIS` and no
    other word before it."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _SHIPS or tok.tag_ != "NN":
        return False
    lefts = list(tok.lefts)
    return len(lefts) == 1 and lefts[0].dep_ == "det" and lefts[0].lower_ in _THIS


def _told_before(doc: Doc, tok: Token) -> Token | None:
    """The latest craft told before ``tok`` in its sentence or the :data:`BACK` before it."""
    first = tok.sent.start
    for _ in range(BACK):
        if first > 0:
            first = doc[first - 1].sent.start
    return next((t for t in reversed(doc[first:tok.i]) if t.pos_ == "NOUN" and t.lemma_.lower() in _CRAFT
                 and t.dep_ != "compound"), None)
