"""People held at gunpoint are taken hostage (181) by those who hold them, told in the active too;
explosions set off are a bombing (183). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "want"), [
    ("The kidnappers held the children at gunpoint for six hours.", {("181", "---CVL")}),
    ("Gang members held dozens of passengers at gunpoint on the bus.", {("181", "---CVL")}),
    ("Gangs set off explosions in several cities, authorities said.", {("183", None)}),
])
def test_hostages_and_blasts(text: str, want: set[tuple[str, str | None]]) -> None:
    assert {(e.cameo, e.target.code if e.target else None) for e in code(text, "2025-06-02")} == want
