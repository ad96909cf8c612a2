"""Terms of office read to the day (actors/terms.py): days where the who's who gives them, and a
year-only end or start bounded by the successor's or predecessor's day in the same office."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.actors.terms import bounded, check, office_of, spans, year_terms


def test_a_term_may_give_days_where_the_years_do_not_suffice():
    assert spans("2006-2007 2010-02-25-2014-02-22") == (
        (date(2006, 1, 1), date(2007, 12, 31)), (date(2010, 2, 25), date(2014, 2, 22)))
    assert spans("2019-05-20-") == ((date(2019, 5, 20), None),)
    assert spans("2020") == ((date(2020, 1, 1), date(2020, 12, 31)),)
    assert year_terms("2010-02-25-2014-02-22 2019-") == ((2010, 2014), (2019, None))


@pytest.mark.parametrize(("term", "wrong"), [
    ("2010-02-25-2014-02-22", None), ("2024-07-05-", None), ("2014-2019", None),
    ("2014-02-30-", "not a real day"), ("2014-06-07-2014-02-01", "ends before it starts"),
    ("2014-6-7-", "not a term like '2014-2019', '2019-' or '2010-02-25-2014-02-22'"),
])
def test_bad_terms_say_what_is_wrong(term, wrong):
    assert check(term) == wrong


def test_the_office_is_the_first_title_of_the_role():
    assert office_of("President (Prime Minister 2014-2017)") == "president"
    assert office_of("Prime Minister, President 2022-2024") == "prime minister"


def test_a_year_only_end_stops_where_a_successor_in_the_same_office_began_that_year():
    people = {
        "Old President": ("ABC", "President", "2010-2014"),
        "New President": ("ABC", "President", "2014-06-07-"),
        "A Minister": ("ABC", "Foreign Minister", "2012-2014"),  # another office: the whole year
        "Last Premier": ("ABC", "Prime Minister", "2011-2016-02-28"),
        "Then Premier": ("ABC", "Prime Minister", "2016-2018"),  # began after the predecessor left
    }
    days = bounded(people)
    assert days["Old President"] == ((date(2010, 1, 1), date(2014, 6, 6)),)
    assert days["New President"] == ((date(2014, 6, 7), None),)
    assert days["A Minister"] == ((date(2012, 1, 1), date(2014, 12, 31)),)
    assert days["Then Premier"] == ((date(2016, 2, 29), date(2018, 12, 31)),)
