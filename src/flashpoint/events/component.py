"""The ``flashpoint_events`` spaCy component: writes ``doc._.fp_events`` (list of Candidate).

Reads: the dependency parse, lemmas, and the actor mentions written by ``flashpoint_actors``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..actors import actors_for
from .extract import Candidate, extract_events
from .lexicon import load_lexicon

__all__ = ["EventComponent"]

if not Doc.has_extension("fp_events"):
    Doc.set_extension("fp_events", default=None)


class EventComponent:
    def __init__(self, lexicons: tuple[str, ...] = (), keep_negated: bool = False) -> None:
        self.lexicon = load_lexicon(tuple(lexicons))
        self.keep_negated = keep_negated

    def __call__(self, doc: Doc) -> Doc:
        events: list[Candidate] = extract_events(doc, self.lexicon, actors_for, self.keep_negated)
        doc._.fp_events = events
        return doc


@Language.factory(
    "flashpoint_events",
    default_config={"lexicons": [], "keep_negated": False},
    requires=["token.dep", "token.lemma", "doc._.fp_actors"],
    assigns=["doc._.fp_events"],
)
def make_event_component(nlp: Language, name: str, lexicons: list[str], keep_negated: bool) -> EventComponent:
    return EventComponent(tuple(lexicons), keep_negated)
