"""The deed of men named by whom they are loyal to ("gunmen loyal to former warlord Joseph Kony"),
told in a clause opened by "when" or "after" where the small parser reads the adjective as a clause of
its own, is coded with them as its doer (`nlp/syntax.allegiance_subject`, `events/subjects.py`).
Sentences are the team's own."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "pair"), [
    ("SANAA, Dec 2 - The fighting started on Saturday when militiamen loyal to former president Ali Abdullah "
     "Saleh attacked a checkpoint in Sanaa.", ("19", "YEM")),
    ("KAMPALA - Clashes broke out on Monday when gunmen loyal to former warlord Joseph Kony raided a "
     "village near Gulu.", ("19", "UGA")),
])
def test_the_deed_of_men_loyal_to_someone_told_in_a_when_clause_is_coded(coder, text, pair):
    evs = coded(coder, text, "2025-12-02")
    assert [(r, s) for r, s, t, e in evs if r == pair[0]] == [pair]
