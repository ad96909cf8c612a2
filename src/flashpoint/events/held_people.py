"""Who a predicative "hostage" or "captive" says is held.

"Took 30 villagers hostage", "holding the crew hostage", "holding Europe hostage": the parser reads
the two objects of the verb as one noun phrase, the word of the class ``captive`` its head and the
ones held its compound modifier. The word "hostage" always names people, so an ``object_kind``
condition on such an object asks about the modifier instead: people held (a person's name, a people's
name, a word the sector lexicon has for persons, a crew: "the crew hostage", "two Americans hostage")
keep "hostage" as the object; anything else held ("holding Europe hostage", "held the budget
hostage": a metaphor) leaves the verb no object of any kind. A captive word with no such modifier
("took 20 hostages", "held the hostage") is itself the object.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.lexicon import load_lexicon
from ..nlp.words import word_class

__all__ = ["held_object"]

_CAPTIVE = word_class("captive")
_CREW = word_class("crew_noun")
_PEOPLE_NAMES = ("PERSON", "NORP")  # ("Colombian soldiers" come as words; "two Americans" as a name)


def held_object(obj: Token | None) -> Token | None:
    """``obj`` as what ``object_kind`` checks: None where it is a captive word whose compound
    modifier, the ones held, names no people ("Europe hostage"); else ``obj`` itself."""
    if obj is None or obj.lemma_.lower() not in _CAPTIVE:
        return obj
    held = [c for c in obj.children if c.dep_ == "compound" and c.i < obj.i and c.pos_ in ("NOUN", "PROPN")]
    return obj if not held or _names_people(held[-1]) else None


def _names_people(word: Token) -> bool:
    """``word`` names people: a person's or a people's name, a crew, or a word the sector lexicon
    has for persons ("workers", "passengers"), not a body or a thing ("the government", "the budget")."""
    if word.ent_type_ in _PEOPLE_NAMES or word.lemma_.lower() in _CREW:
        return True
    ref = load_lexicon().words.get(word.lower_) or load_lexicon().words.get(word.lemma_.lower())
    return ref is not None and ref.person
