"""Country borders for the dashboard's map: ``flashpoint/data/geo/borders.json`` (Natural Earth 1:50m,
built by ``tools/make_borders.py``; its README describes the format), and the part of it a map's view
needs (:meth:`Borders.select`, ``GET /api/borders``)."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["Borders", "load_borders", "borders_json", "parse_bbox", "parse_countries"]

Box = tuple[float, float, float, float]  # west, south, east, north (degrees)


@dataclass(frozen=True, slots=True)
class _Country:
    code: str
    meta: dict[str, Any]  # name, bbox, label
    polygons: tuple[tuple[Box, list[list[int]]], ...]  # each polygon with its bounding box


def _polygon_box(outline: list[int], precision: float) -> Box:
    x = y = 0
    xs, ys = [], []
    for i in range(0, len(outline), 2):
        x += outline[i]
        y += outline[i + 1]
        xs.append(x)
        ys.append(y)
    return min(xs) * precision, min(ys) * precision, max(xs) * precision, max(ys) * precision


class Borders:
    """The borders document, with each polygon's bounding box."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.head: dict[str, Any] = {k: doc[k] for k in ("version", "source", "licence", "precision") if k in doc}
        precision = float(doc["precision"])
        self.countries: dict[str, _Country] = {}
        for code, c in doc["countries"].items():
            polygons = tuple((_polygon_box(p[0], precision), p) for p in c["polygons"])
            meta = {k: v for k, v in c.items() if k != "polygons"}
            self.countries[code] = _Country(code, meta, polygons)

    def select(self, box: Box | None = None, countries: tuple[str, ...] | None = None) -> dict[str, Any]:
        """The document with only ``countries`` (alpha-3 codes; unknown ones are left out) and, with
        ``box``, only the polygons whose bounding box meets it (countries with none are left out)."""
        out: dict[str, Any] = {}
        codes = sorted(self.countries) if countries is None else sorted(set(countries) & set(self.countries))
        for code in codes:
            c = self.countries[code]
            polygons = [p for b, p in c.polygons if box is None or _meets(b, box)]
            if polygons:
                out[code] = {**c.meta, "polygons": polygons}
        return {**self.head, "countries": out}


def _meets(a: Box, b: Box) -> bool:
    return a[0] <= b[2] and a[2] >= b[0] and a[1] <= b[3] and a[3] >= b[1]


@lru_cache(maxsize=1)
def load_borders() -> Borders:
    """The packaged borders (read once)."""
    path = resources.files("flashpoint") / "data" / "geo" / "borders.json"
    return Borders(json.loads(path.read_text(encoding="utf-8")))


@lru_cache(maxsize=64)
def borders_json(box: Box | None = None, countries: tuple[str, ...] | None = None) -> bytes:
    """:meth:`Borders.select` of the packaged borders as compact JSON (UTF-8), remembered for the last
    64 selections."""
    return json.dumps(load_borders().select(box, countries), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def parse_bbox(value: str) -> Box:
    """``(west, south, east, north)`` from ``"west,south,east,north"`` in degrees; ValueError with the
    reason when it is not four finite numbers within ±360 with west ≤ east and south ≤ north."""
    parts = value.split(",")
    if len(parts) != 4:
        raise ValueError(f"expected west,south,east,north in degrees (e.g. 18,40,24,47), got {value!r}")
    try:
        w, s, e, n = (float(p) for p in parts)
    except ValueError:
        raise ValueError(f"not four numbers: {value!r}") from None
    if not all(math.isfinite(v) and abs(v) <= 360 for v in (w, s, e, n)):
        raise ValueError(f"degrees must be finite numbers within ±360: {value!r}")
    if w > e or s > n:
        raise ValueError(f"west must not exceed east, nor south north: {value!r}")
    return w, s, e, n


def parse_countries(value: str, limit: int = 300) -> tuple[str, ...]:
    """Alpha-3 codes (upper-cased, sorted, without repeats) from ``"SRB,XKX"``; ValueError when one is
    not three letters or there are more than ``limit``."""
    codes = sorted({c.strip().upper() for c in value.split(",") if c.strip()})
    bad = [c for c in codes if len(c) != 3 or not c.isascii() or not c.isalpha()]
    if bad:
        raise ValueError(f"not an ISO 3166-1 alpha-3 code: {bad[0]!r}")
    if len(codes) > limit:
        raise ValueError(f"at most {limit} codes, not {len(codes)}")
    return tuple(codes)
