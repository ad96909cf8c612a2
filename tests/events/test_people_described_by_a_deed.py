"""People described by a bare participle before "be" ("the people killed were fishermen") are those
the deed was done to: never the doers of a new killing or arrest. A deed condemned later is still
the first doer's. Sentences are the team's own."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


def test_the_people_killed_are_no_killers(coder):
    evs = coded(coder, "Venezuela's interior minister said the people killed were fishermen.", "2025-09-10")
    assert not any(r == "19" for r, s, t, e in evs)


def test_the_deed_judged_after_them_is_still_its_doers(coder):
    evs = coded(coder, "The United States carried out a strike on a boat off Venezuela's coast on Tuesday, "
                       "killing 11 people. Venezuela's interior minister said the people killed were "
                       "fishermen. Colombia's president condemned the attack.", "2025-09-10")
    assert ("11", "COL", "USA") in {(r, s, t) for r, s, t, e in evs}
    assert not any(r == "19" and s == "VEN" for r, s, t, e in evs)
