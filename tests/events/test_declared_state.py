"""Declaring a state of emergency, siege or alarm is emergency rule (1724); declaring an independent
state is not ("the rebels declared an independent state": no emergency rule of theirs). Sentences
are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "want"), [
    ("The separatists declared an independent state in 2017.", set()),
    ("The breakaway region's leaders declared a sovereign state and raised a flag.", set()),
    ("The president declared a state of emergency in the capital.", {"1724"}),
    ("The government declared a state of siege in three provinces.", {"1724"}),
    ("The junta declared a nationwide state of emergency on Monday.", {"1724"}),
])
def test_only_emergency_rule_is_declared_as_a_state(text: str, want: set[str]) -> None:
    assert {e.cameo for e in code(text, "2025-06-16") if e.cameo.startswith("17")} == want
