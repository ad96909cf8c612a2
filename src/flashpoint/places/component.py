"""The ``flashpoint_places`` spaCy component: writes ``doc._.fp_places`` (list of PlaceMention).

Reads the entities and the actor mentions (their countries give the resolution its context).
The mentions' ``article_id`` is empty; the coder stamps the article's id on what it outputs.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..nlp.syntax import patron_modifier
from ..nlp.vessels import vessel_name_tokens
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


def _full_name(doc: Doc, head: int, name: str | None) -> list[str]:
    """The capitalised words of ``name`` when the mention headed by token ``head`` names someone by
    a full name of two or more words that ends in the head ("Gustavo Petro"), else none."""
    words = (name or "").split()
    if len(words) < 2 or words[-1] != doc[head].text or doc[head].ent_type_ not in ("PERSON", "ORG"):
        return []
    return [w for w in words if w[:1].isupper()]


def _named_group(doc: Doc, start: int, head: int, name: str) -> bool:
    """The proper nouns before the head of a mention are the whole name the actor coder gave it
    ("Fano fighters": Fano), not a country's or a place's own ("Russia's army": the Russian military)."""
    words = [doc[i].text for i in range(start, head) if doc[i].pos_ == "PROPN"]
    return bool(words) and " ".join(words) == name


class PlaceComponent:
    def __call__(self, doc: Doc) -> Doc:
        mentions = getattr(doc._, "fp_actors", None) or []
        context = [m.actor.country for m in mentions if m.actor.country]
        # a body the actor coder named by its name ("Hamas", an ORG the gazetteer also knows as a
        # German town's other name) is no place: the head of a mention coded with a sector, in an
        # organisation or group entity
        bodies = frozenset(m.head for m in mentions if m.actor.sector and doc[m.head].ent_type_ in _BODY_ENTS)
        # so are the words of a group's name before the head of its people ("Fano fighters": the Amhara
        # militia, no Italian town)
        bodies |= frozenset(i for m in mentions if m.actor.sector and _named_group(doc, m.start, m.head, m.actor.name)
                            for i in range(m.start, m.head) if doc[i].pos_ == "PROPN")
        # the patron of a party of the story ("Iran-backed militias", "al Qaeda-linked fighters") is
        # no place where anything happens ("Israel-linked ships" are no party: Israel is told)
        patrons = frozenset(i for m in mentions for i in _patron_words(doc, m.head) if m.actor.sector)
        ships = vessel_name_tokens(doc)  # ("the tanker Marlin Luanda": a ship's name, no Luanda)
        bodies, patrons = bodies | ships, patrons | ships
        # the words of a full name the actor coder resolved, though the NER took it for a body
        # ("Gustavo Petro" tagged ORG): "Petro's visa" later is the person's, no town of that name
        named = frozenset(w.lower() for m in mentions for w in _full_name(doc, m.head, m.actor.name))
        places: list[PlaceMention] = find_places(doc, "", context, bodies=bodies, patrons=patrons, named=named)
        doc._.fp_places = places
        return doc


@Language.factory("flashpoint_places", requires=["doc.ents", "doc._.fp_actors"], assigns=["doc._.fp_places"])
def make_place_component(nlp: Language, name: str) -> PlaceComponent:
    return PlaceComponent()
