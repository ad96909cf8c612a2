"""Last-resort date parsing with :mod:`dateparser`.

Only expressions that the hand-written patterns in
:mod:`flashpoint.time.expressions` cannot read reach this module (numeric
dates such as ``5/3/2018`` or ``27.03.2018``, unusual spellings).
``dateparser`` is imported lazily on the first call (it costs a fraction of a
second) and every answer is cached.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

_PERIOD_TO_PRECISION = {"day": "day", "time": "day", "week": "month", "month": "month", "year": "year"}


@lru_cache(maxsize=4096)
def parse_with_dateparser(text: str, published: dt.date | None, future: bool) -> tuple[dt.date, str] | None:
    """Parse ``text`` with dateparser relative to ``published``.

    Returns the date (the first day of the month or year for coarser
    precisions) and a precision ("day", "month" or "year"), or ``None``.
    dateparser's "week" period is reported as month precision, like the
    hand-written rules for "last week". Answers with a spurious clock time
    (dateparser reads "1990s" as "1990 seconds ago") are rejected.
    """
    from dateparser.date import DateDataParser  # lazy: slow import

    base = dt.datetime(published.year, published.month, published.day) if published else None
    settings: dict[str, object] = {
        "PREFER_DATES_FROM": "future" if future else "past",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if base is not None:
        settings["RELATIVE_BASE"] = base
    parser = DateDataParser(languages=["en"], settings=settings)
    try:
        data = parser.get_date_data(text)
    except (ValueError, OverflowError, TypeError):
        return None
    found = data.date_obj
    if found is None:
        return None
    if (found.hour, found.minute, found.second, found.microsecond) != (0, 0, 0, 0):
        return None
    if not 1000 <= found.year <= 2999:
        return None
    precision = _PERIOD_TO_PRECISION.get(data.period or "day", "day")
    day = found.date()
    if precision == "month":
        day = day.replace(day=1)
    elif precision == "year":
        day = dt.date(day.year, 1, 1)
    return day, precision
