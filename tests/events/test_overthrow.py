"""Overthrowing a ruler or a government is unconventional violence (CAMEO 180, the dictionary's
OVERTHROW); an attempt told as one ("tried to overthrow") is no event, as any nonfactive complement."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


def test_overthrowing_a_ruler_is_unconventional_violence_and_trying_is_no_event(coder):
    evs = coded(coder, "Nigerien soldiers overthrew President Mohamed Bazoum on Wednesday.", "2023-07-28")
    assert [(r, s, t) for r, s, t, e in evs] == [("18", "NER", "NER")]
    assert coded(coder, "Beninese soldiers tried to overthrow President Patrice Talon on Sunday.", "2025-12-08") == []
