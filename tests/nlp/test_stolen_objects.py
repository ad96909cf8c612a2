"""A verb's object that the parser made the subject of a clause coordinated after it is the verb's
object again, and the noun after "and" that clause's subject (nlp/stolen_objects.py). Own sentences,
real parser."""

from __future__ import annotations

import pytest

from flashpoint.config import Settings
from flashpoint.nlp.pipeline import load_pipeline

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(Settings())


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(("text", "verb", "obj", "second", "clause"), [
    ("The president has declared a state of emergency in several provinces and soldiers have been sent to "
     "the border.", "declared", "state", "soldiers", "sent"),
    ("Police detained about 60 people, including two reporters and a lawyer, and the mayor's office "
     "banned all rallies.", "detained", "people", "office", "banned"),
])
def test_the_object_is_the_verbs_and_the_clause_its_own(nlp, text, verb, obj, second, clause):
    doc = nlp(text)
    assert (_tok(doc, obj).dep_, _tok(doc, obj).head.text) == ("dobj", verb)
    assert _tok(doc, second).head.text == clause and _tok(doc, second).dep_.startswith("nsubj")
    assert (_tok(doc, clause).dep_, _tok(doc, clause).head.text) == ("conj", verb)


@pytest.mark.parametrize(("text", "subject"), [
    ("The minister said the army and the police would withdraw.", "army"),
    ("Officials said the leaders of Chad and Niger would meet on Friday.", "leaders"),
])
def test_a_reported_clause_keeps_its_subject(nlp, text, subject):
    doc = nlp(text)
    assert _tok(doc, subject).dep_.startswith("nsubj")
