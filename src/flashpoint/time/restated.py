"""Time phrases said another way, rewritten to a form :mod:`flashpoint.time.expressions` reads.

* "last night" is "yesterday";
* "in the week" ("earlier in the week", "later in the week") is "this week": the week of publication;
* a weekday of last week ("on Thursday last week", "Thursday of last week", "last week on Thursday")
  is that weekday of the ISO week before publication's, written as its day (``YYYY-MM-DD``); unread
  with no publication date;
* a day of last month ("last month on the 12th", "the 12th of last month") is that day of the month
  before publication's, written as its day (a day the month lacks stays unread);
* a count of decades ago ("a decade ago", "two decades ago") is ten years each ("ten years ago"),
  and a fortnight two weeks; a hedge on a count ago ("nearly two years ago", "more than a decade
  ago", "almost a year ago") is dropped, as "about" is: the count's time at its precision. A vague
  count ("years ago", "a few years ago", "decades ago") stays unread.

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
_HEDGED_AGO = re.compile(r"\b(?:nearly|almost|more than|less than|just over|just under|over|under|some) "
                         r"(?=(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) "
                         r"(?:day|week|fortnight|month|year|decade)s? ago\b)")
_DECADES_AGO = re.compile(r"\b(?P<n>an?|one|two|three|four|five) decades? ago\b")
_FORTNIGHT_AGO = re.compile(r"\ba fortnight ago\b")
_DECADES = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_OF_LAST_WEEK = re.compile(rf"\b(?:(?P<a>{_DAYS}) (?:of )?last week|last week on (?P<b>{_DAYS}))\b")


def restate(s: str, published: dt.date | None) -> str:
    """``s`` with the phrases above rewritten."""
    s = _IN_THE_WEEK.sub("this week", _LAST_NIGHT.sub("yesterday", s))
    s = _FORTNIGHT_AGO.sub("two weeks ago", _HEDGED_AGO.sub("", s))
    s = _DECADES_AGO.sub(lambda m: f"{10 * _DECADES[m['n']]} years ago", s)
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
