"""Whose victims (issue 14): a deed told as the cause of a harm ("a Hamas commander was killed in an
Israeli air strike", "two soldiers were wounded in a drone attack") is aimed at those its harm
befell, as "suffered heavy losses in an ambush" is at the sufferer, where the deed names no target
of its own (for one on a site, see tests/events/test_harmed_by_a_cause.py); before, the deed took the
scene's country and the victims were lost. Sentences of our own, of several conflicts (real model)."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, source, target, sector", [
    ("A senior Hezbollah commander was killed in an Israeli drone strike in southern Lebanon.", "ISR", "LBN", "REB"),
    ("Two Ukrainian soldiers were wounded in a Russian drone attack near Kupiansk.", "RUS", "UKR", "MIL"),
    ("Five policemen were killed in an ambush by ISWAP fighters in Borno State.", "NGA", "NGA", "COP"),
    ("Three children died in a Russian missile attack in Odesa overnight.", "RUS", "UKR", "CVL"),
])
def test_the_deed_is_aimed_at_whom_it_harmed(coder, text: str, source: str, target: str, sector: str) -> None:
    evs = coded(coder, text, "2026-03-04")
    hits = [e for r, s, t, e in evs if r in ("18", "19") and s == source and t == target]
    assert hits and all(e.target is not None and e.target.sector == sector for e in hits), evs
