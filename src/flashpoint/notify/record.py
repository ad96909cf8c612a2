"""Opening alerts: evaluate the rules on a store, record each new alert once, queue it for the webhooks.

An alert's identity is its kind (``escalation``), the rule's scope (``dyad:SRB,XKX``, ``actor:SRB``,
``all``), the actor pair, the period length and the period: :func:`alert_id` hashes them. The table
``alerts`` has that id as its primary key and an alert already recorded is never recorded again, so
evaluating after every batch, or again after a restart, opens each alert once, whatever the later
data does to its score. The new alerts and one ``alert_outbox`` row per configured webhook are written
in one transaction: a process killed at any moment has either recorded an alert *and* queued its
deliveries, or neither (and the next evaluation records it).

Only the latest ``rule.recent`` periods open alerts (the period of the store's latest event, not
after today, and those before it): loading years of history must not send years of alerts. The
earlier ones stay what ``flashpoint alerts`` lists.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..analysis.alerts import Alert, escalation_alerts
from ..analysis.periods import next_period, period_start
from ..errors import ConfigError
from ..store.codes import actor_aliases
from ..store.db import Store
from .config import AlertRule, AlertsConfig

__all__ = ["RecordedAlert", "EvaluationReport", "ESCALATION", "alert_id", "open_alerts", "recorded_alerts",
           "PENDING", "DELIVERED", "GAVE_UP"]

ESCALATION = "escalation"
PENDING = "pending"  # an outbox row still to send
DELIVERED = "delivered"  # sent: the webhook answered 2xx
GAVE_UP = "gave_up"  # not sent after DeliverySettings.max_attempts attempts
_DRIVERS = 5


def _now() -> _dt.datetime:
    return _dt.datetime.now(_dt.UTC).replace(tzinfo=None)


@dataclass(frozen=True, slots=True)
class RecordedAlert:
    """An alert as recorded: the escalation (``a``, ``b``, ``freq``, ``period``, counts and score),
    the rule that opened it (``scope``, ``rule`` name), when (``opened_at``, UTC) and the events that
    drove it (``drivers``: dicts as ``flashpoint alerts --format json`` gives them). ``deliveries``:
    webhook URL -> state (``pending``, ``delivered``, ``gave_up``), when read back."""

    alert_id: str
    kind: str
    scope: str
    rule: str | None
    a: str
    b: str
    freq: str
    period: str
    conflict: int
    events: int
    baseline_median: float | None
    baseline_mad: float | None
    z: float | None
    window: int | None
    opened_at: _dt.datetime
    drivers: list[dict[str, Any]] = field(default_factory=list)
    deliveries: dict[str, str] = field(default_factory=dict)

    @property
    def period_end(self) -> str:
        """The last day of the period."""
        end = next_period(_dt.date.fromisoformat(self.period), self.freq) - _dt.timedelta(days=1)
        return end.isoformat()

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["id"] = d.pop("alert_id")
        d["opened_at"] = self.opened_at.strftime("%Y-%m-%dT%H:%M:%SZ")
        d["period_end"] = self.period_end
        return d


@dataclass(slots=True)
class EvaluationReport:
    """What one evaluation did: the alerts it ``opened`` (recorded now) and the ``problems`` of rules
    that could not be evaluated (e.g. too many periods of a day for the store's history)."""

    opened: list[RecordedAlert] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def alert_id(kind: str, scope: str, a: str, b: str, freq: str, period: str) -> str:
    """The alert's identity: the same escalation of the same scope and period has the same id."""
    return hashlib.sha1("\x1f".join((kind, scope, a, b, freq, period)).encode("utf-8")).hexdigest()[:20]


def _first_recent(store: Store, rule: AlertRule, today: _dt.date) -> _dt.date | None:
    latest = store.value("SELECT max(date) FROM events WHERE date <= ?", [today])
    if latest is None:
        return None
    p = period_start(latest, rule.freq)
    for _ in range(rule.recent - 1):
        p = period_start(p - _dt.timedelta(days=1), rule.freq)
    return p


def _found(store: Store, rule: AlertRule, today: _dt.date) -> list[Alert]:
    first = _first_recent(store, rule, today)
    if first is None:
        return []
    alerts = escalation_alerts(store, rule.dyad, freq=rule.freq, window=rule.window, threshold=rule.threshold,
                               min_count=rule.min_count, drivers=_DRIVERS)
    if rule.actor is not None:
        keys = set(actor_aliases(rule.actor))
        alerts = [al for al in alerts if al.a in keys or al.b in keys]
    return [al for al in alerts if al.period >= first.isoformat()]


def _record(rule: AlertRule, al: Alert, opened_at: _dt.datetime) -> RecordedAlert:
    return RecordedAlert(
        alert_id=alert_id(ESCALATION, rule.scope, al.a, al.b, al.freq, al.period), kind=ESCALATION, scope=rule.scope,
        rule=rule.name, a=al.a, b=al.b, freq=al.freq, period=al.period, conflict=al.conflict, events=al.events,
        baseline_median=al.baseline_median, baseline_mad=al.baseline_mad, z=al.z, window=al.window,
        opened_at=opened_at, drivers=[dataclasses.asdict(d) for d in al.drivers])


def open_alerts(store: Store, config: AlertsConfig, *, today: _dt.date | None = None) -> EvaluationReport:
    """Evaluate ``config``'s rules on ``store`` and record the alerts not recorded before, each queued
    for every configured webhook (one transaction). Returns them; a rule that cannot be evaluated is
    a problem in the report, not an exception (the ingest that called this goes on)."""
    report = EvaluationReport()
    if not config.active:
        return report
    day = today or _dt.date.today()
    now = _now()
    found: dict[str, RecordedAlert] = {}
    for rule in config.rules:
        try:
            hits = _found(store, rule, day)
        except ConfigError as exc:
            report.problems.append(f"alert rule {rule.scope} ({rule.freq}): {exc}")
            continue
        for al in hits:
            rec = _record(rule, al, now)
            found.setdefault(rec.alert_id, rec)
    if not found:
        return report
    known = {str(r[0]) for r in store.rows("SELECT alert_id FROM alerts WHERE alert_id IN "
                                           "(SELECT unnest(CAST(? AS VARCHAR[])))", [list(found)])}
    new = [rec for aid, rec in found.items() if aid not in known]
    if not new:
        return report
    with store.transaction():
        for rec in new:
            store.run("""INSERT INTO alerts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                         ON CONFLICT DO NOTHING""",
                      [rec.alert_id, rec.kind, rec.scope, rec.rule, rec.a, rec.b, rec.freq, rec.period, rec.conflict,
                       rec.events, rec.baseline_median, rec.baseline_mad, rec.z, rec.window,
                       json.dumps(rec.drivers, ensure_ascii=False), rec.opened_at])
            for hook in config.webhooks:
                store.run("INSERT INTO alert_outbox VALUES (?, ?, ?, 0, ?, NULL, NULL) ON CONFLICT DO NOTHING",
                          [rec.alert_id, hook.url, PENDING, now])
    report.opened = sorted(new, key=lambda r: (r.period, r.a, r.b, r.scope))
    return report


_SELECT = """SELECT alert_id, kind, scope, rule, a, b, freq, period, conflict, events, baseline_median, baseline_mad,
                    z, window_periods, opened_at, drivers FROM alerts"""


def _row(r: Sequence[Any]) -> RecordedAlert:
    return RecordedAlert(alert_id=str(r[0]), kind=str(r[1]), scope=str(r[2]), rule=r[3], a=str(r[4]), b=str(r[5]),
                         freq=str(r[6]), period=r[7].isoformat(), conflict=int(r[8]), events=int(r[9]),
                         baseline_median=r[10], baseline_mad=r[11], z=r[12], window=r[13], opened_at=r[14],
                         drivers=json.loads(r[15]) if r[15] else [])


def recorded_alerts(store: Store, *, limit: int | None = 100, ids: Sequence[str] | None = None,
                    actor: str | None = None) -> list[RecordedAlert]:
    """The recorded alerts, newest first (``limit`` of them; ``ids``: only those; ``actor``: those
    whose pair has it), each with its outbox states per webhook."""
    clauses: list[str] = []
    params: list[Any] = []
    if ids is not None:
        clauses.append("alert_id IN (SELECT unnest(CAST(? AS VARCHAR[])))")
        params.append(list(ids))
    if actor is not None:
        keys = actor_aliases(actor)
        clauses.append("(a IN (SELECT unnest(CAST(? AS VARCHAR[]))) OR b IN (SELECT unnest(CAST(? AS VARCHAR[]))))")
        params += [keys, keys]
    sql = _SELECT + (" WHERE " + " AND ".join(clauses) if clauses else "")
    sql += " ORDER BY opened_at DESC, period DESC, alert_id"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    alerts = [_row(r) for r in store.rows(sql, params)]
    if alerts:
        states: dict[str, dict[str, str]] = {}
        for aid, target, state in store.rows("SELECT alert_id, target, state FROM alert_outbox WHERE alert_id IN "
                                             "(SELECT unnest(CAST(? AS VARCHAR[]))) ORDER BY target",
                                             [[al.alert_id for al in alerts]]):
            states.setdefault(str(aid), {})[str(target)] = str(state)
        for al in alerts:
            al.deliveries.update(states.get(al.alert_id, {}))
    return alerts
