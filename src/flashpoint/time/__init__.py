"""time stage: resolve when each event happened from temporal expressions."""

from flashpoint.time.dates import ResolvedDate, event_date
from flashpoint.time.expressions import resolve_date, resolve_expression
from flashpoint.time.spans import SentenceCandidates

__all__ = ["ResolvedDate", "SentenceCandidates", "event_date", "resolve_date", "resolve_expression"]
