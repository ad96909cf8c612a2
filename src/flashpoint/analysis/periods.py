"""Calendar periods for time series: the same buckets as DuckDB's ``date_trunc``.

A period is named by its first day (``YYYY-MM-DD``): a day, the Monday of an ISO week, the first of a
month, quarter or year.
"""

from __future__ import annotations

import datetime as _dt

from ..errors import ConfigError, ValidationError

__all__ = ["FREQS", "MAX_PERIODS", "check_freq", "period_start", "next_period", "period_range", "parse_date"]

FREQS = ("day", "week", "month", "quarter", "year")
MAX_PERIODS = 20_000


def check_freq(freq: str) -> str:
    """``freq`` if it is one of :data:`FREQS`, else ConfigError."""
    if freq not in FREQS:
        raise ValidationError("freq", f"must be one of {', '.join(FREQS)}, not {freq!r}")
    return freq


def parse_date(value: str | _dt.date | None, name: str) -> _dt.date | None:
    """A ``YYYY-MM-DD`` string (or date) as a date; ConfigError naming ``name`` when it is not one."""
    if value is None or isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise ValidationError(name, f"not a date (YYYY-MM-DD): {value!r}") from None


def period_start(d: _dt.date, freq: str) -> _dt.date:
    """The first day of the period of ``freq`` that holds ``d``."""
    if freq == "day":
        return d
    if freq == "week":
        return d - _dt.timedelta(days=d.weekday())
    if freq == "month":
        return d.replace(day=1)
    if freq == "quarter":
        return d.replace(month=(d.month - 1) // 3 * 3 + 1, day=1)
    if freq == "year":
        return d.replace(month=1, day=1)
    raise ValidationError("freq", f"must be one of {', '.join(FREQS)}, not {freq!r}")


def next_period(p: _dt.date, freq: str) -> _dt.date:
    """The first day of the period after the one starting on ``p``."""
    if freq == "day":
        return p + _dt.timedelta(days=1)
    if freq == "week":
        return p + _dt.timedelta(days=7)
    months = {"month": 1, "quarter": 3, "year": 12}.get(freq)
    if months is None:
        raise ValidationError("freq", f"must be one of {', '.join(FREQS)}, not {freq!r}")
    m = p.month - 1 + months
    return p.replace(year=p.year + m // 12, month=m % 12 + 1, day=1)


def period_range(first: _dt.date, last: _dt.date, freq: str) -> list[_dt.date]:
    """Every period from the one holding ``first`` to the one holding ``last`` (at most MAX_PERIODS)."""
    out: list[_dt.date] = []
    p, end = period_start(first, freq), period_start(last, freq)
    while p <= end:
        out.append(p)
        if len(out) > MAX_PERIODS:
            raise ConfigError(f"more than {MAX_PERIODS} periods of one {freq} between {first} and {last}; "
                              "use a coarser freq or a shorter date range")
        p = next_period(p, freq)
    return out
