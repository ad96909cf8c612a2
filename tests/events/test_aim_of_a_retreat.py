"""The aim of a retreat, like that of force, is no deed done: "withdrew from the town to protect
civilians" tells a withdrawal (CAMEO 0874), not protection given (074). Sentences are the team's own."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "The Kurdish-led SDF said its fighters had withdrawn from Manbij to protect civilians.",
    "M23 rebels pulled back from the town of Sake to protect the population, their spokesman said.",
])
def test_the_aim_of_a_withdrawal_is_not_done(coder, text):
    codes = [e.cameo for r, s, t, e in coded(coder, text, "2025-06-07")]
    assert "0874" in codes and not any(c.startswith("07") for c in codes)
