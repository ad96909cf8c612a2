"""time stage: resolve when each event happened from temporal expressions."""

from flashpoint.time.dates import ResolvedDate, event_date
from flashpoint.time.expressions import resolve_date, resolve_expression

__all__ = ["ResolvedDate", "event_date", "resolve_date", "resolve_expression"]
