"""A count of decades ago ("a decade ago", "two decades ago") is ten years each, a fortnight two weeks,
and a hedge on a count ago ("nearly two years ago", "more than a decade ago") is dropped, as "about"
is (time/restated.py): the history is of that year, never the news day told before it. A vague count
("a few years ago") stays unread. Sentences the team wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.records import Article
from flashpoint.time.expressions import resolve_expression


@pytest.mark.parametrize(("text", "resolved"), [
    ("a decade ago", ("2014-01-01", "year")),
    ("two decades ago", ("2004-01-01", "year")),
    ("more than a decade ago", ("2014-01-01", "year")),
    ("nearly two years ago", ("2022-01-01", "year")),
    ("a fortnight ago", ("2024-03-30", "day")),
])
def test_counts_ago(text: str, resolved: tuple[str, str]) -> None:
    assert resolve_expression(text, dt.date(2024, 4, 13)) == resolved


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "date"), [
    ("Boko Haram fighters raided a village in Borno on Thursday. The group kidnapped 276 schoolgirls from "
     "Chibok a decade ago.", "kidnapped", "2014-01-01"),
    ("Police in Dhaka arrested 40 protesters on Friday. Security forces killed hundreds of demonstrators "
     "during an uprising almost a year ago.", "killed", "2023-01-01"),
])
def test_the_history_takes_that_year(coder, text: str, trigger: str, date: str) -> None:
    events = coder.code_article(Article(id="t", text=text, published="2024-04-13"))
    assert [e.date for e in events if e.trigger == trigger] == [date]
