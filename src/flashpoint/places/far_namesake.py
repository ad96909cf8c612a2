"""A small place the story names is of the story's countries, not a namesake far off.

"Malian troops killed dozens of men in the village of Moura": a name a reporter introduces as "the
village of" or "the town of" is a small place the reader does not know, most likely where the story's
parties are. Where the gazetteer's reading lies in none of the countries of the story's parties
(the place component's ``context``), and the article places nothing else in that country, it is a
namesake (Moura in Portugal, a town of 9,000): the name is kept as a place the gazetteer does not
know, of no coordinates (:func:`foreign_namesake`, read by
:func:`flashpoint.places.recognize.find_places`). So is such a name read as a region or a state,
whatever its size, which a settlement noun rules out ("the town of Victoria" in a story of Sudan is
no Australian state), and a small town the tagger calls a place with no settlement noun ("killed
dozens in Moura") where it lies far from every country of the story's parties (:data:`_FAR_KM`).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from flashpoint.nlp.words import word_class
from flashpoint.places.gazetteer import Gazetteer, Place
from flashpoint.places.resolve import km

_SETTLEMENTS = word_class("settlement_noun")  # ("the village of X")
_TOWNS = frozenset(("city", "town", "village"))
_AREAS = frozenset(("region", "area", "district"))  # (readings a settlement noun rules out)
_NER_PLACES = frozenset(("GPE", "LOC", "FAC"))
_SMALL = 15_000  # a town of the gazetteer of this size or more is known enough to be meant
# a small town named bare this far from the middle of every country of the story's parties is a
# namesake (Moura, Portugal in a story of Mali), not a town over a border ("entered Sudzha")
_FAR_KM = 1_500.0


def called_a_settlement(doc: Doc, start: int, end: int) -> bool:
    """The name of tokens ``start``-``end`` is told as a village or a town: "the village of X", "X
    village", "X, a village in Zamfara", "X, a small farming town" (word class ``settlement_noun``)."""
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in _SETTLEMENTS:
        return True
    if end < len(doc) and doc[end].lower_ in _SETTLEMENTS:
        return True
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an"):
        return False
    for token in doc[end + 2:min(end + 5, len(doc))]:
        if token.lower_ in _SETTLEMENTS:
            return True
        if token.pos_ not in ("ADJ", "NOUN", "ADV"):
            return False
    return False


def foreign_namesake(doc: Doc, start: int, end: int, place: Place, context: Sequence[str],
                     chosen: Sequence[Place | None], gazetteer: Gazetteer | None = None) -> bool:
    """The place read for the name of tokens ``start``-``end`` lies in none of the story's countries
    (``context``) nor in a country where another place of the article (``chosen``) lies, and is a
    namesake: told as a settlement (:func:`called_a_settlement`), a small town or a region (also with no context,
    where the article places something else); else a small town the tagger calls a place, far from
    every country of ``context`` (their middles, from ``gazetteer``)."""
    if place.country is None or place.country in context or place.curated and place.feature in _TOWNS:
        return False
    if any(other is not None and other is not place and other.country == place.country for other in chosen):
        return False
    if called_a_settlement(doc, start, end):
        if place.feature in _AREAS:  # ("the town of Victoria": no Australian state)
            return bool(context) or any(other is not None and other is not place for other in chosen)
        # (a foreign bureau's dateline may be the only country of the story: "PARIS - ... the town of Kidal")
        return bool(context) and not place.curated and place.feature in _TOWNS and place.population < _SMALL
    if gazetteer is None or not context or doc[start].ent_type_ not in _NER_PLACES:
        return False
    if place.feature not in _TOWNS or place.population >= _SMALL:
        return False
    middles = [p for p in (gazetteer.country(c) for c in set(context)) if p is not None]
    return bool(middles) and all(km(place.lat, place.lon, p.lat, p.lon) > _FAR_KM for p in middles)
