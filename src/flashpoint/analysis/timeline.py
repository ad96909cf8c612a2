"""Dyad timelines: what two actors did to each other, period by period, in both directions.

For actors ``A`` and ``B`` and a period length (``day``, ``week``, ``month``, ``quarter``, ``year``),
:func:`dyad_timeline_both` gives one :class:`TimelineRow` per period and direction (A→B, B→A):
event counts by QuadClass, the sum and mean of the Goldstein weights, and the
**conflict–cooperation index**

    CCI = (cooperation − conflict) / (cooperation + conflict)

where *cooperation* counts events of QuadClass 1–2 (verbal and material cooperation) and *conflict*
those of QuadClass 3–4 (verbal and material conflict). It runs from −1 (only conflict) to +1 (only
cooperation) and is empty (None) for a period without events. Unlike the mean Goldstein weight it
does not let one very negative code (e.g. 18x assault, −9.0) outweigh several cooperative ones, and it
does not depend on the Goldstein scale; both are reported.

Periods without events are filled with zero counts (and None means) between ``since`` (or the first
period with events) and ``until`` (or the last), so a series has no holes. The counts come from the
store's :func:`~flashpoint.store.dyad_timeline` (the de-duplicated events table, the same actor
matching as ``flashpoint events --dyad``).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, fields
from typing import TYPE_CHECKING, Any

from ..store import EventFilter, Store, dyad_timeline
from .periods import check_freq, parse_date, period_range

if TYPE_CHECKING:
    from .charts import TimelineChart

__all__ = ["TimelineRow", "Timeline", "dyad_timeline_both", "cci"]


def cci(cooperation: int, conflict: int) -> float | None:
    """The conflict–cooperation index (see the module docstring); None without events."""
    n = cooperation + conflict
    return round((cooperation - conflict) / n, 4) if n else None


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """One period and direction of a dyad timeline."""

    period: str  # first day of the period, YYYY-MM-DD
    source: str  # the actor values as asked (e.g. SRB), not the matched codes
    target: str
    events: int
    mentions: int
    quad1: int
    quad2: int
    quad3: int
    quad4: int
    goldstein_sum: float
    goldstein_mean: float | None
    cooperation: int
    conflict: int
    cci: float | None

    @property
    def direction(self) -> str:
        return f"{self.source}->{self.target}"

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["direction"] = self.direction
        return d


COLUMNS = tuple(f.name for f in fields(TimelineRow)) + ("direction",)


@dataclass(slots=True)
class Timeline:
    """A dyad timeline: rows ordered by period, then A→B before B→A. Iterable like a list of rows.

    ``to_dicts()`` gives plain rows, ``to_arrow()``/``to_pandas()`` a table (needs pyarrow/pandas),
    ``chart()`` a :class:`~flashpoint.analysis.charts.TimelineChart` (SVG, shown inline in Jupyter).
    """

    a: str
    b: str
    freq: str
    since: str | None
    until: str | None
    rows: list[TimelineRow] = field(default_factory=list)

    def __iter__(self) -> Iterator[TimelineRow]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def periods(self) -> list[str]:
        return sorted({r.period for r in self.rows})

    @property
    def directions(self) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = [(self.a, self.b)]
        if self.b != self.a:
            out.append((self.b, self.a))
        return out

    def series(self, source: str, target: str) -> list[TimelineRow]:
        """The rows of one direction, in period order."""
        return [r for r in self.rows if r.source == source and r.target == target]

    def to_dicts(self) -> list[dict[str, Any]]:
        return [r.to_dict() for r in self.rows]

    def to_dict(self) -> dict[str, Any]:
        """The timeline as the JSON the API and ``flashpoint timeline --format json`` give."""
        return {"a": self.a, "b": self.b, "freq": self.freq, "since": self.since, "until": self.until,
                "index": "cci = (cooperation - conflict) / (cooperation + conflict); cooperation = QuadClass 1-2, "
                         "conflict = QuadClass 3-4",
                "rows": self.to_dicts()}

    def to_arrow(self) -> Any:
        """A pyarrow Table (needs pyarrow)."""
        import pyarrow as pa

        return pa.Table.from_pylist(self.to_dicts())

    def to_pandas(self) -> Any:
        """A pandas DataFrame (needs pandas)."""
        import pandas as pd

        return pd.DataFrame(self.to_dicts(), columns=list(COLUMNS))

    def chart(self, width: int = 860, height: int = 380, measure: str = "goldstein") -> TimelineChart:
        """The chart: ``measure`` ``goldstein`` (mean Goldstein) or ``cci`` per period, events as bars."""
        from .charts import TimelineChart

        return TimelineChart(self, width=width, height=height, measure=measure)

    def _repr_svg_(self) -> str:
        return self.chart().to_svg()


def _row(period: str, source: str, target: str, r: dict[str, Any] | None) -> TimelineRow:
    if r is None:
        return TimelineRow(period, source, target, 0, 0, 0, 0, 0, 0, 0.0, None, 0, 0, None)
    q = [int(r[f"quad{i}"] or 0) for i in (1, 2, 3, 4)]
    n = int(r["events"] or 0)
    gsum = float(r["goldstein"] or 0.0)
    coop, conf = q[0] + q[1], q[2] + q[3]
    return TimelineRow(period, source, target, n, int(r["mentions"] or 0), q[0], q[1], q[2], q[3], round(gsum, 2),
                       round(gsum / n, 3) if n else None, coop, conf, cci(coop, conf))


def dyad_timeline_both(store: Store, a: str, b: str, freq: str = "month", since: str | None = None,
                       until: str | None = None, exclude_flagged: bool = False) -> Timeline:
    """The timeline of ``a`` and ``b`` (actor values as ``flashpoint events --dyad`` takes them).

    ``exclude_flagged`` leaves out the events flagged as wrong. Raises ConfigError for a bad ``freq`` or date, StoreError when the store cannot be read.
    """
    check_freq(freq)
    d0, d1 = parse_date(since, "since"), parse_date(until, "until")
    f = EventFilter(since=since, until=until, exclude_flagged=exclude_flagged)
    tl = Timeline(a=a, b=b, freq=freq, since=since, until=until)
    data: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
    for src, tgt in tl.directions:
        data[(src, tgt)] = {str(r["period"]): r for r in dyad_timeline(store, src, tgt, freq, f)}
    seen = sorted({p for rows in data.values() for p in rows})
    first = d0 or (_dt.date.fromisoformat(seen[0]) if seen else None)
    last = d1 or (_dt.date.fromisoformat(seen[-1]) if seen else None)
    if first is None or last is None or first > last:
        return tl
    for p in period_range(first, last, freq):
        key = p.isoformat()
        for src, tgt in tl.directions:
            tl.rows.append(_row(key, src, tgt, data[(src, tgt)].get(key)))
    return tl
