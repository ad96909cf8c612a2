"""A vow or a threat to crack down or clamp down on someone is a threat of repression (CAMEO 137),
never a promise to cooperate (030). Sentences are the team's own."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Georgia's prime minister vowed to crack down on the opposition after a fourth night of protests.",
    "Togo's government pledged to clamp down on the protesters who blocked roads in Lome.",
    "The Serbian president threatened to crack down on the student protesters.",
])
def test_a_vowed_crackdown_is_a_threat_of_repression(coder, text):
    evs = coded(coder, text, "2025-06-07")
    threats = [(e.cameo, t) for r, s, t, e in evs if r in ("03", "13")]
    assert len(threats) == 1 and threats[0][0] == "137" and threats[0][1] is not None
