"""Leaving one's own office, done or intended ("resigned", "agreed to step down"; roots.yml set
``own_office``), is aimed at no foreign state the story tells near it: not the country the leader
fled to, nor the one the story named just before (events/fallback.py)."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "BAMAKO - France denied sheltering the colonel. The colonel resigned on Sunday and left for Senegal.",
    "KYIV - Russia shelled Kharkiv on Monday. The Ukrainian defence minister resigned hours later.",
    "CONAKRY - The Guinean prime minister agreed to resign on Friday and flew to Senegal.",
])
def test_a_resignation_is_aimed_at_no_foreign_state(coder, text):
    evs = coded(coder, text, "2023-05-10")
    left = [(r, s, t) for r, s, t, e in evs if r in ("03", "08")]
    assert left and all(t in (None, s) for r, s, t in left)
