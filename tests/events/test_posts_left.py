"""Leaving a post of brokering or of a body of nations is no yield of office (0831): no leader
gives up power, and the story's country yields nothing. Leaving a post of power stays a yield.
Sentences are the team's own."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


def _yields(coder, text):
    return [e for r, s, t, e in coded(coder, text, "2025-06-14") if e.cameo == "0831"]


@pytest.mark.parametrize("text", [
    "Qatar, which had mediated between Israel and Hamas, stepped down as mediator on Monday.",
    "The former Senegalese minister resigned as UN envoy for Yemen on Friday.",
    "Chad's former prime minister resigned as chairman of the AU commission on Sunday.",
    "Niger's former foreign minister stepped down as head of the UN mission in South Sudan.",
])
def test_leaving_a_brokering_or_international_post_is_no_yield(coder, text):
    assert _yields(coder, text) == []


@pytest.mark.parametrize("text", [
    "Nepal's prime minister resigned on Tuesday after weeks of protests.",
    "Peru's president stepped down as leader of the ruling party on Monday.",
    "Sri Lanka's president resigned as protesters occupied his residence.",
])
def test_leaving_an_office_of_power_stays_a_yield(coder, text):
    assert _yields(coder, text)
