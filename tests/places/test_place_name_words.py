"""A town's or capital's name that is only one word of a longer place's name (real model): the
first word of a village's name the NER took for a person's, after a locative preposition ("in Tula
Toli"), and a name joined by a small word of names to a capitalised word outside any place ("Praia
do Bilene") are not that town or capital; the places themselves stay. A longer name whose words the
NER tagged apart at its small word ("Port" and "Spain" in "Port of Spain") is the whole place."""

from __future__ import annotations

import pytest
from spacy.language import Language

from flashpoint.places import find_places

pytestmark = pytest.mark.model


def _countries(nlp: Language, text: str) -> set[str | None]:
    return {m.location.country for m in find_places(nlp(text), "t")}


@pytest.mark.parametrize("text, wrong", [
    ("Soldiers burned homes in Tula Toli and killed dozens of Rohingya villagers on Monday.", "RUS"),
    ("Insurgents ambushed a patrol in Tula Mala on Monday.", "RUS"),
    ("Islamist fighters killed two police officers in Praia do Bilene on Friday.", "CPV"),
])
def test_a_word_of_a_longer_name_is_not_that_place(nlp: Language, text: str, wrong: str) -> None:
    assert wrong not in _countries(nlp, text)


@pytest.mark.parametrize("text, country", [
    ("Police shot a teenager in Perth Amboy on Saturday.", "USA"),
    ("Militants killed nine herders near Moscow on Sunday.", "RUS"),
    ("Police in Santiago de Chile arrested dozens of students on Monday.", "CHL"),
    ("Police in Praia, Cape Verde, arrested two smugglers on Monday.", "CPV"),
    ("Protesters marched through Tula on Saturday.", "RUS"),
])
def test_the_places_themselves_stay(nlp: Language, text: str, country: str) -> None:
    assert country in _countries(nlp, text)


@pytest.mark.parametrize("text, country, wrong", [
    ("Police arrested dozens of protesters in Port of Spain on Tuesday.", "TTO", {"REU", "ESP"}),
    ("Thousands marched through the streets of Port of Spain on Sunday.", "TTO", {"REU", "ESP"}),
    ("Police in Kingston upon Hull arrested two men after the riot.", "GBR", {"JAM"}),
])
def test_a_name_the_ner_split_at_its_small_word_is_the_whole_place(
        nlp: Language, text: str, country: str, wrong: set[str]) -> None:
    # (the NER tagged "Port" and "Spain" apart: the gazetteer's longer name wins, not Le Port nor Spain)
    found = _countries(nlp, text)
    assert country in found and not found & wrong, found
