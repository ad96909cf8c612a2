"""Doers the sentence leaves implicit (events/implied.py), on sentences the team wrote."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at

pytestmark = pytest.mark.model


def coded(coder, text):
    return coded_at(coder, text, "2025-06-01")


@pytest.mark.parametrize("text", [
    "Road blockade strangles Goma as prices soar",
    "Fuel blockade chokes Port Sudan\n\nQueues stretched for kilometres on Monday.",
])
def test_a_blockade_of_no_doer_told_implies_no_protesters(coder, text):
    # armed groups blockade too: a blockade that names no doer is no protest by implied protesters
    assert [e.cameo for r, s, t, e in coded(coder, text) if r == "14"] == []
    # a protest noun of no doer still has its protesters, and a blockade by a crowd stays theirs
    assert [r for r, *_ in coded(coder, "Protests spread across Bamako on Monday.")] == ["14"]
    evs = coded(coder, "A blockade of the border crossing by truck drivers entered its third day in Lagos.")
    assert [r for r, *_ in evs] == ["14"]
