"""A night told by its two days ("on the night of 3/4 March") is of its first day, never the month's
first; a weekday, a comma and a day and month ("Monday, 2 June", a live blog's day heading, or "on
Monday, June 2" in a sentence) is that day and month, not the last such weekday (the NER may tag the
weekday apart). Sentences the team wrote, coded end to end."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _dated(coder, text: str, trigger: str, published: str) -> list[str | None]:
    events = coder.code_article(Article(id="t", text=text, published=published))
    return [e.date for e in events if e.trigger.startswith(trigger)]


def test_night_of_two_days_is_its_first_day(coder) -> None:
    text = "Rebels attacked an army post on the night of 3/4 March, the army said."
    assert _dated(coder, text, "attacked", "2025-03-10") == ["2025-03-03"]
    text = "Militants killed twelve soldiers on the night of 21/22 February in the north."
    assert _dated(coder, text, "killed", "2025-03-10") == ["2025-02-21"]


def test_weekday_comma_day_month_heading(coder) -> None:
    text = ("Live updates on the war.\n\nMonday, 2 June\n\nDrones hit two airfields in Siberia.\n\n"
            "Thursday, 5 June\n\nRussian missiles struck Kyiv.")
    assert _dated(coder, text, "hit", "2025-06-09") == ["2025-06-02"]
    assert _dated(coder, text, "struck", "2025-06-09") == ["2025-06-05"]
