"""Saying one will hit back is a threat (CAMEO 130; the dictionary's ANNOUNCE RETALIATION), whatever
the verb of saying, with its condition part of it ("if the drills go ahead"); its target is whom the
reprisal is aimed at ("against Finland", "at the RSF", "to any Armenian provocation",
``events/fallback._harmed``). A hard response counts, a reply does not, and a reprisal ruled out is
no threat (``events/match``: a complement named with its auxiliary, not negated). Sentences are the
team's own."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, pair", [
    ("Russia said on Friday it would retaliate against Finland if Helsinki allowed NATO bases on its soil.",
     ("RUS", "FIN")),
    ("China said on Tuesday it would take countermeasures against Lithuania.", ("CHN", "LTU")),
    ("Sudan's army said it would hit back at the RSF if the paramilitaries attacked El Obeid.", ("SDN", "SDN")),
    ("Pyongyang said on Sunday it will take countermeasures against South Korea if the drills go ahead.",
     ("PRK", "KOR")),
])
def test_saying_one_will_hit_back_is_a_threat_to_whom_it_is_aimed_at(coder, text, pair):
    evs = coded(coder, text, "2025-06-07")
    assert [(r, s, t) for r, s, t, e in evs] == [("13", *pair)]


def test_a_hard_response_is_a_threat_a_reply_or_a_reprisal_ruled_out_is_not(coder):
    evs = coded(coder, "Baku said on Thursday that it would respond firmly to any Armenian provocation.",
                "2025-06-07")
    assert [(r, s, t) for r, s, t, e in evs] == [("13", "AZE", "ARM")]
    for text in ("Ethiopia said it would respond to Egypt's letter next week.",
                 "Iran said on Monday it would not retaliate against the United States."):
        assert not any(r == "13" for r, s, t, e in coded(coder, text, "2025-06-07"))
