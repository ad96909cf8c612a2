"""The ``flashpoint_places`` spaCy component: writes ``doc._.fp_places`` (list of PlaceMention).

Reads the entities and the actor mentions (their countries give the resolution its context).
The mentions' ``article_id`` is empty; the coder stamps the article's id on what it outputs.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..records import PlaceMention
from .recognize import find_places

__all__ = ["PlaceComponent"]

if not Doc.has_extension("fp_places"):
    Doc.set_extension("fp_places", default=None)


class PlaceComponent:
    def __call__(self, doc: Doc) -> Doc:
        context = [m.actor.country for m in (getattr(doc._, "fp_actors", None) or []) if m.actor.country]
        places: list[PlaceMention] = find_places(doc, "", context)
        doc._.fp_places = places
        return doc


@Language.factory("flashpoint_places", requires=["doc.ents", "doc._.fp_actors"], assigns=["doc._.fp_places"])
def make_place_component(nlp: Language, name: str) -> PlaceComponent:
    return PlaceComponent()
