"""A village or town the story introduces by its kind is of the story's countries, not a namesake far off.

"Malian troops killed dozens of men in the village of Moura": a name a reporter introduces as "the
village of" or "the town of" is a small place the reader does not know, most likely where the story's
parties are. Where the gazetteer's reading lies in none of the countries of the story's parties
(the place component's ``context``), and the article places nothing else in that country, it is a
namesake (Moura in Portugal, a town of 9,000): the name is kept as a
place the gazetteer does not know, of no coordinates (:func:`foreign_namesake`, read by
:func:`flashpoint.places.recognize.find_places`).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from flashpoint.nlp.words import word_class
from flashpoint.places.gazetteer import Place

_SETTLEMENTS = word_class("settlement_noun")  # ("the village of X")
_TOWNS = frozenset(("city", "town", "village"))
_SMALL = 15_000  # a town of the gazetteer of this size or more is known enough to be meant


def foreign_namesake(doc: Doc, start: int, place: Place, context: Sequence[str],
                     chosen: Sequence[Place | None]) -> bool:
    """The place read for the name at token ``start``, introduced by "the village/town of", lies in
    none of the story's countries (``context``, not empty) nor in a country where another place of
    the article (``chosen``) lies."""
    if start < 2 or doc[start - 1].lower_ != "of" or doc[start - 2].lower_ not in _SETTLEMENTS:
        return False
    if not context or place.country is None or place.country in context or place.curated:
        return False
    if place.feature not in _TOWNS or place.population >= _SMALL:
        return False  # (a foreign bureau's dateline may be the only country of the story: "PARIS - ... the town of Kidal")
    return not any(other is not None and other is not place and other.country == place.country for other in chosen)
