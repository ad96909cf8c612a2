"""Event filters beyond :class:`~flashpoint.store.EventFilter`: an unordered actor pair.

``pair=(A, B)`` means the events of the dyad A→B or of B→A (the same actor matching as
``flashpoint events --dyad``). Everything is built from the store's parameterised WHERE clause.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import replace
from typing import Any

from ..errors import ValidationError
from ..store import EventFilter, where

__all__ = ["pair_filters", "pair_where", "jsonable"]


def pair_filters(f: EventFilter, pair: tuple[str, str] | None) -> list[EventFilter]:
    """The filters whose union is ``f`` restricted to ``pair`` (one when there is no pair or A == B)."""
    if pair is None:
        return [f]
    if f.dyad is not None:
        raise ValidationError("pair", "cannot be combined with dyad")
    a, b = pair
    out = [replace(f, dyad=(a, b))]
    if a != b:
        out.append(replace(f, dyad=(b, a)))
    return out


def pair_where(f: EventFilter, pair: tuple[str, str] | None, params: list[Any]) -> str:
    """The WHERE clause (``?`` placeholders, values appended to ``params``) for ``f`` and ``pair``."""
    clauses = [where(x, params) for x in pair_filters(f, pair)]
    return clauses[0] if len(clauses) == 1 else "(" + " OR ".join(f"({c})" for c in clauses) + ")"


def jsonable(v: Any) -> Any:
    """Dates as YYYY-MM-DD strings; everything else unchanged."""
    return v.isoformat() if isinstance(v, (_dt.date, _dt.datetime)) else v
