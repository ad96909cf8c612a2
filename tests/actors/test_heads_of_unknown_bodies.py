"""The head of a body named by a proper name the lexicon does not know ("a local leader of the
Chapitos faction", "a commander of the Jama Group") is that body's, whoever it is: no head of state
or government, no army officer (word class ``body_head``, ``actors/rightside.py``). Sentences are
the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "want"), [
    ("Soldiers arrested a local leader of the Chapitos faction.", "---"),
    ("Police arrested a leader of the Mungiki sect.", "---"),
    ("Soldiers killed a commander of the Jama Group near the border.", "---"),
    # a body the lexicon knows still names its own
    ("Police arrested the leader of a gang faction in Culiacan.", "MEXCRM"),
])
def test_a_head_of_an_unknown_body_is_no_state_office(text: str, want: str) -> None:
    assert {e.target.code for e in code(text, "2025-09-15") if e.target} == {want}
