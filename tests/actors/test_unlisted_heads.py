"""A head of government the who's who does not know, named by title and name alone, is of the story's
country only where his own clause says nothing else: a capital or country that places his clause,
or a clause that acts on the story's country itself, makes him the other country's
(actors/unlisted_heads.py, called from actors/link.py). Sentences and names are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model

LEAD = "DHAKA - Bangladesh protested to India on Monday over border killings. "


def _of(text: str, word: str) -> set[str | None]:
    return {e.source.country for e in code(LEAD + text, "2024-05-02")
            if e.source is not None and e.source.text.startswith(word)}


@pytest.mark.parametrize("text", [
    "In New Delhi, Prime Minister Anil Rao rejected the protest.",
    "Prime Minister Anil Rao, speaking in New Delhi, accused Bangladesh of spreading lies.",
    "Prime Minister Anil Rao accused Bangladesh of spreading lies.",
])
def test_his_own_clause_says_whose_prime_minister_he_is(text: str) -> None:
    assert _of(text, "Prime Minister Anil Rao") == {"IND"}


def test_with_no_evidence_he_is_the_storys() -> None:
    text = "DHAKA - Bangladesh's foreign ministry protested to India on Monday. Prime Minister Sheikh Karim praised the ministry."
    assert {e.source.country for e in code(text, "2024-05-02") if e.source.text.startswith("Prime")} == {"BGD"}
