"""Hostages are of the sector of the people taken.

"Took six teachers hostage", "holding four soldiers captive": the parser makes the people taken a
compound modifier of the captive word (word class ``captive``), which heads the phrase. The word
"hostage" alone is a civilian, but those the phrase says were taken are what they are: teachers
(EDU), soldiers (MIL). A phrase with no such people ("freed 12 hostages", "Israeli hostages") keeps
the civilians' sector. Read by ``premodifier_owners.title_sector``, beside role nouns that take their
people's sector ("a student leader").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.words import word_class

__all__ = ["captives_sector"]

_CAPTIVE = word_class("captive")


def captives_sector(tok: Token, people: list[str]) -> str | None:
    """The sector of the people a captive word ``tok`` heads ("six teachers hostage": EDU), given the
    sectors of its modifiers that name persons (``people``, last nearest); None for any other word."""
    return people[-1] if people and tok.lemma_.lower() in _CAPTIVE else None
