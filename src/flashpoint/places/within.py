"""A town told as lying in a region or a country is of that region's country.

"Insurgents stormed Palma in Cabo Delgado province", "bandits killed farmers in Aurora, a village in
Zamfara state", "clashes broke out in Tripoli in northern Lebanon": the words between the town and
the place after it (only "in", a compass part and "the", after a comma too, "Merida, in western
Venezuela"; or an apposition that calls the town a place, "a coastal town in") say that the town lies
there. A people's word holds a town where it names a part of its country's land ("Merida, in the
Venezuelan Andes", "Aurora, in the Nigerian north-west", "in the Mozambican province of"). :func:`told_within` finds these pairs of
mentions; resolution (:func:`flashpoint.places.resolve.resolve`) then picks among the town's
namesakes in the container's country only, and where the gazetteer has none there, the name is kept
as a place of no coordinates (a bigger foreign namesake, Palma de Mallorca, is not meant).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from flashpoint.nlp.words import word_class
from flashpoint.places.gazetteer import Candidate, Place
from flashpoint.places.index import KIND_DEMONYM

__all__ = ["held_by", "told_within"]

_COMPASS = word_class("compass_part")
_PARTS = word_class("compass_part", "region_unit", "locative_noun")  # ("the Nigerian north", "Venezuela's Andes region")
_CLOSING = frozenset((",", ".", ";", ":", ")", "(", "-", "\u2014", "\u2013"))
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


def _names_a_part(doc: Doc, k: int) -> bool:
    """Token ``k``, after a people's word or a country's possessive, names a part of its land: a
    compass part or a noun of a division or kind of place ("the Nigerian north-west", "Venezuela's
    Andes region"), or a proper name that ends the phrase ("the Venezuelan Andes,"; not "the Russian
    Army's biggest gain")."""
    if k >= len(doc):
        return False
    tok = doc[k]
    if tok.lower_ in _PARTS:
        return True
    if tok.pos_ != "PROPN" or not tok.is_title:
        return k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN" and _names_a_part(doc, k + 1)
    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].is_title:
        k += 1  # (a name of several words: "Mozambique's Cabo Delgado")
    return k >= len(doc) or doc[k].lower_ in _PARTS or doc[k].pos_ not in _DESCRIBING and doc[k].tag_ != "POS"


def _closes(doc: Doc, after: int) -> bool:
    """The container of a comma's in-phrase, ending at token ``after``, ends the phrase, is a division's
    name ("Zamfara state") or a possessor of a part of its land ("in Nigeria's Zamfara state"); not a
    possessor of a deed ("Kherson, in Russia's biggest setback")."""
    if after >= len(doc) or doc[after].text in _CLOSING or doc[after].lower_ in _PARTS:
        return True
    return _possessive(doc, after) and _names_a_part(doc, after + 1)


def _possessive(doc: Doc, k: int) -> bool:
    """Token ``k`` is the possessive ending ("Russia's")."""
    return k < len(doc) and doc[k].lower_ in ("'s", "\u2019s")


def told_within(doc: Doc, spans: Sequence[tuple[int, int, bool]]) -> list[int | None]:
    """For each mention (token spans, in order, each with whether it is only a people's word), the
    index of the mention it is told to lie in, the next one, where only an in-phrase or an apposition
    of a kind of place stands between them, and that one is named by a name ("in the Russian-occupied
    south" is no place in Russia) that modifies nothing by a hyphen ("in Russia-occupied Zaporizhzhia"),
    or by a people's word that names a part of its land (:func:`_names_a_part`); after a comma
    (", in western Venezuela") only where the container closes the phrase (:func:`_closes`); never a
    possessor of anything but a part of its land ("Kherson in Russia's biggest setback"); else
    None. Whether the next mention can hold a town (a region, a country) is for resolution to say."""
    out: list[int | None] = [None] * len(spans)
    for i in range(len(spans) - 1):
        end, start = spans[i][1], spans[i + 1][0]
        after = spans[i + 1][1]
        if after < len(doc) and doc[after].text in _JOINERS:
            continue  # (nor is a name that modifies by a hyphen: "in Russia-occupied Zaporizhzhia")
        if spans[i + 1][2] and not _names_a_part(doc, after) or _possessive(doc, after) and not _names_a_part(doc, after + 1):
            continue  # ("in the Russian offensive", "in Israel's biggest raid")
        comma = end < len(doc) and doc[end].text == "," and (spans[i + 1][2] or _closes(doc, after))
        if end < start <= end + 10 and (_in_phrase(doc, end + int(comma), start) or _apposition(doc, end, start)):
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
    if readings and all(r.kind == KIND_DEMONYM for r in readings) and container.feature != "country":
        return None  # (a people of no one state: "Qamishli, in the Kurdish north")
    if any(c.place.feature not in _SETTLEMENTS for c in cands):
        return None
    held = [c for c in cands if c.place.country == container.country and c.place.id != container.id]
    if not held:
        other = {r.place.country for r in readings if r.place.feature in _HOLDERS and r.place.country}
        held = [c for c in cands if c.place.country in other]
    if not held and any(c.place.feature == "capital" for c in cands):
        return None
    return held
