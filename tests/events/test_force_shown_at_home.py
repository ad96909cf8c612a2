"""Force shown at home with no place of its own (a missile fired into the sea, a weapons test, a
mobilisation) faces no one the text names: the source's own country is no target. A weapon
"test-fired" is a test (150), no attack. Force shown at a place of another country is aimed at it.
Sentences are the team's own."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "North Korea fired two ballistic missiles into the sea off its east coast on Thursday.",
    "Pakistan test-fired a ballistic missile on Monday.",
    "Iran test-launched a new cruise missile, state television reported.",
    "Israel mobilised thousands of reservists on Monday.",
])
def test_force_shown_at_home_has_no_target(coder, text):
    evs = coded(coder, text, "2025-06-07")
    assert [(r, t) for r, s, t, e in evs] == [("15", None)]


def test_force_shown_at_another_country_is_aimed_at_it(coder):
    evs = coded(coder, "China deployed warships around Taiwan on Monday.", "2025-06-07")
    assert [(r, s, t) for r, s, t, e in evs] == [("15", "CHN", "TWN")]
