"""The alerts configuration: which escalations to record and where to send them (TOML).

.. code-block:: toml

    [[alert]]                       # one rule; without any [[alert]] (but a [[webhook]]): every pair
    name = "Serbia-Kosovo"          # optional, shown with its alerts
    dyad = ["SRB", "XKX"]           # the pair, both directions (matched as `flashpoint events --dyad`)
    # actor = "SRB"                 # or: every pair with this actor key (country or organisation)
    freq = "week"                   # day, week, month (default), quarter, year
    window = 6                      # baseline periods (default 6)
    threshold = 3.0                 # robust z to alert at (default 3)
    min_count = 3                   # fewest conflict events in an alerting period (default 3)
    recent = 2                      # only the latest N periods of the store's data open alerts (default 2)

    [[webhook]]
    url = "https://hooks.example.org/flashpoint"
    secret = "s3cret"               # optional: signs each body (X-Flashpoint-Signature: sha256=HMAC)

The tables can live in the sources file of ``flashpoint watch`` (beside its ``[[source]]`` tables) or
in a file of their own. An alert is what ``flashpoint alerts`` calls one
(:func:`~flashpoint.analysis.alerts.escalation_alerts`), for the rule's scope and parameters. Every
mistake is an :class:`~flashpoint.errors.AlertsError` naming the file and the line of its table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .. import tomlfile
from .._version import __version__
from ..analysis.periods import FREQS
from ..errors import AlertsError, ValidationError

__all__ = ["AlertRule", "Webhook", "AlertsConfig", "DeliverySettings", "load_alerts", "parse_alerts",
           "NO_ALERTS", "USER_AGENT"]

USER_AGENT = f"flashpoint/{__version__} (alert webhooks; python-httpx)"
_RULE_KEYS = {"name", "dyad", "actor", "freq", "window", "threshold", "min_count", "recent"}
_HOOK_KEYS = {"url", "secret", "name"}
_TOP_KEYS = {"alert", "webhook", "source"}  # [[source]] tables belong to flashpoint watch
_ACTOR = re.compile(r"^[A-Za-z0-9_-]{2,32}$")


@dataclass(frozen=True, slots=True)
class AlertRule:
    """One scope to watch for escalations, with the parameters of ``flashpoint alerts``. ``dyad``: a
    pair (both directions); ``actor``: every pair with this actor key; neither: every pair.
    ``recent``: only alerts in the latest ``recent`` periods of the store's data (the period of its
    latest event, not after today, and the ones before) open; older ones are history."""

    name: str | None = None
    dyad: tuple[str, str] | None = None
    actor: str | None = None
    freq: str = "month"
    window: int = 6
    threshold: float = 3.0
    min_count: int = 3
    recent: int = 2
    line: int | None = field(default=None, compare=False)

    @property
    def scope(self) -> str:
        """``dyad:A,B``, ``actor:A`` or ``all``: part of each alert's identity."""
        if self.dyad is not None:
            return f"dyad:{self.dyad[0]},{self.dyad[1]}"
        if self.actor is not None:
            return f"actor:{self.actor}"
        return "all"


@dataclass(frozen=True, slots=True)
class Webhook:
    """Where alerts are POSTed as JSON; ``secret`` signs each body (HMAC-SHA256)."""

    url: str
    secret: str | None = field(default=None, repr=False)
    name: str | None = None
    line: int | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class AlertsConfig:
    """The rules and webhooks of one file (``path``)."""

    rules: tuple[AlertRule, ...] = ()
    webhooks: tuple[Webhook, ...] = ()
    path: str | None = None

    @property
    def active(self) -> bool:
        """Whether alerts are evaluated at all (some rule is configured)."""
        return bool(self.rules)


NO_ALERTS = AlertsConfig()


@dataclass(frozen=True, slots=True)
class DeliverySettings:
    """How alerts are sent to webhooks.

    timeout: seconds for one POST, connection to answer.
    retries: further tries in one delivery pass after a failure (a transport error or a status that
        is not 2xx), waiting ``backoff`` seconds doubled each time (at most ``max_backoff``).
    max_attempts: attempts in all (over every pass) before an alert is given up for a webhook.
    budget: seconds one delivery pass may take at most (what is left waits for the next pass), so
        that sending never holds up an ingest for long.
    retry_interval: seconds between passes of the server's background sender when nothing wakes it.
    """

    timeout: float = 10.0
    retries: int = 2
    backoff: float = 1.0
    max_backoff: float = 30.0
    max_attempts: int = 12
    budget: float = 30.0
    retry_interval: float = 60.0
    user_agent: str = USER_AGENT

    def __post_init__(self) -> None:
        for name in ("timeout", "budget", "retry_interval"):
            if not getattr(self, name) > 0:
                raise ValidationError(name, "must be more than 0")
        for name in ("retries", "backoff", "max_backoff"):
            if getattr(self, name) < 0:
                raise ValidationError(name, "must be 0 or more")
        if self.max_attempts < 1:
            raise ValidationError("max_attempts", "must be at least 1")


def load_alerts(path: str) -> AlertsConfig:
    """The ``[[alert]]`` and ``[[webhook]]`` tables of the TOML file at ``path`` (none: :data:`NO_ALERTS`
    with the path)."""
    return parse_alerts(tomlfile.read_text(path, AlertsError), path)


def parse_alerts(text: str, path: str = "<alerts>") -> AlertsConfig:
    """The alerts configuration of a TOML document ``text`` (``path`` names it in errors)."""
    doc = tomlfile.parse(text, path, AlertsError)
    extra = sorted(set(doc) - _TOP_KEYS)
    if extra:
        raise AlertsError(f"unknown top-level key(s) {', '.join(map(repr, extra))}: alerts are [[alert]] and "
                          "[[webhook]] tables", path)
    rules = tomlfile.array_tables(doc, "alert", text, path, AlertsError)
    hooks = tomlfile.array_tables(doc, "webhook", text, path, AlertsError)
    parsed_rules = [_rule(t, i + 1, path, line) for i, (t, line) in enumerate(rules)]
    parsed_hooks = [_webhook(t, i + 1, path, line) for i, (t, line) in enumerate(hooks)]
    seen: dict[str, int] = {}
    for i, r in enumerate(parsed_rules):
        key = f"{r.scope}|{r.freq}"
        if key in seen:
            raise AlertsError(f"alert {i + 1}: the same scope and freq as alert {seen[key]}", path, r.line)
        seen[key] = i + 1
    urls: set[str] = set()
    for i, h in enumerate(parsed_hooks):
        if h.url in urls:
            raise AlertsError(f"webhook {i + 1}: {h.url} is listed twice", path, h.line)
        urls.add(h.url)
    if parsed_hooks and not parsed_rules:
        parsed_rules = [AlertRule()]  # webhooks alone: every pair, with the defaults of flashpoint alerts
    return AlertsConfig(tuple(parsed_rules), tuple(parsed_hooks), path)


def _actor(value: Any, what: str, bad: Any) -> str:
    if not isinstance(value, str) or not _ACTOR.match(value.strip()):
        raise bad(f"'{what}' must be an actor code such as \"SRB\", not {value!r}")
    return value.strip()


def _rule(t: dict[str, Any], number: int, path: str, line: int | None) -> AlertRule:
    def bad(msg: str) -> AlertsError:
        return AlertsError(f"alert {number}: {msg}", path, line)

    tomlfile.check_keys(t, _RULE_KEYS, bad)
    dyad = t.get("dyad")
    if dyad is not None:
        if isinstance(dyad, str):
            dyad = [x.strip() for x in dyad.split(",")]
        if not isinstance(dyad, list) or len(dyad) != 2:
            raise bad("'dyad' must be two actor codes, e.g. [\"SRB\", \"XKX\"]")
        dyad = (_actor(dyad[0], "dyad", bad), _actor(dyad[1], "dyad", bad))
    actor = _actor(t["actor"], "actor", bad) if "actor" in t else None
    if dyad is not None and actor is not None:
        raise bad("give 'dyad' or 'actor', not both")
    name = t.get("name")
    if name is not None and (not isinstance(name, str) or not name.strip()):
        raise bad("'name' must be a non-empty string")
    freq = t.get("freq", "month")
    if freq not in FREQS:
        raise bad(f"'freq' must be one of {', '.join(FREQS)}, not {freq!r}")

    def integer(key: str, default: int, least: int) -> int:
        v = t.get(key, default)
        if isinstance(v, bool) or not isinstance(v, int) or v < least:
            raise bad(f"'{key}' must be a whole number of at least {least}, not {v!r}")
        return v

    threshold = t.get("threshold", 3.0)
    if isinstance(threshold, bool) or not isinstance(threshold, int | float) or not threshold > 0:
        raise bad(f"'threshold' must be a number above 0, not {threshold!r}")
    return AlertRule(name=name.strip() if name else None, dyad=dyad, actor=actor, freq=freq,
                     window=integer("window", 6, 2), threshold=float(threshold),
                     min_count=integer("min_count", 3, 1), recent=integer("recent", 2, 1), line=line)


def _webhook(t: dict[str, Any], number: int, path: str, line: int | None) -> Webhook:
    def bad(msg: str) -> AlertsError:
        return AlertsError(f"webhook {number}: {msg}", path, line)

    tomlfile.check_keys(t, _HOOK_KEYS, bad)
    url, _ = tomlfile.http_address(t.get("url"), bad)
    secret = t.get("secret")
    if secret is not None and (not isinstance(secret, str) or not secret):
        raise bad("'secret' must be a non-empty string")
    name = t.get("name")
    if name is not None and (not isinstance(name, str) or not name.strip()):
        raise bad("'name' must be a non-empty string")
    return Webhook(url=url, secret=secret, name=name.strip() if name else None, line=line)
