"""Time phrases said another way, rewritten to a form :mod:`flashpoint.time.expressions` reads.

* "last night" is "yesterday";
* "in the week" ("earlier in the week", "later in the week") is "this week": the week of publication;
* a weekday of last week ("on Thursday last week", "Thursday of last week", "last week on Thursday")
  is that weekday of the ISO week before publication's, written as its day (``YYYY-MM-DD``); unread
  with no publication date;
* a day of last month ("last month on the 12th", "the 12th of last month") is that day of the month
  before publication's, written as its day (a day the month lacks stays unread).

The input is a normalised expression (lower case, see :func:`flashpoint.time.expressions.normalize`).
"""

from __future__ import annotations

import datetime as dt
import re

from flashpoint.time.lexicon import WEEKDAYS

__all__ = ["restate"]

_DAYS = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_LAST_NIGHT = re.compile(r"\blast night\b")
_IN_THE_WEEK = re.compile(r"\bin the week\b")
_OF_LAST_MONTH = re.compile(r"\b(?:last month on the (?P<a>\d{1,2})|the (?P<b>\d{1,2}) of last month)\b")
_OF_LAST_WEEK = re.compile(rf"\b(?:(?P<a>{_DAYS}) (?:of )?last week|last week on (?P<b>{_DAYS}))\b")


def restate(s: str, published: dt.date | None) -> str:
    """``s`` with the phrases above rewritten."""
    s = _IN_THE_WEEK.sub("this week", _LAST_NIGHT.sub("yesterday", s))
    if published is None:
        return s

    def day(m: re.Match[str]) -> str:
        monday = published - dt.timedelta(days=published.weekday() + 7)
        return (monday + dt.timedelta(days=WEEKDAYS[m["a"] or m["b"]])).isoformat()

    def of_last_month(m: re.Match[str]) -> str:
        last = published.replace(day=1) - dt.timedelta(days=1)
        number = int(m["a"] or m["b"])
        return last.replace(day=number).isoformat() if number <= last.day else m[0]

    return _OF_LAST_MONTH.sub(of_last_month, _OF_LAST_WEEK.sub(day, s))
