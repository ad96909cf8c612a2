"""A word the tagger took for a noun that heads a clause with a subject and an object is a verb
(nlp/verb_tags.py): "Police in Mozambique shot dead at least 11 people" is lemmatised "shoot" and
coded; a noun stays a noun. Own sentences, real parser."""

from __future__ import annotations

import pytest

from flashpoint import code
from flashpoint.config import Settings
from flashpoint.nlp.pipeline import load_pipeline

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(Settings())


def test_a_noun_heading_a_transitive_clause_is_lemmatised_as_a_verb(nlp):
    doc = nlp("Police in Mozambique shot dead at least 11 people on Thursday, a rights group said.")
    shot = next(t for t in doc if t.lower_ == "shot")
    assert (shot.tag_, shot.lemma_) == ("VBD", "shoot")


@pytest.mark.parametrize("text, word", [
    ("The shot was fired from a rooftop near the square.", "shot"),
    ("Police fired warning shots into the air.", "shots"),
])
def test_a_noun_stays_a_noun(nlp, text, word):
    assert next(t for t in nlp(text) if t.lower_ == word).tag_.startswith("NN")


def test_police_in_a_country_who_shot_people_dead_are_coded():
    events = code("Police in Mozambique shot dead at least 11 people on Thursday, a rights group said.", "2024-11-08")
    assert [(e.source.code, e.target.code if e.target else None) for e in events] == [("MOZCOP", "MOZCVL")]
