"""Escalation alerts: periods where conflict between two actors rises well above its recent baseline.

Method (a rolling robust z-score):

1. For each actor pair, count the **conflict events** (QuadClass 3 and 4, in either direction) per
   period (``freq``). Every pair's series covers the same periods: from the first to the last period
   with any event in the store (within ``since``/``until``), periods without events counting 0.
2. For period *t* the **baseline** is the ``window`` periods before it (t−window … t−1): its median
   *m* and its median absolute deviation *MAD*.
3. The robust z-score is ``z = (x_t − m) / max(1.4826 · MAD, 1)``. 1.4826 · MAD estimates the
   standard deviation of normally distributed counts; the floor of 1 (one event) keeps a flat
   baseline (MAD 0, e.g. all zeros) from turning any single event into an infinite score.
4. Period *t* alerts when ``z ≥ threshold`` (default 3), ``x_t ≥ min_count`` (default 3: a burst of
   one or two events is never an escalation) and a full window of history exists (the first
   ``window`` periods of the series never alert).

Median and MAD ignore a past spike or two, so an earlier escalation does not hide the next one the
way a mean and standard deviation would. Each alert carries the events that drove it: the conflict
events of the pair in that period, most hostile first (lowest Goldstein weight, then most mentioned),
with their trigger words and the sentence of their lead mention.

With a ``dyad`` (A, B) the pair is every event from A to B or from B to A, actors matched as
``flashpoint events --dyad`` matches them. Without, each unordered pair of actor keys (the events'
``source_key``/``target_key``: organisation, else country, else the code's first three letters) with
a known source and target is one series; ``group_by`` picks the key (:mod:`flashpoint.analysis.keys`:
with ``group``, Kosovo Serbs ``XKX:Serb`` and Kosovo ``XKX`` are two actors, so an escalation between
them is a pair of its own instead of disappearing into ``XKX → XKX``). ``top`` keeps the strongest
alerts across all pairs (highest z first): the store-wide view. ``exclude_flagged`` leaves out the events flagged as wrong.
"""

from __future__ import annotations

import datetime as _dt
import statistics
from dataclasses import asdict, dataclass, field
from typing import Any

from ..errors import ValidationError
from ..store import EventFilter, Store, where
from .keys import NO_ACTOR, check_group_by, side_key_sql
from .periods import check_freq, next_period, parse_date, period_range

__all__ = ["Alert", "AlertEvent", "escalation_alerts", "robust_z", "MAD_SCALE", "MIN_SCALE"]

MAD_SCALE = 1.4826
MIN_SCALE = 1.0


@dataclass(frozen=True, slots=True)
class AlertEvent:
    """An event behind an alert, with the words and the sentence that coded it."""

    event_id: str
    date: str | None
    source_code: str | None
    target_code: str | None
    cameo: str
    cameo_name: str | None
    goldstein: float | None
    quad_class: int | None
    mentions: int
    trigger: str | None
    sentence: str | None
    article_id: str


@dataclass(slots=True)
class Alert:
    """One period where conflict between ``a`` and ``b`` rose above its baseline."""

    a: str
    b: str
    period: str  # first day of the period
    freq: str
    conflict: int  # conflict events in the period
    events: int  # all events of the pair in the period
    baseline_median: float
    baseline_mad: float
    z: float
    window: int
    drivers: list[AlertEvent] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["drivers"] = [asdict(e) for e in self.drivers]
        return d


def robust_z(x: float, history: list[float]) -> tuple[float, float, float]:
    """``(median, MAD, z)`` of ``x`` against ``history`` (see the module docstring)."""
    med = float(statistics.median(history))
    mad = float(statistics.median([abs(h - med) for h in history]))
    return med, mad, (x - med) / max(MAD_SCALE * mad, MIN_SCALE)


def _check(window: int, threshold: float, min_count: int, drivers: int) -> None:
    if window < 2:
        raise ValidationError("window", f"must be at least 2 periods, not {window}")
    if not threshold > 0:
        raise ValidationError("threshold", f"must be above 0, not {threshold}")
    if min_count < 1:
        raise ValidationError("min_count", f"must be at least 1, not {min_count}")
    if drivers < 0:
        raise ValidationError("drivers", f"must be 0 or more, not {drivers}")


def _pair_clause(dyad: tuple[str, str], f: EventFilter, params: list[Any]) -> str:
    a, b = dyad
    xf = f.exclude_flagged
    clause = where(EventFilter(dyad=(a, b), since=f.since, until=f.until, exclude_flagged=xf), params)
    if a != b:
        other = where(EventFilter(dyad=(b, a), since=f.since, until=f.until, exclude_flagged=xf), params)
        clause = f"(({clause}) OR ({other}))"
    return clause


def _series(store: Store, dyad: tuple[str, str] | None, freq: str,
            f: EventFilter, group_by: str = "actor") -> dict[tuple[str, str], dict[str, tuple[int, int]]]:
    """``{(a, b): {period: (conflict events, all events)}}``."""
    params: list[Any] = [freq]
    if dyad is not None:
        clause = _pair_clause(dyad, f, params)
        rows = store.rows(f"""SELECT CAST(date_trunc(?, date) AS DATE) AS p, count(*) FILTER (quad_class >= 3),
                                     count(*)
                              FROM events WHERE date IS NOT NULL AND {clause} GROUP BY p""", params)
        return {dyad: {r[0].isoformat(): (int(r[1]), int(r[2])) for r in rows}}
    clause = where(f, params)
    rows = store.rows(f"""
        SELECT least(sk, tk) AS a, greatest(sk, tk) AS b, p, count(*) FILTER (quad_class >= 3), count(*)
        FROM (SELECT {side_key_sql('source', group_by=group_by)} AS sk,
                     {side_key_sql('target', group_by=group_by)} AS tk, CAST(date_trunc(?, date) AS DATE) AS p, quad_class
              FROM events WHERE date IS NOT NULL AND {clause})
        WHERE sk <> '{NO_ACTOR}' AND tk <> '{NO_ACTOR}'
        GROUP BY a, b, p""", params)
    out: dict[tuple[str, str], dict[str, tuple[int, int]]] = {}
    for a, b, p, conflict, n in rows:
        out.setdefault((str(a), str(b)), {})[p.isoformat()] = (int(conflict), int(n))
    return out


def _drivers(store: Store, alerts: list[Alert], dyad: tuple[str, str] | None, freq: str, f: EventFilter,
             limit: int, group_by: str = "actor") -> list[list[AlertEvent]]:
    """The ``limit`` most hostile conflict events of each alert's pair and period, in one query."""
    params: list[Any] = [[a.a for a in alerts], [a.b for a in alerts], [a.period for a in alerts],
                         [next_period(_dt.date.fromisoformat(a.period), freq).isoformat() for a in alerts]]
    if dyad is None:  # pairs of actor keys
        inner = (f"SELECT *, {side_key_sql('source', group_by=group_by)} AS sk, "
                 f"{side_key_sql('target', group_by=group_by)} AS tk FROM events "
                 "WHERE quad_class >= 3 AND date IS NOT NULL"
                 + (" AND event_id NOT IN (SELECT event_id FROM event_flags)" if f.exclude_flagged else ""))
        match = "((e.sk = al.a AND e.tk = al.b) OR (e.sk = al.b AND e.tk = al.a))"
    else:  # one pair, actors matched as the store matches them
        inner = f"SELECT * FROM events WHERE quad_class >= 3 AND date IS NOT NULL AND {_pair_clause(dyad, f, params)}"
        match = "TRUE"
    params.append(limit)  # (the alerts' lists first, the pair's values next: their order in the SQL)
    rows = store.rows(f"""
        WITH al AS (SELECT unnest(CAST(? AS VARCHAR[])) AS a, unnest(CAST(? AS VARCHAR[])) AS b,
                           unnest(CAST(? AS DATE[])) AS lo, unnest(CAST(? AS DATE[])) AS hi),
             hits AS (SELECT al.a, al.b, al.lo, e.event_id, e.date, e.source_code, e.target_code, e.cameo, e.cameo_name,
                             e.goldstein, e.quad_class, e.mentions, e.trigger, e.lead_mention_id, e.lead_article_id,
                             row_number() OVER (PARTITION BY al.a, al.b, al.lo
                                                ORDER BY e.goldstein NULLS LAST, e.mentions DESC, e.event_id) AS rn
                      FROM ({inner}) e JOIN al ON e.date >= al.lo AND e.date < al.hi AND {match})
        SELECT h.a, h.b, h.lo, h.event_id, h.date, h.source_code, h.target_code, h.cameo, h.cameo_name, h.goldstein,
               h.quad_class, h.mentions, h.trigger, m.sentence, h.lead_article_id
        FROM hits h LEFT JOIN mentions m ON m.mention_id = h.lead_mention_id AND m.article_id = h.lead_article_id
        WHERE h.rn <= ? ORDER BY h.a, h.b, h.lo, h.rn""", params)
    found: dict[tuple[str, str, str], list[AlertEvent]] = {}
    for r in rows:
        found.setdefault((str(r[0]), str(r[1]), r[2].isoformat()), []).append(AlertEvent(
            event_id=str(r[3]), date=r[4].isoformat() if r[4] else None, source_code=r[5], target_code=r[6],
            cameo=str(r[7]), cameo_name=r[8], goldstein=r[9], quad_class=int(r[10]) if r[10] is not None else None,
            mentions=int(r[11]), trigger=r[12], sentence=r[13], article_id=str(r[14])))
    return [found.get((a.a, a.b, a.period), []) for a in alerts]


def _neg_date(period: str) -> int:
    return -_dt.date.fromisoformat(period).toordinal()


def escalation_alerts(store: Store, dyad: tuple[str, str] | None = None, *, freq: str = "month", window: int = 6,
                      threshold: float = 3.0, min_count: int = 3, since: str | None = None,
                      until: str | None = None, drivers: int = 10, group_by: str = "actor",
                      top: int | None = None, exclude_flagged: bool = False) -> list[Alert]:
    """Escalation alerts (method in the module docstring), ordered by period then pair (with ``top``:
    the ``top`` highest z-scores, highest first, later periods first among equals).

    ``drivers``: how many of the events behind each alert to attach. Raises ConfigError for bad
    parameters, StoreError when the store cannot be read.
    """
    check_freq(freq)
    _check(window, threshold, min_count, drivers)
    check_group_by(group_by)
    if top is not None and top < 1:
        raise ValidationError("top", f"must be at least 1, not {top}")
    parse_date(since, "since")
    parse_date(until, "until")
    f = EventFilter(since=since, until=until, exclude_flagged=exclude_flagged)
    params: list[Any] = []
    lo, hi = store.rows(f"SELECT min(date), max(date) FROM events WHERE {where(f, params)}", params)[0]
    if lo is None:
        return []
    periods = period_range(lo, hi, freq)
    alerts: list[Alert] = []
    for pair, counts in sorted(_series(store, dyad, freq, f, group_by).items()):
        conflict = [counts.get(p.isoformat(), (0, 0))[0] for p in periods]
        for t in range(window, len(periods)):
            x = conflict[t]
            if x < min_count:
                continue
            med, mad, z = robust_z(x, [float(c) for c in conflict[t - window:t]])
            if z >= threshold:
                alerts.append(Alert(a=pair[0], b=pair[1], period=periods[t].isoformat(), freq=freq, conflict=x,
                                    events=counts[periods[t].isoformat()][1], baseline_median=med,
                                    baseline_mad=mad, z=round(z, 2), window=window))
    alerts.sort(key=lambda al: (al.period, -al.z, al.a, al.b))
    if top is not None:
        alerts = sorted(alerts, key=lambda al: (-al.z, _neg_date(al.period), al.a, al.b))[:top]
    if drivers and alerts:
        for al, found in zip(alerts, _drivers(store, alerts, dyad, freq, f, drivers, group_by), strict=True):
            al.drivers = found
    return alerts
