"""Resolve one temporal expression ("late on March 27") to a calendar date.

The common English news phrasings are read by hand-written regular
expressions (exact and fast); :mod:`dateparser` is consulted only for what
they do not cover. Results are cached.

Choices (the date is always a real day; for month or year precision it is the
first day of that month or year):

* Weekdays ("on Monday", "Tuesday evening", "early Thursday"): the most recent
  such day on or before publication, the publication day itself included.
  "last Friday" / "this past Friday": the most recent Friday strictly before
  publication (1-7 days earlier). In a future clause (``future=True``) a bare
  weekday is the next such day on or after publication; "next Friday" is
  always the next one strictly after publication (1-7 days later).
* Month and day without a year ("March 27", "27 March", "the 27th"): the most
  recent occurrence on or before the day after publication (one day of slack
  for time zones); in a future clause the next one on or after publication.
* "today", "tonight", "this morning/afternoon/evening", "overnight": the
  publication day. "yesterday", "last night": the day before. "tomorrow":
  the day after.
* "N days/weeks ago": day precision (N x 1 or N x 7 days earlier);
  "N months ago": month precision; "N years ago": year precision.
* Weeks have no precision of their own. "last week", "this week",
  "next week" resolve to the *month* (precision "month") that holds the
  Thursday of that ISO week (the ISO rule for assigning a week to a month);
  for "this week" in a past clause the Thursday is capped at publication.
* Weekends ("over the weekend", "last weekend") resolve to the Saturday
  (precision "day"): "the weekend" is the most recent Saturday on or before
  publication (the coming one in a future clause); "last weekend" is the
  Saturday of the previous ISO week; "next weekend" that of the next one.
* "this month", "earlier this month": month of publication. "last month",
  "next month": the adjacent months. "in March": the most recent March on or
  before publication (the next one in a future clause); "last March" is
  strictly before the month of publication. "April last year" is April of the year before publication.
* "this year", "last year", "in 2008", "spring 2016": year precision.
* Decades ("in the 1990s", "the late '90s"): year precision, the first year of
  the decade.
* Ranges ("between March 23 and 26", "from Monday to Wednesday",
  "March 23-26"): the *start* of the range, read as if it stood alone (after
  borrowing the month that only the end spells out, "23 to 26 March"); when
  only the end carries a year ("December 28 to January 3, 2018") the start is
  the last such day on or before the end.
* A span of hours, days or weeks that runs up to publication ("in recent days", "over the past
  week", "in the past few weeks", "in the past 48 hours"): month precision, the month that holds
  the span's middle; no day of it is told. One of months or a year ("in recent months", "over the
  past year"): year precision, the year that holds its middle.
* Too vague: "recently", "in recent years", "for years",
  "two days later", "the same day" resolve to
  ``None`` (the caller then falls back on the publication date); so do
  clock times on their own ("3 p.m."). A count from another date ("two
  days later", "the next day") is read by :func:`relative_offset`, and
  :mod:`flashpoint.time.dates` moves the date the sentence gives by it.
* Without a publication date only absolute expressions ("March 27, 2018",
  "2018-03-27", "in 2008", "the 1990s") resolve.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from flashpoint.time.fallback import parse_with_dateparser
from flashpoint.time.lexicon import MONTHS, NUMBER_WORDS, WEEKDAYS
from flashpoint.time.restated import restate

Resolution = tuple[dt.date, str]

_ONE_DAY = dt.timedelta(days=1)

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_ALT = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_NUMBER_ALT = r"\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))

# --- normalisation -------------------------------------------------------

_VAGUE = re.compile(
    r"\b(?:recent(?:ly)?|lately|(?<!this )past|last (?:few|several|couple)|few|several|many|"
    r"decades?|centur(?:y|ies)|same|previous|following|that|afterwards?|"
    r"(?:days?|weeks?|months?|years?|hours?|minutes?) (?:earlier|later|before|after)(?! yesterday| tomorrow)|"
    r"next day|the day before(?! yesterday)|the day after(?! tomorrow)|"
    r"soon|currently|now|ongoing|daily|weekly|monthly|annual(?:ly)?|yearly)\b"
)
_CLOCK = re.compile(
    r"\b(?:(?:at|around|about|by|before|after|shortly|just) )*"
    r"(?:\d{1,2}(?::\d{2})? ?(?:am|pm|a m|p m)\b|\d{1,2}:\d{2}\b|\d{4} (?:gmt|utc|hours|hrs|local time)\b)"
    r"(?: (?:local time|gmt|utc|[a-z]st|[a-z]dt))?"
)
_LEADING = re.compile(
    r"^(?:on|in|into|at|during|from|between|since|by|over|overnight|throughout|until|till|before|after|as of|"
    r"as early as|as late as|sometime|some time|around|about|approximately|roughly|late|early|"
    r"earlier|later|mid-?|"
    r"the (?:(?:very )?(?:end|beginning|start|middle|close|turn|morning|afternoon|evening|night|"
    r"early hours|small hours|eve|weekend)|(?:first|second|third|fourth|last) "
    r"(?:half|quarter|week|weeks|days?))"
    r" of|(?:end|beginning|start|middle) of)(?:\s+|(?<=-))"
)
_TRAILING = re.compile(
    r"\s+(?:morning|afternoon|evening|night|midday|noon|midnight|at dawn|at dusk|dawn|dusk|"
    r"local time|gmt|utc|at|on|in)$"
)

# --- single expressions --------------------------------------------------

_ISO_DAY = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_ISO_LIKE = re.compile(r"^\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?$")
_MONTH_DAY = re.compile(
    rf"^(?:(?:{_WEEKDAY_ALT}) )?(?P<month>{_MONTH_ALT}) (?P<day>\d{{1,2}})(?: (?:of )?(?P<year>\d{{4}}))?$"
)
_DAY_MONTH = re.compile(
    rf"^(?:(?:{_WEEKDAY_ALT}) )?(?:the )?(?P<day>\d{{1,2}}) (?:of )?(?P<month>{_MONTH_ALT})(?: (?P<year>\d{{4}}))?$"
)
_MONTH_YEAR = re.compile(rf"^(?P<month>{_MONTH_ALT})(?: of)? (?P<year>\d{{4}})$")
_MONTH_ONLY = re.compile(rf"^(?:(?P<mod>last|this|next) )?(?P<month>{_MONTH_ALT})$")
_MONTH_OF_YEAR = re.compile(rf"^(?P<month>{_MONTH_ALT}) (?:of )?(?P<mod>last|this|next) year$")
_YEAR = re.compile(r"^(?:(?:the )?(?:year|fiscal|spring|summer|autumn|fall|winter|q[1-4])(?: of)? )?(\d{4})$")
_DECADE = re.compile(r"^(?:the )?(?:(?:early|mid|late)[- ])?(?:(\d{3})0|'?(\d)0)s$")
_DAY_OF_MONTH = re.compile(r"^the (\d{1,2})$")
_WEEKDAY = re.compile(rf"^(?:(?P<mod>last|this past|past|this coming|coming|next|this) )?(?P<wd>{_WEEKDAY_ALT})$")
_AGO = re.compile(rf"^(?P<n>{_NUMBER_ALT}) (?P<unit>day|week|month|year)s? ago$")
_PERIOD = re.compile(r"^(?:(?P<mod>last|this past|this|next|coming|the) )?(?P<unit>week|month|year|weekend)$")
_DEICTIC: dict[str, int] = {
    "today": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}

# --- ranges and fallback -------------------------------------------------

_RANGE_WORD = re.compile(r"^(?P<a>.+?) (?:to|through|thru|until|till|and) (?P<b>.+)$")
_RANGE_DASH = re.compile(r"^(?P<a>.+?) ?- ?(?P<b>.+)$")
_BARE_DAY = re.compile(r"^\d{1,2}$")
_DAY_THEN_YEAR = re.compile(r"^\d{1,2} \d{4}$")
_HAS_MONTH = re.compile(rf"\b({_MONTH_ALT})\b")
_HAS_YEAR = re.compile(r"\b(\d{4})\b")
_UNIT_WORD = re.compile(r"\b(?:day|week|month|year|hour|minute|second|decade)s?\b")


def normalize(text: str) -> str:
    """Lower-case ``text`` and tidy punctuation, ordinals and time-of-day words."""
    s = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"[\u2013\u2014]", "-", s)
    s = re.sub(r"(\d0)'s\b", r"\1s", s)
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"(?<=[a-z])\.", "", s)
    s = s.replace(",", " ")
    s = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", s)
    # "the night of 11/12 october": the night of the first day
    s = re.sub(rf"\b(\d{{1,2}})/\d{{1,2}}(?= (?:{_MONTH_ALT})\b)", r"\1", s)
    s = re.sub(r"\s+", " ", s).strip(" .;:!?\"'()[]")
    s = re.sub(r"\b(?:this (?:morning|afternoon|evening)|tonight)\b", "today", s)
    if s == "overnight":
        s = "today"
    return s


def _strip(s: str) -> str:
    """Remove clock times, leading prepositions/modifiers and trailing times of day."""
    s = _CLOCK.sub(" ", s)
    s = re.sub(r"\s+", " ", s).strip()
    while True:
        previous = s
        s = _LEADING.sub("", s)
        s = _TRAILING.sub("", s).strip()
        if s == previous:
            return s


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_start(year: int, month: int, shift: int = 0) -> dt.date:
    index = year * 12 + (month - 1) + shift
    return dt.date(index // 12, index % 12 + 1, 1)


def _month_day(month: int, day: int, year: int | None, pub: dt.date | None, future: bool) -> dt.date | None:
    if year is not None:
        return _safe_date(year, month, day)
    if pub is None:
        return None
    if future:
        for y in range(pub.year, pub.year + 9):
            found = _safe_date(y, month, day)
            if found is not None and found >= pub:
                return found
        return None
    latest = pub + _ONE_DAY
    for y in range(latest.year, latest.year - 9, -1):
        found = _safe_date(y, month, day)
        if found is not None and found <= latest:
            return found
    return None


def _weekday(wd: int, mod: str | None, pub: dt.date, future: bool) -> dt.date:
    back = (pub.weekday() - wd) % 7
    ahead = (wd - pub.weekday()) % 7
    if mod in ("last", "past", "this past"):
        return pub - dt.timedelta(days=back or 7)
    if mod in ("next", "coming", "this coming"):
        return pub + dt.timedelta(days=ahead or 7)
    if future:
        return pub + dt.timedelta(days=ahead)
    return pub - dt.timedelta(days=back)


def _period(unit: str, mod: str | None, pub: dt.date, future: bool) -> Resolution | None:
    if mod == "this past":
        mod = "the" if unit == "weekend" else "last"
    if unit == "weekend":
        monday = pub - dt.timedelta(days=pub.weekday())
        if mod == "last":
            return monday - dt.timedelta(days=2), "day"
        if mod == "next":
            return monday + dt.timedelta(days=12), "day"
        if future:
            saturday = pub - _ONE_DAY if pub.weekday() == 6 else pub + dt.timedelta(days=(5 - pub.weekday()) % 7)
            return saturday, "day"
        return pub - dt.timedelta(days=(pub.weekday() - 5) % 7), "day"
    if mod in (None, "the"):
        return None
    shift = {"last": -1, "this": 0, "next": 1, "coming": 1}[mod]
    if unit == "week":
        thursday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=3 + 7 * shift)
        if shift == 0:
            thursday = max(thursday, pub) if future else min(thursday, pub)
        return thursday.replace(day=1), "month"
    if unit == "month":
        return _month_start(pub.year, pub.month, shift), "month"
    return dt.date(pub.year + shift, 1, 1), "year"


def _ago(n_text: str, unit: str, pub: dt.date) -> Resolution | None:
    n = int(n_text) if n_text.isdigit() else NUMBER_WORDS[n_text]
    if n > 200:
        return None
    if unit == "day":
        return pub - dt.timedelta(days=n), "day"
    if unit == "week":
        return pub - dt.timedelta(days=7 * n), "day"
    if unit == "month":
        return _month_start(pub.year, pub.month, -n), "month"
    return dt.date(pub.year - n, 1, 1), "year"


def _plausible_year(year: int) -> bool:
    return 1000 <= year <= 2999


def _absolute(s: str) -> Resolution | None:
    """Expressions that need no publication date."""
    m = _ISO_DAY.match(s)
    if m:
        found = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        return (found, "day") if found else None
    m = _ISO_MONTH.match(s)
    if m:
        month = int(m[2])
        return (dt.date(int(m[1]), month, 1), "month") if 1 <= month <= 12 else None
    m = _MONTH_YEAR.match(s)
    if m:
        return dt.date(int(m["year"]), MONTHS[m["month"]], 1), "month"
    m = _YEAR.match(s)
    if m:
        year = int(m[1])
        return (dt.date(year, 1, 1), "year") if _plausible_year(year) else None
    return None


def _single(s: str, pub: dt.date | None, future: bool) -> Resolution | None:
    """Resolve one (non-range) normalised expression with the regex rules."""
    found = _absolute(s)
    if found is not None:
        return found
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        m = pattern.match(s)
        if m:
            year = int(m["year"]) if m["year"] else None
            day = _month_day(MONTHS[m["month"]], int(m["day"]), year, pub, future)
            return (day, "day") if day else None
    m = _DECADE.match(s)
    if m:
        if m[1]:
            return dt.date(int(m[1]) * 10, 1, 1), "year"
        decade = int(m[2]) * 10
        year = 2000 + decade if pub is not None and 2000 + decade <= pub.year else 1900 + decade
        return dt.date(year, 1, 1), "year"
    if pub is None:
        return None
    if s in _DEICTIC:
        return pub + dt.timedelta(days=_DEICTIC[s]), "day"
    m = _WEEKDAY.match(s)
    if m:
        return _weekday(WEEKDAYS[m["wd"]], m["mod"], pub, future), "day"
    m = _MONTH_OF_YEAR.match(s)
    if m:  # "in April last year"
        year = pub.year + {"last": -1, "this": 0, "next": 1}[m["mod"]]
        return dt.date(year, MONTHS[m["month"]], 1), "month"
    m = _MONTH_ONLY.match(s)
    if m:
        return _month_only(MONTHS[m["month"]], m["mod"], pub, future), "month"
    m = _PERIOD.match(s)
    if m:
        return _period(m["unit"], m["mod"], pub, future)
    m = _AGO.match(s)
    if m:
        return _ago(m["n"], m["unit"], pub)
    m = _DAY_OF_MONTH.match(s)
    if m:
        return _day_of_month(int(m[1]), pub, future)
    return None


def _month_only(month: int, mod: str | None, pub: dt.date, future: bool) -> dt.date:
    if mod == "last":
        return dt.date(pub.year if month < pub.month else pub.year - 1, month, 1)
    if mod == "next":
        return dt.date(pub.year if month > pub.month else pub.year + 1, month, 1)
    if mod == "this":
        return dt.date(pub.year, month, 1)
    if future:
        return dt.date(pub.year if month >= pub.month else pub.year + 1, month, 1)
    return dt.date(pub.year if month <= pub.month else pub.year - 1, month, 1)


def _day_of_month(day: int, pub: dt.date, future: bool) -> Resolution | None:
    latest = pub + _ONE_DAY
    shifts = range(12) if future else range(1, -12, -1)
    for shift in shifts:
        start = _month_start(pub.year, pub.month, shift)
        found = _safe_date(start.year, start.month, day)
        if found is not None and (found >= pub if future else found <= latest):
            return found, "day"
    return None


def _range(s: str, pub: dt.date | None, future: bool) -> Resolution | None:
    """Resolve the start of a range ("March 23-26", "from Monday to Wednesday").

    The start is read as if it stood alone, after borrowing the month that
    only the end spells out ("23 to 26 March"). When only the end carries a
    year ("December 28 to January 3, 2018"), the start is anchored to fall on
    or before the resolved end instead.
    """
    if _ISO_LIKE.match(s):
        return None
    m = _RANGE_WORD.match(s) or _RANGE_DASH.match(s)
    if not m:
        return None
    start, end = _strip(m["a"]), _strip(m["b"])
    end_month = _HAS_MONTH.search(end)
    start_month = _HAS_MONTH.search(start)
    if _BARE_DAY.match(start):
        if end_month is None:
            return None
        start = f"{start} {end_month[1]}"
    elif start_month is not None and _DAY_THEN_YEAR.match(end):
        end = f"{start_month[1]} {end}"
    if _HAS_YEAR.search(end) and not _HAS_YEAR.search(start) and _HAS_MONTH.search(start):
        resolved_end = _single(end, pub, future)
        return _single(start, resolved_end[0], False) if resolved_end else None
    return _single(start, pub, future)


def _fallback(s: str, pub: dt.date | None, future: bool) -> Resolution | None:
    """Hand over to dateparser, but only for expressions that can be exact dates."""
    if _UNIT_WORD.search(s):
        return None
    if not (re.search(r"\d", s) or _HAS_MONTH.search(s)):
        return None
    if pub is None and not _HAS_YEAR.search(s):
        return None
    return parse_with_dateparser(s, pub, future)


_RECENT_SPAN = re.compile(
    rf"^(?:the (?:past|last)|recent)(?: (?P<n>{_NUMBER_ALT}|few|several|couple(?: of)?))? "
    r"(?P<unit>hour|day|week|month|year)s?$"
)
_SPAN_COUNTS = {"few": 3, "several": 5, "couple": 2, "couple of": 2}
_UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365}
_MAX_RECENT_DAYS = 31  # a longer span up to publication is told by its year
_MAX_RECENT_YEAR_DAYS = 2 * 365  # one longer still has no time worth the name


def _recent_span(s: str, pub: dt.date | None) -> Resolution | None:
    """A span that runs up to publication ("in recent days", "over the past week", "in the past 48
    hours"): the month that holds its middle, at month precision (no day of it is told); a span of
    months or a year ("in recent months", "over the past year"), the year that holds its middle, at
    year precision; None for any other expression, or a span longer than two years."""
    m = _RECENT_SPAN.match(s)
    if m is None or pub is None:
        return None
    count = m["n"] or ("3" if s.startswith("recent") else "1")
    n = int(count) if count.isdigit() else _SPAN_COUNTS.get(count) or NUMBER_WORDS[count]
    days = _UNIT_DAYS[m["unit"]] * n
    if days > _MAX_RECENT_YEAR_DAYS:
        return None
    middle = pub - dt.timedelta(days=days // 2)
    if days > _MAX_RECENT_DAYS:
        return dt.date(middle.year, 1, 1), "year"
    return middle.replace(day=1), "month"


def is_recent_span(text: str) -> bool:
    """``text`` tells a span that runs up to publication ("over the past week", "in recent days", "in
    recent months"): a period the news is in, no time a story moves to."""
    return _RECENT_SPAN.match(_strip(normalize(text))) is not None


@lru_cache(maxsize=8192)
def _resolve_normalized(s: str, pub: dt.date | None, future: bool) -> Resolution | None:
    recent = _recent_span(_strip(s), pub)
    if recent is not None:
        return recent
    if _VAGUE.search(s):
        return None
    s = _strip(s)
    if not s:
        return None
    return _single(s, pub, future) or _range(s, pub, future) or _fallback(s, pub, future)


_OFFSET = re.compile(rf"^(?P<n>{_NUMBER_ALT}) (?P<unit>day|week|month|year)s? (?P<dir>later|after|earlier|before)$")
_NEXT_OR_PREVIOUS = re.compile(r"^the (?P<dir>next|following|previous|preceding) (?P<unit>day|week|month|year)$")
_THAT_SAME = re.compile(r"^(?:(?:later|earlier) )?(?:that|the same) (?P<unit>day|month|year)$")  # "that month"
_LATER_WORDS = frozenset(("later", "after", "next", "following"))


def relative_offset(text: str) -> tuple[int, str] | None:
    """How far an expression that counts from another date lies from it: ``(n, unit)`` with unit
    "day", "month" or "year" and ``n`` negative for earlier ("two years later" → ``(2, "year")``,
    "the previous day" → ``(-1, "day")``, "a week earlier" → ``(-7, "day")``, "days later" →
    ``(0, "month")``: :func:`span_offset`); ``None`` for any other expression. The date it counts
    from is not in the expression: the caller finds it."""
    s = normalize(text)
    m = _NEXT_OR_PREVIOUS.match(s)
    if m is None and (same := _THAT_SAME.match(s)) is not None:
        return 0, same["unit"]  # "that month", "later that year": the time told before
    if m is not None:
        return span_offset(["a", m["unit"]], "later" if m["dir"] in _LATER_WORDS else "earlier")
    words = s.split()
    if len(words) < 2 or words[-1] not in _SPAN_DIRECTIONS:
        return None
    return span_offset(words[:-1], "later" if words[-1] in _LATER_WORDS else "earlier")


_SPAN_DIRECTIONS = frozenset(("later", "after", "earlier", "before"))
_WITHIN_A_DAY = frozenset(("hour", "minute", "moment"))
# a span of a unit told with no count ("days after the ban", "weeks later", "months after the coup"):
# what it keeps of the date it counts from (days: the month; weeks or months: the year; years: nothing)
_UNCOUNTED = {"day": (0, "month"), "week": (0, "year"), "month": (0, "year")}


def span_offset(words: list[str], way: str) -> tuple[int, str] | None:
    """How far a span of time lies (its lower-case ``words``, ``way``: "later" or "earlier"): a count
    ("two days", "a week"), "the day" (one day), hours (the same day), or a unit of no count ("days",
    "a few weeks", "months": what it keeps of the date it counts from, see ``_UNCOUNTED``). The one
    reader of a span of time and its unit, for an expression ("two days later", "days later") and
    for the span before "after"/"before" (:class:`flashpoint.time.anchors.TimeSpan`)."""
    if not words:
        return None
    last = words[-1]
    unit = last[:-1] if last.endswith("s") else last
    if unit in _WITHIN_A_DAY:
        return 0, "day"
    if words == ["the", "day"]:
        return (1 if way == "later" else -1), "day"
    m = _OFFSET.match(" ".join([*words, way]))
    if m is not None:
        count = m["n"]
        n = int(count) if count.isdigit() else NUMBER_WORDS[count]
        unit = m["unit"]
        if unit == "week":
            n, unit = 7 * n, "day"
        return (n if m["dir"] in _LATER_WORDS else -n), unit
    if last.endswith("s") and not any(w.isdigit() or w in NUMBER_WORDS for w in words if w != "a"):
        return _UNCOUNTED.get(unit)
    return None


def shift(date: str, precision: str, offset: tuple[int, str]) -> tuple[str, str] | None:
    """``date`` (an ISO date of ``precision``) moved by ``offset`` (from :func:`relative_offset`), no
    more precise than the date it counts from or the unit it counts in; ``None`` for a unit finer
    than the date ("a week after March" may be March or April, "months after 2016" 2017)."""
    n, unit = offset
    day = dt.date.fromisoformat(date)
    if unit == "year":
        return dt.date(day.year + n, 1, 1).isoformat(), "year"
    if unit == "month" and precision in ("day", "month"):
        return _month_start(day.year, day.month, n).isoformat(), "month"
    if unit == "day" and precision == "day":
        return (day + dt.timedelta(days=n)).isoformat(), "day"
    return None


def resolve_date(text: str, published: dt.date | None, *, future: bool = False) -> Resolution | None:
    """Like :func:`resolve_expression` but return a :class:`datetime.date`."""
    if isinstance(published, dt.datetime):
        published = published.date()
    return _resolve_text(text, published, future)


@lru_cache(maxsize=8192)
def _resolve_text(text: str, published: dt.date | None, future: bool) -> Resolution | None:
    s = restate(normalize(text), published)  # ("last night", "on Thursday last week")
    if not s:
        return None
    return _resolve_normalized(s, published, future)


def resolve_expression(text: str, published: dt.date | None, *, future: bool = False) -> tuple[str, str] | None:
    """Resolve a temporal expression relative to the publication date.

    Args:
        text: the expression, e.g. "late on March 27", "On Monday", "in 2008".
        published: the report's publication date (a ``datetime`` is
            truncated to its date); ``None`` when unknown, in which case only
            absolute expressions resolve.
        future: the expression sits in a future-tense clause ("will meet on
            Friday"): bare weekdays, months and month-days then resolve
            forward from publication.

    Returns:
        ``("YYYY-MM-DD", precision)`` with precision "day", "month" or "year"
        (the date is the first day of the month or year for the coarser
        precisions), or ``None`` when the expression is unresolvable or too
        vague. See the module docstring for the rules.
    """
    found = resolve_date(text, published, future=future)
    if found is None:
        return None
    return found[0].isoformat(), found[1]


_SPAN_BACK = re.compile(rf"^(?:the )?(?:past|last) (?:(?P<n>{_NUMBER_ALT}) )?(?P<unit>year|decade)s?$")


def span_start(text: str, pub: dt.date) -> Resolution | None:
    """Where a span of years that runs up to publication starts ("the past decade", "the last two
    years": the first year of it), or None for any other expression."""
    m = _SPAN_BACK.match(normalize(text))
    if m is None:
        return None
    count = m["n"] or "1"
    n = int(count) if count.isdigit() else NUMBER_WORDS[count]
    years = n * (10 if m["unit"] == "decade" else 1)
    return (dt.date(pub.year - years, 1, 1), "year") if 0 < years <= 200 else None
