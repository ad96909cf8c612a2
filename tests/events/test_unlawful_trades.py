"""People named by a trade the law forbids ("illegal miners", "illegal loggers": word class
``unlawful_trade``) are a kind of people: a speaker who names them judges no party (no 111 at them),
while a party's deeds so called are still judged. Sentences are the team's own."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Peru's president said the protests were being financed by illegal miners and drug traffickers.",
    "Brazil's environment minister said illegal loggers had set fire to the reserve.",
])
def test_an_unlawful_trade_is_no_judgement(coder, text):
    assert not any(e.cameo == "111" for r, s, t, e in coded(coder, text, "2025-06-07"))


def test_an_unlawful_party_is_still_judged(coder):
    evs = coded(coder, "China's foreign ministry said the illegal actions of the Philippines had raised "
                       "tensions at the shoal.", "2025-06-07")
    assert ("11", "CHN", "PHL") in [(r, s, t) for r, s, t, e in evs]
