"""Hostages are of the sector of the people taken: "took four gendarmes hostage" hangs the gendarmes
on "hostage" as a compound, and they stay gendarmes (COP), not civilians (actors/captives.py, read by
actors/code.py). Hostages of no such people stay civilians. Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _targets(text: str, cameo: str) -> list[str | None]:
    return [e.target.code if e.target is not None else None for e in code(text, "2025-03-13") if e.cameo == cameo]


@pytest.mark.parametrize(("text", "want"), [
    ("Jihadists took four gendarmes hostage near Fada N'Gourma.", "BFACOP"),
    ("Gunmen took two journalists hostage in Mindanao.", "PHLMED"),
    ("Al-Shabaab militants took six teachers hostage in Mandera.", "KENEDU"),
])
def test_hostages_are_the_people_taken(text: str, want: str) -> None:
    assert _targets(text, "181") == [want]


def test_hostages_of_no_kind_told_are_civilians() -> None:
    assert _targets("Hamas freed three Israeli hostages on Saturday.", "0841") == ["ISRCVL"]
