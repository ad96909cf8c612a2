"""A span of time with or without a count ("two days after", "weeks after the vote", "months after the
coup", "days later", "in recent months"): read by one reader (``expressions.span_offset``, through
``anchors.span_before`` for a span before "after"/"before"), kept at the precision the span allows,
and never a day borrowed from another event (sentences the team wrote)."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.records import Article
from flashpoint.time.expressions import relative_offset, resolve_expression, span_offset


@pytest.mark.parametrize(("words", "way", "offset"), [
    (["two", "days"], "later", (2, "day")),
    (["a", "week"], "earlier", (-7, "day")),
    (["the", "day"], "earlier", (-1, "day")),
    (["hours"], "later", (0, "day")),
    (["days"], "later", (0, "month")),
    (["a", "few", "weeks"], "later", (0, "year")),
    (["weeks"], "earlier", (0, "year")),
    (["months"], "later", (0, "year")),
    (["years"], "later", None),
    (["several", "decades"], "later", None),
])
def test_one_reader_of_a_span_counted_or_not(words: list[str], way: str, offset: tuple[int, str] | None) -> None:
    assert span_offset(words, way) == offset


def test_an_uncounted_span_before_later_counts_from_the_date_told() -> None:
    assert relative_offset("Days later") == (0, "month")
    assert relative_offset("weeks later") == (0, "year")
    assert relative_offset("two years later") == (2, "year")
    assert relative_offset("the next day") == (1, "day")


def test_a_span_of_months_up_to_publication_is_told_by_its_year() -> None:
    published = dt.date(2024, 8, 20)
    assert resolve_expression("in recent months", published) == ("2024-01-01", "year")
    assert resolve_expression("over the past year", published) == ("2024-01-01", "year")
    assert resolve_expression("in the past six months", dt.date(2025, 2, 10)) == ("2024-01-01", "year")
    assert resolve_expression("over the past month", published) == ("2024-08-01", "month")
    assert resolve_expression("in recent days", published) == ("2024-08-01", "month")



def _events(coder, text: str, published: str) -> list:
    return coder.code_article(Article(id="t", text=text, published=published))


def _dated(events: list, trigger: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.date, e.date_precision, e.explain.get("date_path")) for e in events if e.trigger.startswith(trigger)]


@pytest.mark.model
def test_weeks_after_another_event_take_no_day_of_the_strand(explain_coder) -> None:
    text = ("Militiamen torched a market in Bunia on Tuesday, killing five traders.\n\n"
            "Weeks after the disputed referendum, riot police detained dozens of student activists in Kinshasa.")
    evs = _events(explain_coder, text, "2024-03-09")  # a Saturday
    assert _dated(evs, "torched")[0][:2] == ("2024-03-05", "day")
    assert [(d, p) for d, _, p in _dated(evs, "detained")] == [("2024-03-09", None)]


@pytest.mark.model
def test_months_after_an_event_told_as_the_object_of_a_noun_trigger(explain_coder) -> None:
    text = ("Insurgents ambushed an army patrol near Mopti on Wednesday, killing seven soldiers.\n\n"
            "Months after the putsch, the military rulers expelled the Danish ambassador.")
    evs = _events(explain_coder, text, "2024-05-11")
    assert _dated(evs, "ambushed")[0][:2] == ("2024-05-08", "day")
    assert all(path is None and date != "2024-05-08" for date, _, path in _dated(evs, "expelled"))


@pytest.mark.model
def test_days_later_keep_the_month_of_the_time_told(explain_coder) -> None:
    text = ("Separatist fighters seized the river port of Bamenda on 12 April 2019.\n\n"
            "Days later, government troops shelled the port.")
    evs = _events(explain_coder, text, "2024-06-01")
    assert [(d, p) for d, p, _ in _dated(evs, "shelled")] == [("2019-04-01", "month")]


@pytest.mark.model
def test_a_tally_over_recent_months_is_of_the_year_not_the_publication_day(explain_coder) -> None:
    text = "Bandits have abducted hundreds of schoolchildren in Zamfara in recent months, officials said."
    evs = _events(explain_coder, text, "2023-10-04")
    assert [(d, p) for d, p, _ in _dated(evs, "abducted")] == [("2023-01-01", "year")]


@pytest.mark.model
def test_the_event_counted_from_ends_before_a_clause_coordinated_under_it(explain_coder) -> None:
    text = ("Turkey signed a gas deal with Azerbaijan in March, weeks after talks with Iran collapsed in Tehran, "
            "and opened a new pipeline to Nakhchivan last month.")
    evs = _events(explain_coder, text, "2024-12-10")
    assert _dated(evs, "signed") == [("2024-03-01", "month", None)]
