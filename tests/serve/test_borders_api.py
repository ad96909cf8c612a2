"""The country borders: the packaged data (flashpoint/data/geo/borders.json) and GET /api/borders."""

from __future__ import annotations

import json
from importlib import resources

import pytest
import yaml
from test_headers_and_index import assert_secured
from test_http_api import error


def rings(ring: list[int], precision: float) -> list[tuple[float, float]]:
    out, x, y = [], 0, 0
    for i in range(0, len(ring), 2):
        x += ring[i]
        y += ring[i + 1]
        out.append((x * precision, y * precision))
    return out


def inside(lon: float, lat: float, polygon: list[list[tuple[float, float]]]) -> bool:
    hit = False
    for ring in polygon:
        for i in range(len(ring)):
            (x0, y0), (x1, y1) = ring[i - 1], ring[i]
            if (y0 > lat) != (y1 > lat) and lon < x0 + (lat - y0) * (x1 - x0) / (y1 - y0):
                hit = not hit
    return hit


@pytest.fixture(scope="module")
def data() -> dict:
    path = resources.files("flashpoint") / "data" / "geo" / "borders.json"
    return json.loads(path.read_text(encoding="utf-8"))


def test_the_packaged_borders(data):
    assert data["version"] == 1 and data["precision"] == 0.01
    assert "Natural Earth" in data["source"] and "public domain" in data["licence"]
    countries = data["countries"]
    assert {"SRB", "XKX", "ALB", "MKD", "MNE", "BIH", "SOM", "CYP", "RUS", "FJI"} <= set(countries)
    assert countries["XKX"]["name"] == "Kosovo" and countries["MKD"]["name"] == "North Macedonia"
    lexicon = yaml.safe_load((resources.files("flashpoint") / "data" / "actors" / "countries.yml").read_text("utf-8"))
    assert set(lexicon["countries"]) - set(countries) <= {"TUV"}  # every country the actor lexicon knows but Tuvalu
    for code, c in countries.items():
        assert len(code) == 3 and code.isupper() and c["name"]
        w, s, e, n = c["bbox"]
        assert -180 <= w <= e <= 180 and -90 <= s <= n <= 90
        for polygon in c["polygons"]:
            for ring in polygon:
                points = rings(ring, data["precision"])
                assert len(points) >= 3
                assert all(w - 1e-9 <= x <= e + 1e-9 and s - 1e-9 <= y <= n + 1e-9 for x, y in points), code
                # no step across the antimeridian (a ring is drawn as it is, on an equirectangular map);
                # Antarctica's outline closes along the South Pole
                assert all(abs(a[0] - b[0]) < 180 or abs(a[1]) == abs(b[1]) == 90
                           for a, b in zip(points, points[1:] + points[:1], strict=True)), code
    for code in ("SRB", "XKX", "HRV", "ITA", "NOR", "RUS", "FJI", "MKD"):  # Croatia's middle is in Bosnia
        c = countries[code]
        outline = [rings(r, data["precision"]) for r in c["polygons"][0]]
        assert inside(*c["label"], outline), code


def test_borders_of_a_view(client, data):
    r = client.get("/api/borders", params={"bbox": "18,41,23,47"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    assert r.headers["cache-control"] == "no-cache" and r.headers["etag"].startswith('"')
    assert_secured(r)
    doc = r.json()
    assert doc["precision"] == 0.01 and "Natural Earth" in doc["source"]
    assert {"SRB", "XKX", "ALB", "MKD", "MNE", "BIH", "HRV", "HUN", "ROU", "BGR"} <= set(doc["countries"])
    assert not {"FRA", "RUS", "USA", "ESP"} & set(doc["countries"])
    assert doc["countries"]["SRB"] == data["countries"]["SRB"]  # a country wholly in view comes whole
    # Croatia's islands far from the box are left out, its bounding box stays the whole country's
    hrv = doc["countries"]["HRV"]
    assert 1 <= len(hrv["polygons"]) < len(data["countries"]["HRV"]["polygons"])
    assert hrv["bbox"] == data["countries"]["HRV"]["bbox"]


def test_borders_by_code_and_all_of_them(client, data):
    doc = client.get("/api/borders", params={"countries": "xkx, SRB,SRB,ZZZ"}).json()
    assert sorted(doc["countries"]) == ["SRB", "XKX"]  # upper-cased, once each, unknown codes left out
    assert doc["countries"]["XKX"] == data["countries"]["XKX"]
    both = client.get("/api/borders", params={"countries": "RUS,SRB", "bbox": "18,41,23,47"}).json()
    assert sorted(both["countries"]) == ["SRB"]  # Russia has no polygon in the box
    assert client.get("/api/borders").json()["countries"].keys() == data["countries"].keys()


def test_an_unchanged_answer_is_not_sent_again(client):
    first = client.get("/api/borders", params={"bbox": "19,41,22,44"})
    etag = first.headers["etag"]
    again = client.get("/api/borders", params={"bbox": "19,41,22,44"}, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag
    assert_secured(again)
    other = client.get("/api/borders", params={"bbox": "0,0,1,1"}, headers={"If-None-Match": etag})
    assert other.status_code == 200 and other.headers["etag"] != etag


@pytest.mark.parametrize(("params", "field"), [
    ({"bbox": "18,41,23"}, "bbox"),
    ({"bbox": "a,b,c,d"}, "bbox"),
    ({"bbox": "23,41,18,47"}, "bbox"),  # west after east
    ({"bbox": "18,41,23,nan"}, "bbox"),
    ({"bbox": "18,41,23,1e9"}, "bbox"),
    ({"countries": "SRB,XK1"}, "countries"),
    ({"countries": "SERBIA"}, "countries"),
])
def test_bad_borders_parameters(client, params, field):
    error(client.get("/api/borders", params=params), 400, "invalid_parameter", field)
