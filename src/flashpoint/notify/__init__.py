"""Alerts that reach people: escalations recorded once when they open, sent to webhooks, and an Atom feed.

:func:`open_alerts` evaluates the configured rules (:mod:`.config`: ``[[alert]]`` and ``[[webhook]]``
tables) on a store after an ingest batch and records each new alert once (table ``alerts``, schema
v6), queued for every webhook; :class:`Deliverer` sends the queue (JSON POST, HMAC signature, retries
with backoff, each attempt logged in ``deliveries``); :func:`alerts_atom` renders the recorded alerts
as an Atom feed (``/alerts.atom`` of ``flashpoint serve``). :func:`evaluate_and_send` is the step a
command runs after a batch.

The names below are loaded on first use (the HTTP client only when something is sent).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .atom import alerts_atom
    from .config import AlertRule, AlertsConfig, DeliverySettings, Webhook, load_alerts, parse_alerts
    from .deliver import Deliverer, DeliveryReport, Sender
    from .record import EvaluationReport, RecordedAlert, open_alerts, recorded_alerts
    from .step import evaluate_and_send

_WHERE = {
    "alerts_atom": "atom",
    "AlertRule": "config", "AlertsConfig": "config", "DeliverySettings": "config", "Webhook": "config",
    "load_alerts": "config", "parse_alerts": "config",
    "Deliverer": "deliver", "DeliveryReport": "deliver", "Sender": "deliver",
    "EvaluationReport": "record", "RecordedAlert": "record", "open_alerts": "record", "recorded_alerts": "record",
    "evaluate_and_send": "step",
}

__all__ = ["AlertRule", "AlertsConfig", "Deliverer", "DeliveryReport", "DeliverySettings", "EvaluationReport",
           "RecordedAlert", "Sender", "Webhook", "alerts_atom", "evaluate_and_send", "load_alerts", "open_alerts",
           "parse_alerts", "recorded_alerts"]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)
