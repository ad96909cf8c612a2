"""A day told with the period it falls in ("last week on Tuesday", "last month on the 12th", "the 12th
of last month") is that day of the period before publication's, not the nearest such day; "on the 3rd"
that NER took for an ordinal alone is a day of the month (time/spans.py, time/restated.py). Sentences
the team wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.records import Article
from flashpoint.time.expressions import resolve_expression


@pytest.mark.parametrize(("text", "resolved"), [
    ("last month on the 12th", ("2024-04-12", "day")),
    ("the 12th of last month", ("2024-04-12", "day")),
])
def test_a_day_of_last_month(text: str, resolved: tuple[str, str]) -> None:
    assert resolve_expression(text, dt.date(2024, 5, 20)) == resolved


@pytest.mark.parametrize(("text", "published", "date"), [
    ("Gunmen killed five soldiers last week on Tuesday in the north of the country.", "2024-05-09", "2024-04-30"),
    ("Last week on Monday, gunmen killed five soldiers near the border.", "2024-05-10", "2024-04-29"),
    ("Militants killed four soldiers last month on the 12th, the army said.", "2024-05-20", "2024-04-12"),
    ("Militants killed four soldiers on the 3rd, the army said.", "2024-05-20", "2024-05-03"),
])
def test_the_deed_takes_that_day(coder, text: str, published: str, date: str) -> None:
    events = coder.code_article(Article(id="t", text=text, published=published))
    assert [e.date for e in events if e.trigger == "killed"] == [date]
