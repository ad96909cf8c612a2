"""Unit tests of resolve_expression (no spaCy model needed)."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest

from flashpoint.time import expressions, resolve_expression

THU = dt.date(2019, 11, 7)  # a Thursday
FRI_NEW_YEAR = dt.date(2020, 1, 3)  # a Friday, in the first ISO week of 2020
SUN = dt.date(2021, 7, 4)  # a Sunday


def test_reference_weekdays() -> None:
    assert calendar.day_name[THU.weekday()] == "Thursday"
    assert calendar.day_name[FRI_NEW_YEAR.weekday()] == "Friday"
    assert calendar.day_name[SUN.weekday()] == "Sunday"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Monday", "2019-11-04"),
        ("Monday", "2019-11-04"),
        ("Tuesday evening", "2019-11-05"),
        ("early Wednesday", "2019-11-06"),
        ("overnight Tuesday", "2019-11-05"),
        ("overnight into Wednesday", "2019-11-06"),
        ("late Wednesday night", "2019-11-06"),
        ("Thursday night", "2019-11-07"),  # publication day itself
        ("on Thursday", "2019-11-07"),
        ("this Wednesday", "2019-11-06"),
        ("Friday", "2019-11-01"),
        ("Saturday's", "2019-11-02"),
        ("last Friday", "2019-11-01"),
        ("last Thursday", "2019-10-31"),  # strictly before publication
        ("this past Tuesday", "2019-11-05"),
        ("Monday, November 4", "2019-11-04"),
    ],
)
def test_weekdays_resolve_to_most_recent_on_or_before_publication(text: str, expected: str) -> None:
    assert resolve_expression(text, THU) == (expected, "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Friday", "2019-11-08"),
        ("on Thursday", "2019-11-07"),
        ("Monday", "2019-11-11"),
    ],
)
def test_weekdays_in_future_clauses_resolve_forward(text: str, expected: str) -> None:
    assert resolve_expression(text, THU, future=True) == (expected, "day")


def test_next_weekday_is_strictly_after_publication() -> None:
    assert resolve_expression("next Thursday", THU) == ("2019-11-14", "day")
    assert resolve_expression("next Monday", THU) == ("2019-11-11", "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("late on November 5", "2019-11-05"),
        ("November 5", "2019-11-05"),
        ("Nov. 5", "2019-11-05"),
        ("5 November", "2019-11-05"),
        ("the 5th of November", "2019-11-05"),
        ("November 5th", "2019-11-05"),
        ("November 5, 2019", "2019-11-05"),
        ("on 5 November 2019", "2019-11-05"),
        ("2019-11-05", "2019-11-05"),
        ("on the morning of November 5", "2019-11-05"),
        ("at 3 p.m. on Tuesday", "2019-11-05"),
        ("November 8", "2019-11-08"),  # one day of slack for time zones
        ("November 9", "2018-11-09"),
        ("December 24", "2018-12-24"),
        ("the 2nd", "2019-11-02"),
        ("the 20th", "2019-10-20"),
    ],
)
def test_month_day(text: str, expected: str) -> None:
    assert resolve_expression(text, THU) == (expected, "day")


def test_month_day_in_future_clause() -> None:
    assert resolve_expression("December 24", THU, future=True) == ("2019-12-24", "day")
    assert resolve_expression("November 1", THU, future=True) == ("2020-11-01", "day")


def test_leap_day_without_year_finds_a_leap_year() -> None:
    assert resolve_expression("February 29", THU) == ("2016-02-29", "day")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("yesterday", THU, "2019-11-06"),
        ("today", THU, "2019-11-07"),
        ("tonight", THU, "2019-11-07"),
        ("earlier this morning", THU, "2019-11-07"),
        ("overnight", THU, "2019-11-07"),
        ("last night", THU, "2019-11-06"),
        ("late yesterday", THU, "2019-11-06"),
        ("the day before yesterday", THU, "2019-11-05"),
        ("tomorrow", THU, "2019-11-08"),
        ("two days ago", THU, "2019-11-05"),
        ("a week ago", THU, "2019-10-31"),
        ("3 weeks ago", THU, "2019-10-17"),
        ("yesterday", FRI_NEW_YEAR, "2020-01-02"),
        ("on December 31", FRI_NEW_YEAR, "2019-12-31"),
        ("Monday", FRI_NEW_YEAR, "2019-12-30"),
        ("on Friday", FRI_NEW_YEAR, "2020-01-03"),
    ],
)
def test_deictic_days(text: str, published: dt.date, expected: str) -> None:
    assert resolve_expression(text, published) == (expected, "day")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("earlier this month", THU, "2019-11-01"),
        ("later this month", THU, "2019-11-01"),
        ("this month", FRI_NEW_YEAR, "2020-01-01"),
        ("last month", THU, "2019-10-01"),
        ("last month", FRI_NEW_YEAR, "2019-12-01"),
        ("next month", THU, "2019-12-01"),
        ("two months ago", THU, "2019-09-01"),
        ("in November", THU, "2019-11-01"),
        ("in March", THU, "2019-03-01"),
        ("in December", THU, "2018-12-01"),
        ("last November", THU, "2018-11-01"),
        ("mid-October", THU, "2019-10-01"),
        ("the end of September", THU, "2019-09-01"),
        ("early December", FRI_NEW_YEAR, "2019-12-01"),
        ("November 2018", THU, "2018-11-01"),
        ("in March of 2015", THU, "2015-03-01"),
    ],
)
def test_month_precision(text: str, published: dt.date, expected: str) -> None:
    assert resolve_expression(text, published) == (expected, "month")


def test_month_in_future_clause_is_the_next_one() -> None:
    assert resolve_expression("in December", THU, future=True) == ("2019-12-01", "month")
    assert resolve_expression("in March", THU, future=True) == ("2020-03-01", "month")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the month holding the Thursday of the ISO week (documented choice)
        ("last week", THU, "2019-10-01"),  # Oct 28 - Nov 3, Thursday Oct 31
        ("earlier this week", THU, "2019-11-01"),
        ("next week", THU, "2019-11-01"),  # Thursday Nov 14
        ("last week", FRI_NEW_YEAR, "2019-12-01"),  # Dec 23 - 29
        ("this week", FRI_NEW_YEAR, "2020-01-01"),  # Thursday Jan 2
    ],
)
def test_weeks_resolve_to_month_precision(text: str, published: dt.date, expected: str) -> None:
    assert resolve_expression(text, published) == (expected, "month")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("over the weekend", SUN, "2021-07-03"),
        ("last weekend", SUN, "2021-06-26"),
        ("the weekend", THU, "2019-11-02"),
        ("this weekend", THU, "2019-11-02"),
        ("last weekend", THU, "2019-11-02"),
        ("Sunday", SUN, "2021-07-04"),
        ("last Sunday", SUN, "2021-06-27"),
    ],
)
def test_weekends_resolve_to_the_saturday(text: str, published: dt.date, expected: str) -> None:
    assert resolve_expression(text, published) == (expected, "day")


def test_weekend_in_future_clause() -> None:
    assert resolve_expression("this weekend", THU, future=True) == ("2019-11-09", "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in 2008", "2008-01-01"),
        ("early 2008", "2008-01-01"),
        ("the summer of 2016", "2016-01-01"),
        ("the first half of 2017", "2017-01-01"),
        ("in the 1990s", "1990-01-01"),
        ("the late 1970s", "1970-01-01"),
        ("the '80s", "1980-01-01"),
        ("in the 1990's", "1990-01-01"),
        ("this year", "2019-01-01"),
        ("last year", "2018-01-01"),
        ("earlier this year", "2019-01-01"),
        ("five years ago", "2014-01-01"),
    ],
)
def test_year_precision(text: str, expected: str) -> None:
    assert resolve_expression(text, THU) == (expected, "year")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("between November 1 and 3", THU, ("2019-11-01", "day")),
        ("from Monday to Wednesday", THU, ("2019-11-04", "day")),
        ("Tuesday through Thursday", THU, ("2019-11-05", "day")),
        ("October 28-30", THU, ("2019-10-28", "day")),
        ("28 to 30 October", THU, ("2019-10-28", "day")),
        ("between 28 and 30 October 2019", THU, ("2019-10-28", "day")),
        ("December 30 to January 2, 2019", THU, ("2018-12-30", "day")),
        ("from September to October", THU, ("2019-09-01", "month")),
        ("2015-2017", THU, ("2015-01-01", "year")),
    ],
)
def test_ranges_take_the_start(text: str, published: dt.date, expected: tuple[str, str]) -> None:
    assert resolve_expression(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "recently",
        "in recent years",
        "for years",
        "decades",
        "the same day",
        "the previous day",
        "two days later",
        "a week earlier",
        "3 p.m.",
        "at dawn",
        "daily",
        "two days",
        "Christmas",
        "",
        "   ",
    ],
)
def test_vague_or_non_dates_are_none(text: str) -> None:
    assert resolve_expression(text, THU) is None


def test_without_publication_only_absolute_expressions_resolve() -> None:
    assert resolve_expression("November 5, 2019", None) == ("2019-11-05", "day")
    assert resolve_expression("in 2008", None) == ("2008-01-01", "year")
    assert resolve_expression("the 1990s", None) == ("1990-01-01", "year")
    assert resolve_expression("March 2015", None) == ("2015-03-01", "month")
    assert resolve_expression("on Monday", None) is None
    assert resolve_expression("November 5", None) is None
    assert resolve_expression("yesterday", None) is None
    assert resolve_expression("last week", None) is None


def test_datetime_publication_is_truncated() -> None:
    assert resolve_expression("yesterday", dt.datetime(2019, 11, 7, 23, 30)) == ("2019-11-06", "day")


def test_invalid_calendar_dates_are_none() -> None:
    assert resolve_expression("2019-02-30", THU) is None
    assert resolve_expression("February 30, 2019", THU) is None


def test_numeric_dates_fall_back_to_dateparser() -> None:
    assert resolve_expression("11/5/2019", THU) == ("2019-11-05", "day")


def test_common_phrasings_never_call_dateparser(monkeypatch: pytest.MonkeyPatch) -> None:
    def forbidden(*args: object) -> None:
        raise AssertionError("dateparser fallback called")

    monkeypatch.setattr(expressions, "parse_with_dateparser", forbidden)
    expressions._resolve_text.cache_clear()
    expressions._resolve_normalized.cache_clear()
    phrases = [
        "late on March 27",
        "27 March",
        "March 27, 2018",
        "2018-03-27",
        "on Monday",
        "Tuesday evening",
        "last Friday",
        "yesterday",
        "earlier this month",
        "last week",
        "in 2008",
        "in the 1990s",
        "in March",
        "between March 23 and 26",
        "from Monday to Wednesday",
        "recently",
        "3 p.m.",
    ]
    for phrase in phrases:
        resolve_expression(phrase, THU)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("two years later", (2, "year")),
        ("three days earlier", (-3, "day")),
        ("a week later", (7, "day")),
        ("six months after", (6, "month")),
        ("the next day", (1, "day")),
        ("the following week", (7, "day")),
        ("the previous day", (-1, "day")),
        ("later", None),
        ("two days ago", None),
        ("on Monday", None),
    ],
)
def test_relative_offset(text: str, expected: tuple[int, str] | None) -> None:
    assert expressions.relative_offset(text) == expected


def test_shift_keeps_no_more_precision_than_its_anchor() -> None:
    assert expressions.shift("2016-01-01", "year", (2, "year")) == ("2018-01-01", "year")
    assert expressions.shift("2019-11-04", "day", (2, "day")) == ("2019-11-06", "day")
    assert expressions.shift("2019-11-04", "day", (3, "month")) == ("2020-02-01", "month")
    assert expressions.shift("2019-11-01", "month", (-1, "month")) == ("2019-10-01", "month")
    # days counted from a month, months from a year: the result could lie in either of two
    assert expressions.shift("2019-11-01", "month", (7, "day")) is None
    assert expressions.shift("2019-01-01", "year", (6, "month")) is None
