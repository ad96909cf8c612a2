"""tools/make_borders.py on tiny hand-written topologies: TopoJSON decoding (quantized arcs, reversed
arcs, Polygon and MultiPolygon), codes, simplification, the antimeridian, and the output format."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "tools" / "make_borders.py"


@pytest.fixture(scope="module")
def mb() -> Any:
    spec = importlib.util.spec_from_file_location("make_borders", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_borders"] = module
    spec.loader.exec_module(module)
    return module


# Two squares side by side, 0.5° wide and 0.25° high, sharing their middle edge (arc 0): the left
# one walks it upwards, the right one downwards (~0, arc 0 reversed). Quantized: one unit is 0.5°
# east and 0.25° north, from (10°E, 40°N).
SQUARES: dict[str, Any] = {
    "type": "Topology",
    "transform": {"scale": [0.5, 0.25], "translate": [10, 40]},
    "arcs": [
        [[1, 0], [0, 1]],                    # (1,0) → (1,1): the shared edge
        [[1, 1], [-1, 0], [0, -1], [1, 0]],  # (1,1) → (0,1) → (0,0) → (1,0): the rest of the left square
        [[1, 0], [1, 0], [0, 1], [-1, 0]],   # (1,0) → (2,0) → (2,1) → (1,1): the rest of the right square
    ],
    "objects": {"countries": {"type": "GeometryCollection", "geometries": [
        {"type": "Polygon", "arcs": [[0, 1]], "id": "688", "properties": {"name": "Left"}},
        {"type": "MultiPolygon", "arcs": [[[2, ~0]]], "properties": {"name": "Kosovo"}},
        {"type": "Polygon", "arcs": [[1, 0]], "properties": {"name": "Nowhere"}},  # no id, no code: left out
    ]}},
}


def decoded(ring: list[int], precision: float = 0.01) -> list[tuple[float, float]]:
    out, x, y = [], 0, 0
    for i in range(0, len(ring), 2):
        x += ring[i]
        y += ring[i + 1]
        out.append((round(x * precision, 6), round(y * precision, 6)))
    return out


def test_arcs_are_delta_decoded_and_scaled(mb):
    arcs = mb.decode_arcs(SQUARES)
    assert arcs[0] == [(10.5, 40.0), (10.5, 40.25)]
    assert arcs[1] == [(10.5, 40.25), (10.0, 40.25), (10.0, 40.0), (10.5, 40.0)]
    assert mb.decode_arcs({"arcs": [[[1.5, 2.5], [3, 4]]]}) == [[(1.5, 2.5), (3.0, 4.0)]]  # not quantized


def test_rings_join_arcs_and_a_negative_index_reverses_one(mb):
    arcs = mb.decode_arcs(SQUARES)
    left = mb.ring_of([0, 1], arcs)
    right = mb.ring_of([2, ~0], arcs)
    assert left == [(10.5, 40.0), (10.5, 40.25), (10.0, 40.25), (10.0, 40.0), (10.5, 40.0)]
    assert right == [(10.5, 40.0), (11.0, 40.0), (11.0, 40.25), (10.5, 40.25), (10.5, 40.0)]
    assert mb.polygons_of({"type": "Polygon", "arcs": [[0, 1]]}) == [[[0, 1]]]
    assert mb.polygons_of({"type": "MultiPolygon", "arcs": [[[0, 1]], [[2]]]}) == [[[0, 1]], [[2]]]
    assert mb.polygons_of({"type": "LineString", "arcs": [0]}) == []


def test_the_document_has_both_squares_with_one_shared_edge(mb):
    doc = mb.build(SQUARES, {688: "SRB"}, "test", {"SRB": "Serbia"})
    assert doc["version"] == 1 and doc["precision"] == 0.01 and doc["source"] == "test"
    assert sorted(doc["countries"]) == ["SRB", "XKX"]  # by numeric id; Kosovo by name; "Nowhere" left out
    srb, xkx = doc["countries"]["SRB"], doc["countries"]["XKX"]
    assert srb["name"] == "Serbia" and xkx["name"] == "Kosovo"  # the lexicon's name, else Natural Earth's
    assert srb["bbox"] == [10.0, 40.0, 10.5, 40.25] and xkx["bbox"] == [10.5, 40.0, 11.0, 40.25]
    left = decoded(srb["polygons"][0][0])
    right = decoded(xkx["polygons"][0][0])
    assert left == [(10.5, 40.0), (10.5, 40.25), (10.0, 40.25), (10.0, 40.0)]  # closed implicitly
    assert right == [(10.5, 40.0), (11.0, 40.0), (11.0, 40.25), (10.5, 40.25)]
    assert {(10.5, 40.0), (10.5, 40.25)} <= set(left) & set(right)
    lon, lat = srb["label"]
    assert 10.0 < lon < 10.5 and 40.0 < lat < 40.25


def test_the_output_is_the_same_bytes_every_time(mb):
    text = mb.dumps(mb.build(SQUARES, {688: "SRB"}, "test"))
    assert text == mb.dumps(mb.build(json.loads(json.dumps(SQUARES)), {688: "SRB"}, "test"))
    assert json.loads(text)["countries"]["SRB"]["name"] == "Left"
    assert text.count("\n") == 4  # the head, a line per country, the end


def test_simplify_keeps_the_ends_and_the_corners(mb):
    line = [(0, 0), (1, 0), (2, 1), (3, 0), (4, 0), (10, 0), (10, 10)]
    assert mb.simplify(line, 1.5) == [(0, 0), (10, 0), (10, 10)]
    assert mb.simplify(line, 0.5) == [(0, 0), (2, 1), (3, 0), (10, 0), (10, 10)]
    closed = [(0, 0), (10, 0), (10, 10), (5, 11), (0, 10), (0, 0)]
    out = mb.simplify(closed, 2)
    assert out[0] == out[-1] == (0, 0) and (10, 10) in out and (5, 11) not in out
    assert mb.to_grid([(20.004, 42.006), (20.0049, 42.0061), (-0.006, 0.0)]) == [(2000, 4201), (-1, 0)]


def test_a_ring_across_the_antimeridian_is_cut_in_two(mb):
    # an island from 179°E to 179°W (-179°): the ring steps from +180 to -180
    ring = [(17900, 0), (-17900, 0), (-17900, 100), (17900, 100)]
    parts = mb.split_antimeridian([ring])
    assert len(parts) == 2
    xs = sorted((min(p[0] for p in part[0]), max(p[0] for p in part[0])) for part in parts)
    assert xs == [(-18000, -17900), (17900, 18000)]
    assert mb.split_antimeridian([[(0, 0), (10, 0), (10, 10)]]) == [[[(0, 0), (10, 0), (10, 10)]]]
