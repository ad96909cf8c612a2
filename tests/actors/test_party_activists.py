"""Activists or cadres of a party are that party's people (sectors.yml `partitives`), not civilians.
Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _dyads(text: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in code(text, "2024-07-17")}


@pytest.mark.parametrize("text, source", [
    ("Activists of the ruling party attacked journalists in Harare.", "ZWEPTY"),
    ("Cadres of the ruling party beat opposition supporters in Lusaka.", "ZMBPTY"),
])
def test_activists_of_a_party_are_the_party(text, source) -> None:
    assert any(s == source for s, _ in _dyads(text))
