"""Missiles fired or launched toward a country are aimed at it (195 at the country); toward the sea,
a show of force at no one (150), as into the sea. Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "want"), [
    ("Iran launched missiles toward Israel.", {("195", "ISR")}),
    ("Hezbollah fired rockets towards northern Israel on Sunday.", {("195", "ISR")}),
    ("North Korea launched two cruise missiles toward the Yellow Sea.", {("150", None)}),
    ("North Korea fired a ballistic missile towards the sea off its east coast.", {("150", None)}),
])
def test_toward_a_country_or_the_sea(text: str, want: set[tuple[str, str | None]]) -> None:
    assert {(e.cameo, e.target.country if e.target else None) for e in code(text, "2025-07-19")} == want
