"""Deeds a reward seeks are no deeds done (events/rewarded.py), on sentences the team wrote."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at

pytestmark = pytest.mark.model


def coded(coder, text):
    return coded_at(coder, text, "2025-06-01")


@pytest.mark.parametrize("text", [
    "The United States offered a reward of $5 million for information leading to the arrest of "
    "Joseph Kony on Monday.",
    "The State Department offered a reward of up to $7 million for information leading to the arrest of "
    "the Islamic State commander in Somalia.",
    "Nigeria offered a reward for the arrest of the Boko Haram commander on Friday.",
    "The army announced a bounty of 10 million naira for information leading to the arrest of the bandit "
    "leader.",
])
def test_an_arrest_or_capture_a_reward_is_offered_for_is_not_done(coder, text):
    assert [e.cameo for r, s, t, e in coded(coder, text) if r in ("17", "18", "19")] == []
    # a past "led to" tells the outcome as done: the police's arrest stays an event
    evs = coded(coder, "Police said information from villagers led to the arrest of the gang leader in "
                       "Kisumu on Monday.")
    assert [r for r, *_ in evs] == ["17"]
