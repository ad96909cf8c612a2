"""An intent (CAMEO 03) is dated when it is told, never by the time of the deed it intends: "Qatar
will host a summit next month" is an intent of the day of the report, not of next month, and "said
it would host a summit in November" neither of a November gone by nor of one to come (time/dates
``intent``). The day the telling names stays ("said on Monday it would ..."). Our own sentences."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model

PUBLISHED = "2025-01-28"  # a Tuesday


@pytest.mark.parametrize("text", [
    "Qatar will host a summit of Gulf leaders next month.",
    "Ghana said it would host a conference of West African leaders in Accra in November.",
    "Egypt said it would host talks between the two sides next week.",
    "The Kenyan government will hold talks with the striking doctors on Friday.",
])
def test_an_intent_is_dated_on_the_day_it_is_told(text: str) -> None:
    intents = [e for e in code(text, PUBLISHED) if e.cameo.startswith("03")]
    assert intents and all(e.date == PUBLISHED for e in intents), [(e.cameo, e.date) for e in intents]


def test_the_day_of_the_telling_stays() -> None:
    intents = [e for e in code("Iran said on Monday it would resume talks with the IAEA on Thursday.", PUBLISHED)
               if e.cameo.startswith("03")]
    assert intents and all(e.date == "2025-01-27" for e in intents)


def test_a_deed_done_keeps_its_day() -> None:
    evs = code("Qatar hosted a summit of Gulf leaders on Sunday.", PUBLISHED)
    assert evs and all(e.date == "2025-01-26" for e in evs)
