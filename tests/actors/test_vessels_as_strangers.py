"""A state's office of unstated country that acts on a vessel named by its nationality ("a Chinese
fishing boat", "an Iranian tanker") is not of the vessel's country where the story names no place
of it: a navy or coast guard seizes another's ships far more often than its own
(actors/strangers.strangers, word class ``vessel``; used by actors/story.story_country_for).
Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "theirs"), [
    ("The coast guard detained a Chinese fishing boat.", "CHN"),
    ("The navy said it had seized an Iranian tanker.", "IRN"),
    ("The coast guard said it seized a Philippine supply boat near the shoal.", "PHL"),
])
def test_a_body_that_seizes_a_foreign_vessel_is_not_of_its_country(text: str, theirs: str) -> None:
    got = [(e.source.code if e.source is not None else None) for e in code(text, "2024-05-02")
           if e.target is not None and e.target.country == theirs]
    assert got and not any(c is not None and c.startswith(theirs) for c in got), got
