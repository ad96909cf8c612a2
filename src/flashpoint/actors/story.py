"""Story-level actor rules: the country a story is about, and the actors whose country it leaves open.

``dominant_country`` counts a document's actors and places; ``localise`` gives a person or body of
unstated country ("President X", "the army") that country. Both read what the actor and place
components wrote on the ``Doc``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc

from ..records import Actor, PlaceMention

__all__ = ["UNKNOWN_COUNTRY", "dominant_country", "localise"]

UNKNOWN_COUNTRY = "---"


def dominant_country(doc: Doc, places: list[PlaceMention]) -> str | None:
    """The country an article is about: most mentioned among its actors and places (ties: first)."""
    counts: Counter[str] = Counter()
    for m in doc._.fp_actors or []:
        if m.actor.country:
            counts[m.actor.country] += 1
    for p in places:
        if p.location.country and len(p.location.country) == 3:
            counts[p.location.country] += 1
    if not counts:
        return None
    return counts.most_common(1)[0][0]


def localise(actor: Actor | None, country: str | None) -> Actor | None:
    """A person or body whose country the text leaves open ("President X", "the army") belongs to
    the article's dominant country."""
    if actor is None or country is None or not actor.code.startswith(UNKNOWN_COUNTRY) or actor.org:
        return actor
    return replace(actor, code=country + actor.code[len(UNKNOWN_COUNTRY):], country=country)
