"""The ``flashpoint_places`` spaCy component: writes ``doc._.fp_places`` (list of PlaceMention).

Reads the entities and the actor mentions (their countries give the resolution its context).
The mentions' ``article_id`` is empty; the coder stamps the article's id on what it outputs.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..nlp.syntax import patron_modifier
from ..records import PlaceMention
from .recognize import find_places

__all__ = ["PlaceComponent"]

_BODY_ENTS = frozenset({"ORG", "NORP"})

if not Doc.has_extension("fp_places"):
    Doc.set_extension("fp_places", default=None)


def _patron_words(doc: Doc, head: int) -> range:
    """The words before the suffix of patronage of the phrase headed by token ``head`` ("Iran" of
    "the Iran-backed group"), none where it has no such suffix."""
    suffix = patron_modifier(doc[head])
    return range(suffix.left_edge.i, suffix.i) if suffix is not None else range(0)


class PlaceComponent:
    def __call__(self, doc: Doc) -> Doc:
        mentions = getattr(doc._, "fp_actors", None) or []
        context = [m.actor.country for m in mentions if m.actor.country]
        # a body the actor coder named by its name ("Hamas", an ORG the gazetteer also knows as a
        # German town's other name) is no place: the head of a mention coded with a sector, in an
        # organisation or group entity
        bodies = frozenset(m.head for m in mentions if m.actor.sector and doc[m.head].ent_type_ in _BODY_ENTS)
        # the patron of a party of the story ("Iran-backed militias", "al Qaeda-linked fighters") is
        # no place where anything happens ("Israel-linked ships" are no party: Israel is told)
        patrons = frozenset(i for m in mentions for i in _patron_words(doc, m.head) if m.actor.sector)
        places: list[PlaceMention] = find_places(doc, "", context, bodies=bodies, patrons=patrons)
        doc._.fp_places = places
        return doc


@Language.factory("flashpoint_places", requires=["doc.ents", "doc._.fp_actors"], assigns=["doc._.fp_places"])
def make_place_component(nlp: Language, name: str) -> PlaceComponent:
    return PlaceComponent()
