"""The step a command runs after an ingest batch: open new alerts, then send what is pending, in bounded time.

``flashpoint ingest`` and ``flashpoint watch`` run it in their own process and thread (the sending
bounded by ``DeliverySettings.budget``); the server evaluates under its write lock and sends from a
background :class:`~flashpoint.notify.deliver.Sender` instead.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

import httpx

from ..store.db import Store
from .config import AlertsConfig, DeliverySettings
from .deliver import Deliverer, DeliveryReport
from .record import EvaluationReport, open_alerts

__all__ = ["AlertStep", "StepReport", "evaluate_and_send"]


@dataclass(slots=True)
class StepReport:
    evaluation: EvaluationReport = field(default_factory=EvaluationReport)
    delivery: DeliveryReport = field(default_factory=DeliveryReport)


class AlertStep:
    """Evaluate ``config`` on ``store`` and send, each time it is called (one HTTP client for all)."""

    def __init__(self, store: Store, config: AlertsConfig, settings: DeliverySettings | None = None, *,
                 base_url: str | None = None, transport: httpx.BaseTransport | None = None) -> None:
        self.store = store
        self.config = config
        self.settings = settings or DeliverySettings()
        self._deliverer = Deliverer(store, config.webhooks, self.settings, base_url=base_url, transport=transport) \
            if config.webhooks else None

    def __call__(self, *, today: _dt.date | None = None) -> StepReport:
        report = StepReport(open_alerts(self.store, self.config, today=today))
        if self._deliverer is not None:
            report.delivery = self._deliverer.deliver_pending()
        return report

    def close(self) -> None:
        if self._deliverer is not None:
            self._deliverer.close()

    def __enter__(self) -> AlertStep:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def evaluate_and_send(store: Store, config: AlertsConfig, settings: DeliverySettings | None = None, *,
                      base_url: str | None = None, today: _dt.date | None = None,
                      transport: httpx.BaseTransport | None = None) -> StepReport:
    """One :class:`AlertStep` call."""
    with AlertStep(store, config, settings, base_url=base_url, transport=transport) as step:
        return step(today=today)
