"""A craft's flag or owner written as one word before it: "a Liberian-flagged tanker", "a Greek-owned
bulk carrier", "a Marshall Islands-flagged cargo ship" are that country's ship, as "a Greek tanker"
is, never the place of the deed nor the attacker's (word class ``flag_suffix``: flagged, owned,
registered, operated, managed; the craft a noun of word classes ``vessel``, ``crewed_craft`` or
``merchant_craft``). The parser hangs the name on the participle (npadvmod) and the participle on the
craft (amod): the name is a pre-modifier of the craft (``code.py``'s owned nouns), and the participle
tells whose it is, not who leads or backs it (``modifiers.scan_left``'s led names: "an Iran-backed
militia"). A made, built or designed craft ("a Russian-made helicopter") is no such word: where it was
made says nothing of whose it is. Later words of it follow from the craft's own actor: "its crew"
(``crews.py``), "the ship" the story names again. Such a ship's flag or owner, as a merchant ship's
nationality ("a Greek tanker"), counts for no country of the story (``draft.build_context``,
``story.dominant_country``): the ship sails abroad."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.syntax import hyphen_joined
from ..nlp.words import word_class

__all__ = ["flag_participle", "flag_name", "merchant_ship", "ship_flag"]

_SUFFIXES = word_class("flag_suffix")
_CRAFT = word_class("vessel", "crewed_craft", "merchant_craft")


def flag_participle(tok: Token) -> bool:
    """``tok`` is a participle of flag or ownership joined by a hyphen to the word before it, that
    modifies a craft ("flagged" of "a Liberian-flagged tanker")."""
    return tok.lower_ in _SUFFIXES and tok.dep_ == "amod" and tok.head.i > tok.i \
        and tok.head.lemma_.lower() in _CRAFT and tok.i >= 2 and hyphen_joined(tok.doc[tok.i - 2], tok)


def flag_name(tok: Token) -> bool:
    """``tok`` is the last word of the name such a participle is joined to ("Liberian", "Islands" of
    "Marshall Islands-flagged"), hung on it by the parser."""
    return tok.dep_ in ("npadvmod", "compound", "amod", "nmod") and tok.head.i == tok.i + 2 \
        and flag_participle(tok.head)


_MERCHANT = word_class("merchant_craft")


def merchant_ship(tok: Token) -> bool:
    """``tok`` heads a craft of trade: a noun of word class ``merchant_craft`` ("a Greek tanker") or a
    craft a participle of flag or owner modifies ("a Panama-flagged vessel")."""
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in _MERCHANT or any(flag_participle(c) for c in tok.children))


def ship_flag(tok: Token) -> bool:
    """``tok``, the last word of a country's name, tells whose a merchant ship is ("Greek" of "a Greek
    tanker", "Liberian" of "a Liberian-flagged tanker"): a ship of trade sails abroad, and its flag or
    owner is no evidence of the country a story is about, nor of whose its unnamed attackers are
    ("Pirates boarded a Greek tanker off Somalia. They took the crew hostage": Somali, not Greek)."""
    if flag_name(tok):
        return True
    return tok.dep_ in ("amod", "compound", "nmod") and tok.head.i > tok.i and merchant_ship(tok.head)
