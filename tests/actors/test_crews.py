"""A crew told by "its"/"their" after a ship or an aircraft is of the craft's country, as its phrase
names it, never of the one who seized or boarded it (actors/crews.py, called from actors/link.py).
Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _targets(text: str) -> set[str | None]:
    return {e.target.code for e in code(text, "2024-05-02") if e.target is not None and "crew" in e.target.text}


@pytest.mark.parametrize(("text", "want"), [
    # the seizer is the clause's subject; a place told last is no owner either
    ("Israeli commandos stopped a Norwegian aid vessel heading for Gaza and detained its crew.", "NORCVL"),
    # the flag the craft flies
    ("The Iranian navy seized a tanker flying the Panamanian flag and detained its crew.", "PANCVL"),
    ("Venezuelan troops boarded a Guyanese fishing boat and beat its crew.", "GUYCVL"),
])
def test_a_crew_is_its_crafts(text: str, want: str) -> None:
    assert _targets(text) == {want}
