"""A weekday of last week ("on Thursday last week", "Thursday of last week") is that weekday of the
week before publication's, not no date; "earlier in the week" is the week of publication, as "earlier
this week" is (time/restated.py, read by time/expressions.py). Sentences the team wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.records import Article
from flashpoint.time.expressions import resolve_expression


@pytest.mark.parametrize(("text", "resolved"), [
    ("on Thursday last week", ("2024-05-02", "day")),
    ("Monday of last week", ("2024-04-29", "day")),
    ("earlier in the week", ("2024-05-01", "month")),
])
def test_a_weekday_of_last_week_and_earlier_in_the_week(text: str, resolved: tuple[str, str]) -> None:
    assert resolve_expression(text, dt.date(2024, 5, 10)) == resolved  # (a Friday)


@pytest.mark.parametrize(("text", "trigger", "date"), [
    ("On Thursday last week, Malian soldiers killed seven civilians in Mopti region, witnesses said.", "killed",
     "2024-05-02"),
    ("Police in Nairobi arrested twelve protesters on Monday last week, a rights group said on Friday.",
     "arrested", "2024-04-29"),
    ("Earlier in the week, Malian soldiers killed seven civilians in Mopti region, witnesses said.", "killed",
     "2024-05-01"),
])
def test_the_deed_takes_that_day(coder, text: str, trigger: str, date: str) -> None:
    events = coder.code_article(Article(id="t", text=text, published="2024-05-10"))
    assert [e.date for e in events if e.trigger == trigger] == [date]
