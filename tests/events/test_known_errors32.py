"""Known event errors (wave 44, kn55), on sentences of the team's own.

A follower's measure told by "followed with" ("the EU followed with similar sanctions", "Australia
followed with sanctions of its own") is the earlier measure done again, as "followed suit" is: the
follower's own record of that measure's kind, on the earlier target, or on the target its noun names
("followed with sanctions against two RSF commanders"); none where no measure was told before
(events/retold.py, actions.yml ``follow`` with ``with``)."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _events(text: str, published: str = "2024-03-12") -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in code(text, published)}


@pytest.mark.parametrize(("text", "follower", "target"), [
    ("Japan imposed sanctions on North Korea on Monday. South Korea followed with similar sanctions.",
     "KOR", "PRK"),
    ("The United States imposed sanctions on Myanmar's generals. Australia followed with sanctions of its own.",
     "AUS", "MMRMIL"),
    ("Washington imposed sanctions on three Venezuelan officials. Britain followed with its own sanctions.",
     "GBR", "VENGOV"),
    ("The United States imposed sanctions on Sudan's army chief. Britain followed with sanctions against "
     "two RSF commanders.", "GBR", "SDNREB"),
])
def test_a_measure_followed_with_is_the_followers_own(text: str, follower: str, target: str) -> None:
    assert ("163", follower, target) in _events(text)


