"""Unit tests of span_start: where a span of years up to publication starts (no spaCy model)."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.time.expressions import resolve_expression, span_start


@pytest.mark.parametrize(("text", "start"), [
    ("the past decade", (dt.date(2015, 1, 1), "year")),
    ("the last two years", (dt.date(2023, 1, 1), "year")),
    ("the past 10 years", (dt.date(2015, 1, 1), "year")),
    ("the past week", None),  # days: no span of years
    ("recent years", None),  # no start told
])
def test_where_a_span_of_years_up_to_publication_starts(text, start):
    assert span_start(text, dt.date(2025, 6, 17)) == start


@pytest.mark.parametrize(("text", "found"), [
    ("in recent days", ("2024-09-01", "month")),
    ("over the past week", ("2024-09-01", "month")),
    ("in the past 48 hours", ("2024-09-01", "month")),
    ("in the past few weeks", ("2024-08-01", "month")),  # the span's middle lies in August
    ("during the last two weeks", ("2024-08-01", "month")),
])
def test_a_recent_span_of_days_or_weeks_is_the_month_of_its_middle(text, found):
    assert resolve_expression(text, dt.date(2024, 9, 5)) == found
