"""Terms of office in the who's who (people.yml's ``years``), read to the day where the file says it.

A term is ``START-END``: each end a year ("2010-2014") or a day written ``YYYY-MM-DD``
("2010-02-25-2014-02-22"); no END: still in office ("2019-05-20-"); a year alone: that one year
("2020"). A year given alone covers its whole year, except that a year-only end gives way to the
day a successor in the same office took it that year (Yanukovych, President "2010-2014", ends on
the day Turchynov, acting President from "2014-02-23", began): in a story of March 2014 he is a
former president. So does a year-only start to the day the predecessor left, that year.
"""

from __future__ import annotations

import datetime as _dt
import re

#: one term of office: a start, then a dash and an end (none: still in office), each a year or a day
TERM = re.compile(r"^(?P<a>(?:19|20)\d\d(?:-\d\d-\d\d)?)(?P<dash>-(?P<b>(?:19|20)\d\d(?:-\d\d-\d\d)?)?)?$")

Span = tuple[_dt.date, _dt.date | None]


def _day(text: str, end: bool) -> _dt.date:
    """The first (or, for an ``end``, the last) day a year or a day written YYYY-MM-DD stands for."""
    if len(text) == 4:
        return _dt.date(int(text), 12, 31) if end else _dt.date(int(text), 1, 1)
    return _dt.date.fromisoformat(text)


def check(term: str) -> str | None:
    """What is wrong with one term of office, or None."""
    m = TERM.match(term)
    if m is None:
        return "not a term like '2014-2019', '2019-' or '2010-02-25-2014-02-22'"
    try:
        start = _day(m["a"], False)
        end = _day(m["b"], True) if m["b"] else None
    except ValueError:
        return "not a real day"
    if end is not None and end < start:
        return "ends before it starts"
    return None


def parse(years: str) -> list[tuple[str, str | None, bool]]:
    """The terms of ``years`` as (start, end or None while in office, whether it has an end); a year
    alone is its own end."""
    out: list[tuple[str, str | None, bool]] = []
    for term in years.split():
        m = TERM.match(term)
        if m is None:
            continue
        end = m["b"] if m["b"] else (None if m["dash"] else m["a"])
        out.append((m["a"], end, end is not None))
    return out


def year_terms(years: str) -> tuple[tuple[int, int | None], ...]:
    """The terms as (first year, last year or None while in office)."""
    return tuple((int(a[:4]), int(b[:4]) if b else None) for a, b, _ in parse(years))


def spans(years: str) -> tuple[Span, ...]:
    """The terms as (first day, last day or None while in office), a year alone its whole year."""
    return tuple((_day(a, False), _day(b, True) if b else None) for a, b, _ in parse(years))


def office_of(role: str | None) -> str:
    """The office a role names first ("President (Prime Minister 2014-2017)" → "president")."""
    return re.split(r"[(,;]", role or "", maxsplit=1)[0].strip().lower()


def bounded(people: dict[str, tuple[str | None, str | None, str]]) -> dict[str, tuple[Span, ...]]:
    """Each person's terms, to the day, with a year-only end cut at the day before a successor in
    the same office (same country or organisation and :func:`office_of`) took it that year, and a
    year-only start moved to the day after a predecessor left it that year.

    ``people``: name → (country or organisation, role, years)."""
    starts: dict[tuple[str | None, str], list[_dt.date]] = {}
    ends: dict[tuple[str | None, str], list[_dt.date]] = {}
    for owner, role, years in people.values():
        for a, b, _ in parse(years):
            if len(a) > 4:
                starts.setdefault((owner, office_of(role)), []).append(_dt.date.fromisoformat(a))
            if b is not None and len(b) > 4:
                ends.setdefault((owner, office_of(role)), []).append(_dt.date.fromisoformat(b))
    out: dict[str, tuple[Span, ...]] = {}
    one_day = _dt.timedelta(days=1)
    for name, (owner, role, years) in people.items():
        key = (owner, office_of(role))
        found: list[Span] = []
        for a, b, _ in parse(years):
            start, end = _day(a, False), (_day(b, True) if b else None)
            if len(a) == 4:  # a predecessor's last day that year: the day after it
                left = [d for d in ends.get(key, ()) if d.year == start.year and (end is None or d < end)]
                start = max(left) + one_day if left else start
            if b is not None and len(b) == 4 and end is not None:  # a successor's first day that year
                came = [d for d in starts.get(key, ()) if d.year == end.year and d > start]
                end = min(came) - one_day if came else end
            found.append((start, end))
        out[name] = tuple(found)
    return out
