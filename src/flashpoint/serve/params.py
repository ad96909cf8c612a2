"""Query parameters shared by the endpoints, declared once (FastAPI validates types and ranges;
these helpers check what a type cannot: real dates, ``since`` before ``until``, actor pairs)."""

from __future__ import annotations

import datetime as _dt
from typing import Annotated, Literal

from fastapi import Query

from ..store import EventFilter
from .errors import ApiError

__all__ = ["Actor", "Pair", "Day", "Cameo", "Quad", "GroupBy", "ExcludeFlagged", "Place", "Search", "event_filter",
           "pair_of", "dates", "actor_value"]

Actor = Annotated[str | None, Query(description="actor on either side: code prefix (SRB, SRBGOV), ISO country "
                                                "(XKX; KSV/KOS accepted), organisation (EU), group (XKX:Serb), "
                                                "a name (Serbia, Kosovo Serbs) or a named actor group",
                                    max_length=64)]
GroupBy = Annotated[Literal["actor", "country", "sector", "group"],
                    Query(description="actor key: organisation else country (actor), country, country and sector, "
                                      "or ethnic/sub-state group (XKX:Serb)")]
Pair = Annotated[str | None, Query(description="SOURCE,TARGET (e.g. SRB,XKX)", max_length=130)]
Day = Annotated[str | None, Query(description="YYYY-MM-DD (inclusive)", max_length=10)]
Cameo = Annotated[str | None, Query(description="CAMEO code prefix (17 = all coercion)", pattern=r"^\d{1,4}$")]
Quad = Annotated[int | None, Query(description="QuadClass 1-4", ge=1, le=4)]
Place = Annotated[str | None, Query(description="only events at this place (as /api/places names it)",
                                    max_length=200)]
Search = Annotated[str | None, Query(description="text search: events whose actor names or codes, CAMEO code or "
                                                 "name, trigger, place name or sentences hold every word (or "
                                                 "\"quoted phrase\"), ignoring case", max_length=200)]
ExcludeFlagged = Annotated[bool, Query(description="leave out the events flagged as wrong")]
MinConfidence = Annotated[float | None, Query(description="only events at least this confident (0-1)", ge=0, le=1)]


def pair_of(value: str | None, field: str) -> tuple[str, str] | None:
    """``("SRB", "XKX")`` from ``"SRB,XKX"``; 400 naming ``field`` when it is not two actor values."""
    if value is None:
        return None
    parts = [p.strip() for p in value.split(",")]
    if len(parts) != 2 or not all(parts):
        raise ApiError(400, f"{field}: expected SOURCE,TARGET (e.g. SRB,XKX), got {value!r}", field)
    for p in parts:
        actor_value(p, field)
    return parts[0], parts[1]


def actor_value(value: str, field: str) -> str:
    """A non-empty actor value (stripped); 400 naming ``field`` otherwise."""
    if not value.strip() or len(value) > 64 or "," in value:
        raise ApiError(400, f"{field}: not an actor value: {value!r}", field)
    return value.strip()


def _day(value: str | None, field: str) -> str | None:
    if value is None or value == "":
        return None
    try:
        return _dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ApiError(400, f"{field}: not a date (YYYY-MM-DD): {value!r}", field) from None


def dates(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """Checked ``since`` and ``until``; 400 when either is not a date or ``since`` is after ``until``."""
    s, u = _day(since, "since"), _day(until, "until")
    if s and u and s > u:
        raise ApiError(400, f"until: {u} is before since {s}", "until")
    return s, u


def event_filter(actor: str | None = None, dyad: str | None = None, since: str | None = None,
                 until: str | None = None, cameo: str | None = None, quad: int | None = None,
                 min_confidence: float | None = None, exclude_flagged: bool = False,
                 place: str | None = None, text: str | None = None) -> EventFilter:
    """The store's filter from query parameters (every value travels to SQL as a parameter)."""
    s, u = dates(since, until)
    return EventFilter(actor=actor_value(actor, "actor") if actor is not None else None, dyad=pair_of(dyad, "dyad"),
                       since=s, until=u, cameo=cameo, quad=quad, min_confidence=min_confidence,
                       exclude_flagged=exclude_flagged, place=place or None, text=text or None)
