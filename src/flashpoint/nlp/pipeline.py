"""Building the spaCy pipeline: the configured model plus flashpoint's registered components."""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language

from ..config import Settings
from ..errors import ModelError
from .lemmas import correct_lemmas

__all__ = ["load_pipeline", "FLASHPOINT_COMPONENTS"]

FLASHPOINT_COMPONENTS = ("flashpoint_initialisms", "flashpoint_paragraphs", "flashpoint_datelines", "flashpoint_verb_tags",
                         "flashpoint_time_objects",
                         "flashpoint_actors", "flashpoint_places",
                         "flashpoint_events", "flashpoint_records")


@functools.lru_cache(maxsize=4)
def load_pipeline(settings: Settings) -> Language:
    """The spaCy pipeline for ``settings`` (cached: one per process and settings)."""
    from .. import components as _components  # noqa: F401 - importing registers the factories

    try:
        nlp = spacy.load(settings.model)
    except OSError as exc:
        raise ModelError(
            f"cannot load spaCy pipeline {settings.model!r}: is it installed? ({str(exc).splitlines()[0]})"
        ) from None
    if "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
        raise ModelError(f"spaCy pipeline {settings.model!r} needs a parser and an entity recogniser")
    nlp.max_length = max(nlp.max_length, 2_000_000)
    correct_lemmas(nlp)  # ("staged a rally": the small model's lemma is "stag")
    nlp.add_pipe("flashpoint_initialisms", first=True)  # ("IS fighters": before the token vectors)
    nlp.add_pipe("flashpoint_paragraphs", before="parser")
    nlp.add_pipe("flashpoint_datelines", before="parser")
    nlp.add_pipe("flashpoint_verb_tags", after="parser")  # ("Police in Mozambique shot dead": a verb)
    nlp.add_pipe("flashpoint_time_objects", after="flashpoint_verb_tags")  # ("arrested Zuniga hours later")
    nlp.add_pipe("flashpoint_stolen_objects")  # ("declared a state of emergency and troops ...": needs lemmas)
    nlp.add_pipe("flashpoint_actors", config={"actors_path": settings.actors})
    nlp.add_pipe("flashpoint_places")
    nlp.add_pipe("flashpoint_events", config={"lexicons": list(settings.lexicons),
                                              "keep_negated": settings.keep_negated})
    nlp.add_pipe("flashpoint_records", config={"explain": settings.explain,
                                               "min_confidence": settings.min_confidence})
    return nlp
