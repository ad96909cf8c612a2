""""Stand with" is support ("Poland stands with Ukraine"), but a verb of standing told with a place of
its own is where someone stood, and its with-phrase their company ("was standing outside the gates of
parliament with thousands of other young people"): no event (word class ``posture_verb``,
events/match.py). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "NAIROBI - When lawmakers voted on Tuesday, Brian Otieno was standing outside the gates of parliament "
    "with thousands of other young people.",
    "MINSK - Maria Kolesnikova stood in the square with the striking workers.",
])
def test_standing_somewhere_with_others_is_no_support(text):
    assert not [e for e in code(text, "2024-06-28") if e.cameo == "051"]
