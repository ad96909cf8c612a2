"""A meeting a state body holds with its own people ("convened his national security council", "an
emergency cabinet meeting", "met his commanders") is its internal business, no consultation (04)
with another party, and never aimed at its own country (``events/internal.py``). Meetings with
another party, of the same country or not, stay events. Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def coded(coder, text, published="2025-04-22"):
    evs = coder.code_article(Article(id="m", text=text, published=published))
    return [(e.cameo, e.source.country if e.source else None, e.target.country if e.target else None, e)
            for e in evs]


@pytest.mark.parametrize("text", [
    "The Ghanaian president convened his national security council on Monday.",
    "Peru's prime minister held an emergency cabinet meeting in Lima on Sunday.",
    "The Colombian defence minister met his commanders in Cali on Friday.",
    "Senegal's president called an urgent meeting of the council of ministers after the floods.",
    "Nigeria's President Tinubu convened a meeting of service chiefs in Abuja on Tuesday.",
])
def test_a_meeting_with_ones_own_body_is_no_event(coder, text):
    assert not [c for c, *_ in coded(coder, text) if c[:2] == "04"]


@pytest.mark.parametrize("text, pair", [
    ("The US envoy met the Lebanese cabinet in Beirut on Monday.", ("USA", "LBN")),
    ("The Kenyan president met his Ugandan counterpart in Nairobi on Monday.", ("KEN", "UGA")),
    ("Chile's president convened a meeting with opposition leaders on Tuesday.", ("CHL", "CHL")),
    # a minister of no stated country may be the visitor's host
    ("US Secretary of State Antony Blinken arrived in Cairo and met the foreign minister.", ("USA", "EGY")),
])
def test_a_meeting_with_another_party_stays(coder, text, pair):
    assert pair in [(s, t) for c, s, t, _ in coded(coder, text) if c[:2] == "04"]
