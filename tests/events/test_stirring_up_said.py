"""Saying that a named party provoked, incited, orchestrated or meddled is an accusation of it (CAMEO
112), whatever the verb of saying; saying that it did not is a defence, and a clause with no party
as its doer ("said the incident had provoked outrage") is no event. Sentences are the team's own."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, pair", [
    ("China's foreign ministry told reporters that the Philippines had deliberately provoked the "
     "confrontation at the shoal.", ("CHN", "PHL")),
    ("Tehran said on Monday that Washington was meddling in Iraq's internal affairs.", ("IRN", "USA")),
    ("Ethiopia's government said Eritrea had orchestrated the unrest in Tigray.", ("ETH", "ERI")),
])
def test_saying_a_party_stirred_up_trouble_accuses_it(coder, text, pair):
    evs = coded(coder, text, "2025-06-07")
    assert [(r, s, t) for r, s, t, e in evs] == [("11", *pair)]


@pytest.mark.parametrize("text", [
    "The Hungarian foreign minister said Kyiv had not orchestrated the protests in Budapest.",
    "China's ambassador said the arrest of the activist had provoked outrage in Hong Kong.",
])
def test_a_denied_deed_or_a_deed_of_no_party_accuses_no_one(coder, text):
    assert not any(e.cameo == "112" for r, s, t, e in coded(coder, text, "2025-06-07"))
