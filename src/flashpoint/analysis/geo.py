"""Where events happened: the places of the events matching a filter, with counts, for maps."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from ..errors import ValidationError
from ..store import EventFilter, Store
from .filters import pair_where

__all__ = ["Place", "event_places"]


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str | None
    lat: float
    lon: float
    feature: str | None
    events: int
    cooperation: int
    conflict: int
    goldstein_mean: float | None
    first_date: str | None
    last_date: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def event_places(store: Store, f: EventFilter | None = None, *, pair: tuple[str, str] | None = None,
                 top: int = 300) -> list[Place]:
    """The ``top`` places (with coordinates) of the events matching ``f`` and ``pair``, most events first."""
    if top < 1:
        raise ValidationError("top", f"must be at least 1, not {top}")
    params: list[Any] = []
    clause = pair_where(f or EventFilter(), pair, params)
    rows = store.rows(f"""
        SELECT location_name, location_country, location_lat, location_lon, any_value(location_feature), count(*),
               count(*) FILTER (quad_class IN (1, 2)), count(*) FILTER (quad_class IN (3, 4)), avg(goldstein),
               min(date), max(date)
        FROM events WHERE location_lat IS NOT NULL AND location_lon IS NOT NULL AND {clause}
        GROUP BY location_name, location_country, location_lat, location_lon
        ORDER BY count(*) DESC, location_name LIMIT ?""", [*params, top])
    return [Place(name=str(r[0] or ""), country=r[1], lat=float(r[2]), lon=float(r[3]), feature=r[4], events=int(r[5]),
                  cooperation=int(r[6]), conflict=int(r[7]), goldstein_mean=round(float(r[8]), 3) if r[8] is not None
                  else None, first_date=r[9].isoformat() if r[9] else None,
                  last_date=r[10].isoformat() if r[10] else None) for r in rows]
