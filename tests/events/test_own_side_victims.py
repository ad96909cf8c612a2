"""Victims of the carried doer's own country are not its victims when its last deed struck a party of
another country: an agentless passive of violence ("Fifteen Thai villagers were killed") told after
"Thai jets struck Cambodian targets" takes no Thai doer (events/doers.recent_doer, the target of the
latest violence kept under ``doers.STRUCK``): a reversed dyad is worse than a miss. Sentences are the
team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _killings(text: str, published: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in code(text, published) if e.trigger == "killed"]


def test_villagers_of_the_striking_country_are_not_its_jets_victims():
    text = ("Thai F-16 jets struck Cambodian military targets on Thursday. Fifteen Thai villagers were "
            "killed in Sisaket province, officials said.")
    assert ("THA", "THA") not in _killings(text, "2025-07-25")


def test_civilians_of_the_striking_country_are_not_its_aircrafts_victims():
    text = ("Israeli jets struck Hezbollah positions in southern Lebanon on Monday. Two Israeli civilians "
            "were killed in Kiryat Shmona, the army said.")
    assert ("ISR", "ISR") not in _killings(text, "2024-04-12")
