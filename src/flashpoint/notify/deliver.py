"""Sending recorded alerts to webhooks: JSON POSTed, retried with backoff, every attempt logged.

:meth:`Deliverer.deliver_pending` sends what ``alert_outbox`` holds as ``pending`` for the configured
webhooks, within a time ``budget`` (what is left waits for the next pass, so sending never holds up an
ingest for long). Each POST carries the alert as JSON (:func:`payload`) and the headers
``X-Flashpoint-Alert`` (the alert's id: a receiver can drop a repeat with it),
``X-Flashpoint-Delivery`` (``<alert id>-<attempt>``) and, when the webhook has a ``secret``,
``X-Flashpoint-Signature: sha256=<hex HMAC-SHA256 of the body>``. A 2xx answer delivers it; a
transport error or another status is tried again after ``backoff`` seconds, doubled each time, up to
``retries`` more times in the pass, and at the next pass after that, until ``max_attempts`` attempts
in all (then it is ``gave_up``). Every attempt is a row of ``deliveries`` (when, the status or the
error, how long), written after the answer: a process killed between the answer and the row sends
that alert once more after a restart (at least once, never lost; the alert id tells the repeat).

In a server, :class:`Sender` runs the passes in a background thread, woken after each evaluation
and every ``retry_interval`` seconds.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import hmac
import json
import threading
import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import Any

import httpx

from ..store.db import Store
from .config import DeliverySettings, Webhook
from .record import DELIVERED, GAVE_UP, PENDING, RecordedAlert, recorded_alerts

__all__ = ["Deliverer", "DeliveryReport", "Sender", "payload", "signature", "dashboard_link", "Writing"]

#: a context manager factory that serialises writes to the store (the server's write lock)
Writing = Callable[[], AbstractContextManager[object]]


def _now() -> _dt.datetime:
    return _dt.datetime.now(_dt.UTC).replace(tzinfo=None)


def dashboard_link(base_url: str | None, al: RecordedAlert) -> str | None:
    """The dashboard's view of the alert's pair and period under ``base_url`` (None without one)."""
    if not base_url:
        return None
    from urllib.parse import urlencode

    q = urlencode({"a": al.a, "b": al.b, "freq": al.freq, "since": al.period, "until": al.period_end})
    return f"{base_url.rstrip('/')}/#{q}"


def payload(al: RecordedAlert, base_url: str | None = None) -> bytes:
    """The JSON body POSTed for ``al``: ``{"type": "flashpoint.alert", "alert": {...}, "link": ...}``."""
    alert = al.to_dict()
    alert.pop("deliveries", None)
    body = {"type": "flashpoint.alert", "kind": al.kind, "alert": alert, "link": dashboard_link(base_url, al),
            "text": summary(al)}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def summary(al: RecordedAlert) -> str:
    """One line about the alert, for people."""
    z = f", z = {al.z:g}" if al.z is not None else ""
    median = f"{al.baseline_median:g}" if al.baseline_median is not None else "-"
    return (f"{al.a} <-> {al.b}: {al.conflict} conflict events of {al.events} in the {al.freq} of {al.period} "
            f"(baseline median {median}{z})")


def signature(secret: str, body: bytes) -> str:
    """The ``X-Flashpoint-Signature`` value: ``sha256=`` and the hex HMAC-SHA256 of ``body``."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


@dataclass(slots=True)
class DeliveryReport:
    """One pass: alerts ``delivered``, attempts that ``failed``, alerts ``gave_up`` on, still ``pending``."""

    delivered: int = 0
    failed: int = 0
    gave_up: int = 0
    pending: int = 0


class Deliverer:
    """Sends ``store``'s pending alerts to ``webhooks``. ``writing``: taken around each write (the
    server's write lock; the store's connection must be this object's own). ``base_url``: where the
    dashboard is, for the links. ``stop``: set it to end a pass soon. ``transport``: an httpx
    transport (tests)."""

    def __init__(self, store: Store, webhooks: Sequence[Webhook], settings: DeliverySettings | None = None, *,
                 writing: Writing | None = None, base_url: str | None = None, stop: threading.Event | None = None,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.store = store
        self.webhooks = {h.url: h for h in webhooks}
        self.settings = settings or DeliverySettings()
        self.base_url = base_url
        self.stop = stop or threading.Event()
        self._writing = writing or nullcontext
        self._client = httpx.Client(timeout=self.settings.timeout, transport=transport, follow_redirects=False,
                                    headers={"User-Agent": self.settings.user_agent,
                                             "Content-Type": "application/json"})

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Deliverer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _pending(self) -> list[tuple[str, str, int]]:
        if not self.webhooks:
            return []
        return [(str(a), str(t), int(n)) for a, t, n in self.store.rows(
            """SELECT alert_id, target, attempts FROM alert_outbox
               WHERE state = ? AND target IN (SELECT unnest(CAST(? AS VARCHAR[])))
               ORDER BY queued_at, alert_id, target""", [PENDING, list(self.webhooks)])]

    def deliver_pending(self, budget: float | None = None) -> DeliveryReport:
        """Send every pending alert once (with the pass's retries) within ``budget`` seconds (default
        the settings'); what is left stays pending."""
        report = DeliveryReport()
        deadline = time.monotonic() + (self.settings.budget if budget is None else budget)
        todo = self._pending()
        alerts = {al.alert_id: al for al in recorded_alerts(self.store, limit=None, ids=sorted({a for a, _, _ in todo}))} \
            if todo else {}
        for aid, target, attempts in todo:
            al = alerts.get(aid)
            if al is None:
                continue
            if self.stop.is_set() or time.monotonic() >= deadline:
                report.pending += 1
                continue
            state = self._send(al, self.webhooks[target], attempts, deadline, report)
            if state == DELIVERED:
                report.delivered += 1
            elif state == GAVE_UP:
                report.gave_up += 1
            else:
                report.pending += 1
        return report

    def _send(self, al: RecordedAlert, hook: Webhook, attempts: int, deadline: float, report: DeliveryReport) -> str:
        s = self.settings
        body = payload(al, self.base_url)
        wait = s.backoff
        for i in range(s.retries + 1):
            attempts += 1
            ok, status, error, seconds = self._post(hook, al.alert_id, attempts, body, deadline)
            state = DELIVERED if ok else GAVE_UP if attempts >= s.max_attempts else PENDING
            self._log(al.alert_id, hook.url, attempts, ok, status, error, seconds, state)
            if ok or state == GAVE_UP:
                return state
            report.failed += 1
            if i == s.retries or time.monotonic() + wait >= deadline or self.stop.wait(wait):
                break
            wait = min(wait * 2, s.max_backoff)
        return PENDING

    def _post(self, hook: Webhook, aid: str, attempt: int, body: bytes,
              deadline: float) -> tuple[bool, int | None, str | None, float]:
        headers = {"X-Flashpoint-Alert": aid, "X-Flashpoint-Delivery": f"{aid}-{attempt}"}
        if hook.secret:
            headers["X-Flashpoint-Signature"] = signature(hook.secret, body)
        timeout = max(0.1, min(self.settings.timeout, deadline - time.monotonic()))
        start = time.monotonic()
        try:
            resp = self._client.post(hook.url, content=body, headers=headers, timeout=timeout)
        except httpx.HTTPError as exc:
            return False, None, f"{type(exc).__name__}: {exc}"[:500], time.monotonic() - start
        seconds = time.monotonic() - start
        if 200 <= resp.status_code < 300:
            return True, resp.status_code, None, seconds
        return False, resp.status_code, f"HTTP {resp.status_code}", seconds

    def _log(self, aid: str, target: str, attempt: int, ok: bool, status: int | None, error: str | None,
             seconds: float, state: str) -> None:
        now = _now()
        with self._writing(), self.store.transaction():
            self.store.run("INSERT INTO deliveries VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           [aid, target, attempt, now, ok, status, error, round(seconds, 4)])
            self.store.run("""UPDATE alert_outbox SET attempts = ?, last_attempt = ?, state = ?,
                              delivered_at = CASE WHEN ? THEN CAST(? AS TIMESTAMP) ELSE delivered_at END
                              WHERE alert_id = ? AND target = ?""", [attempt, now, state, ok, now, aid, target])


class Sender:
    """A :class:`Deliverer` in a background thread: a pass when :meth:`wake` is called and every
    ``retry_interval`` seconds, until :meth:`close`."""

    def __init__(self, deliverer: Deliverer, on_error: Callable[[BaseException], None] | None = None) -> None:
        self.deliverer = deliverer
        self._wake = threading.Event()
        self._on_error = on_error
        self._thread = threading.Thread(target=self._loop, name="flashpoint-alerts", daemon=True)
        self.passes = 0

    def start(self) -> Sender:
        self._thread.start()
        return self

    def wake(self) -> None:
        self._wake.set()

    def _loop(self) -> None:
        d = self.deliverer
        while not d.stop.is_set():
            try:
                d.deliver_pending()
            except Exception as exc:  # noqa: BLE001 - a failed pass is reported; the next one tries again
                if self._on_error is not None:
                    self._on_error(exc)
            self.passes += 1
            self._wake.wait(d.settings.retry_interval)
            self._wake.clear()

    def close(self, timeout: float = 30.0) -> None:
        self.deliverer.stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)
        self.deliverer.close()


def outbox(store: Store) -> list[dict[str, Any]]:
    """Every outbox row (for status displays and tests)."""
    return [{"alert_id": r[0], "target": r[1], "state": r[2], "attempts": int(r[3])}
            for r in store.rows("SELECT alert_id, target, state, attempts FROM alert_outbox ORDER BY queued_at, "
                                "alert_id, target")]
