"""The places of many parsed articles, for the ``flashpoint places`` command."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from spacy.tokens import Doc

from flashpoint.places.gazetteer import Gazetteer
from flashpoint.places.recognize import find_places
from flashpoint.records import Article, PlaceMention

__all__ = ["places_for_docs"]


def places_for_docs(docs_and_articles: Iterable[tuple[Doc, Article]], context: Sequence[str] = (),
                    gazetteer: Gazetteer | None = None) -> Iterator[PlaceMention]:
    """Yield the resolved place mentions of each ``(doc, article)`` pair, article by article.

    Each doc must be the parse of its article's text: offsets are character offsets in
    ``doc.text``, which is ``article.text`` when the caller parsed that. ``context`` (ISO3 codes)
    applies to every article. ``PlaceMention.to_dict()`` gives the record the CLI prints.
    """
    for doc, article in docs_and_articles:
        yield from find_places(doc, article.id, context, gazetteer)
