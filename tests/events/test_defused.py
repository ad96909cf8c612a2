"""Disarming a device that goes off defuses it: no demobilisation (0873). Laying down one's own arms
stays. Sentences are the team's own."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


def _codes(coder, text):
    return [e.cameo for r, s, t, e in coded(coder, text, "2025-06-14")]


@pytest.mark.parametrize("text", [
    "The Afghan army disarmed a roadside bomb near Kandahar on Tuesday.",
    "Ukrainian sappers disarmed two landmines near Kherson on Friday.",
    "Pakistani police disarmed an explosive device outside the mosque in Peshawar.",
])
def test_a_defused_device_is_no_demobilisation(coder, text):
    assert "0873" not in _codes(coder, text)


@pytest.mark.parametrize("text", [
    "The Kurdish rebels disarmed their units near the border.",
    "The rebels began to disarm on Tuesday.",
])
def test_laying_down_ones_arms_stays(coder, text):
    assert "0873" in _codes(coder, text)
