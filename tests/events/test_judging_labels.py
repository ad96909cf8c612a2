"""Calling a deed or a decision by a word of judgement is criticising it: "called the strikes
regrettable", "the result fraudulent", "described the attack as cowardly" (the small model tags a
bare adjective after "as" as an adverb). A neutral word is no criticism. Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    'Beijing called the Indian air strikes "regrettable" on Wednesday.',
    "The opposition called the election result fraudulent.",
    "Serbia called the court's decision unconstitutional on Friday.",
    "France described the bombing as cowardly.",
    "Amnesty International called the use of force disproportionate.",
])
def test_a_word_of_judgement_is_criticism(text: str) -> None:
    assert "111" in {e.cameo for e in code(text, "2025-05-07")}, text


@pytest.mark.parametrize("text", [
    "Analysts described the situation in the capital as calm.",
    "Officials called the talks long.",
])
def test_a_neutral_word_is_no_criticism(text: str) -> None:
    assert not [e for e in code(text, "2025-05-07") if e.cameo == "111"], text
