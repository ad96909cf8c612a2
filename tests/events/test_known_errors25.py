"""Known errors of wave 39 (events): a restrictive relative clause naming people ("men the government
calls terrorists") describes them and is no criticism event; a statement made to no one is not made to
the source's own country. Sentences are the team's own."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model

DAY = "2025-06-07"


@pytest.mark.parametrize("text", [
    "The navy struck boats carrying people the administration calls narco-terrorists.",
    "Troops detained men the government calls terrorists.",
])
def test_a_restrictive_naming_of_people_is_no_criticism(coder, text):
    evs = coded(coder, text, DAY)
    assert evs and not any(r == "11" for r, s, t, e in evs)


def test_a_naming_told_as_a_deed_stays_a_criticism(coder):
    evs = coded(coder, "The president called the rebels terrorists.", DAY)
    assert [r for r, s, t, e in evs] == ["11"]


@pytest.mark.parametrize("text", [
    "The Kremlin issued a statement on Tuesday.",
    "The Foreign Ministry of Egypt issued the following statement on Monday.",
])
def test_a_statement_to_no_one_has_no_target(coder, text):
    evs = coded(coder, text, DAY)
    assert [(r, t) for r, s, t, e in evs] == [("01", None)]
