"""A town told as lying in a region or a country is of that region's country.

"Insurgents stormed Palma in Cabo Delgado province", "bandits killed farmers in Aurora, a village in
Zamfara state", "clashes broke out in Tripoli in northern Lebanon": the words between the town and
the place after it (only "in", a compass part and "the"; or an apposition that calls the town a
place, "a coastal town in") say that the town lies there. :func:`told_within` finds these pairs of
mentions; resolution (:func:`flashpoint.places.resolve.resolve`) then picks among the town's
namesakes in the container's country only, and where the gazetteer has none there, the name is kept
as a place of no coordinates (a bigger foreign namesake, Palma de Mallorca, is not meant).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from flashpoint.nlp.words import word_class
from flashpoint.places.gazetteer import Candidate, Place

__all__ = ["held_by", "told_within"]

_COMPASS = word_class("compass_part")
_KINDS = word_class("locative_noun")  # ("Palma, a coastal town in", "Hyderabad, a port city in")
_ARTICLES = frozenset(("a", "an", "the"))
_DESCRIBING = frozenset(("ADJ", "NOUN", "PROPN", "ADV"))
_JOINERS = frozenset(("-", "\u2010", "\u2011"))
_HOLDERS = frozenset(("country", "region", "area", "island", "district"))  # (what a town may be told to lie in)
_SETTLEMENTS = frozenset(("city", "town", "village", "capital", "district"))


def _in_phrase(doc: Doc, start: int, end: int) -> bool:
    """Tokens ``start``-``end`` are "in", "in the", "in northern", "in the far north of", nothing else."""
    words = [t.lower_ for t in doc[start:end]]
    if not words or words[0] != "in":
        return False
    rest = words[1:]
    if rest and rest[0] == "the":
        rest = rest[1:]
    while rest and rest[0] in _COMPASS:
        rest = rest[1:]
    return not rest or rest == ["of"] and len(words) > 2 and words[-2] in _COMPASS


def _apposition(doc: Doc, start: int, end: int) -> bool:
    """Tokens ``start``-``end`` are ", a coastal town in (the north of)": a comma, an article, words
    that describe a kind of place (word class ``locative_noun``) and an in-phrase."""
    if end - start < 4 or doc[start].text != "," or doc[start + 1].lower_ not in _ARTICLES:
        return False
    for k in range(start + 2, min(end, start + 6)):
        token = doc[k]
        if token.lower_ in _KINDS and k + 1 < end:
            return _in_phrase(doc, k + 1, end)
        if token.pos_ not in _DESCRIBING:
            return False
    return False


def told_within(doc: Doc, spans: Sequence[tuple[int, int, bool]]) -> list[int | None]:
    """For each mention (token spans, in order, each with whether it is only a people's word), the
    index of the mention it is told to lie in, the next one, where only an in-phrase or an apposition
    of a kind of place stands between them, and that one is named by a name ("in the Russian-occupied
    south" is no place in Russia) that modifies nothing by a hyphen ("in Russia-occupied Zaporizhzhia");
    else None. Whether the next mention can hold a town (a region, a
    country) is for resolution to say."""
    out: list[int | None] = [None] * len(spans)
    for i in range(len(spans) - 1):
        end, start = spans[i][1], spans[i + 1][0]
        after = spans[i + 1][1]
        if spans[i + 1][2] or after < len(doc) and doc[after].text in _JOINERS:
            continue  # (nor is a name that modifies by a hyphen: "in Russia-occupied Zaporizhzhia")
        if end < start <= end + 10 and (_in_phrase(doc, end, start) or _apposition(doc, end, start)):
            out[i] = i + 1
    return out


def held_by(cands: Sequence[Candidate], container: Place | None,
            readings: Sequence[Candidate] = ()) -> Sequence[Candidate] | None:
    """The readings of a name told to lie in ``container`` that lie in its country, none where no
    reading does ("Palma in Cabo Delgado": no Spanish Palma); where none does but another of the
    container's own ``readings`` that can hold a town is of a country the name has readings in, those
    ("Columbus in Georgia": the American state, not the country); None where the rule does not apply:
    the container holds no town (a town, "Moscow in Kyiv"), a reading is no settlement (a region or a
    country, "Ghana in Lebanon"), or one is a capital, told as its government ("fought for Moscow
    in Ukraine")."""
    if container is None or container.country is None or container.feature not in _HOLDERS:
        return None
    if any(c.place.feature not in _SETTLEMENTS for c in cands):
        return None
    held = [c for c in cands if c.place.country == container.country and c.place.id != container.id]
    if not held:
        other = {r.place.country for r in readings if r.place.feature in _HOLDERS and r.place.country}
        held = [c for c in cands if c.place.country in other]
    if not held and any(c.place.feature == "capital" for c in cands):
        return None
    return held
