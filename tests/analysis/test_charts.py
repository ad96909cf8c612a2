"""Charts: well-formed SVG with a point per period that has events, escaped text, terminal bars."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from flashpoint.analysis.charts import NetworkChart, TimelineChart, terminal_timeline
from flashpoint.analysis.network import Network, Node, actor_network
from flashpoint.analysis.timeline import Timeline, TimelineRow, dyad_timeline_both
from flashpoint.errors import ConfigError

SVG = "{http://www.w3.org/2000/svg}"


def test_timeline_svg_has_points_bars_and_labels(dyad_store):
    tl = dyad_timeline_both(dyad_store, "SRB", "XKX")
    svg = tl.chart().to_svg()
    root = ET.fromstring(svg)
    points = [c for c in root.iter(f"{SVG}circle") if c.get("class") == "point"]
    assert len(points) == sum(1 for r in tl if r.events)  # one per period and direction with events
    assert {p.get("data-period") for p in points} == {"2020-01-01", "2020-03-01"}
    assert sum(1 for _ in root.iter(f"{SVG}rect")) >= 1 + len(points)
    assert "SRB → XKX" in svg and "XKX → SRB" in svg
    assert tl._repr_svg_() == svg and "<svg" in tl.chart()._repr_html_()
    cci_svg = TimelineChart(tl, measure="cci").to_svg()
    assert "conflict-cooperation index" in cci_svg
    with pytest.raises(ConfigError):
        TimelineChart(tl, measure="volume")


def test_text_from_the_data_is_escaped():
    row = TimelineRow("2020-01-01", "<script>x</script>", "B&B", 1, 1, 1, 0, 0, 0, 1.0, 1.0, 1, 0, 1.0)
    tl = Timeline(a="<script>x</script>", b="B&B", freq="month", since=None, until=None, rows=[row])
    svg = tl.chart().to_svg()
    ET.fromstring(svg)  # still well-formed
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "B&amp;B" in svg
    net = Network(since=None, until=None, level="key", nodes=[Node("<img src=x>", 1, 1, 0, None)])
    out = NetworkChart(net).to_svg()
    ET.fromstring(out)
    assert "<img" not in out


def test_network_svg(dyad_store):
    svg = actor_network(dyad_store).chart().to_svg()
    root = ET.fromstring(svg)
    assert len([g for g in root.iter(f"{SVG}g") if g.get("class") == "node"]) == 3
    assert len([p for p in root.iter() if (p.get("class") or "").startswith("edge")]) == 4


def test_save_svg_and_html_and_png_needs_cairosvg(dyad_store, tmp_path):
    chart = dyad_timeline_both(dyad_store, "SRB", "XKX").chart()
    chart.save(str(tmp_path / "t.svg"))
    chart.save(str(tmp_path / "t.html"))
    assert (tmp_path / "t.svg").read_text().startswith("<svg")
    html = (tmp_path / "t.html").read_text()
    assert html.startswith("<!DOCTYPE html>") and "<script" not in html
    with pytest.raises(ConfigError):
        chart.save(str(tmp_path / "t.gif"))
    try:
        import cairosvg  # noqa: F401
    except (ImportError, OSError):
        with pytest.raises(ConfigError, match="cairosvg"):
            chart.save(str(tmp_path / "t.png"))


def test_terminal_chart(dyad_store):
    text = terminal_timeline(dyad_timeline_both(dyad_store, "SRB", "XKX"), width=60)
    lines = text.splitlines()
    assert lines[0].startswith("mean Goldstein per month")
    jan = next(ln for ln in lines if ln.startswith("2020-01-01"))
    assert "SRB->XKX" in jan and "█┊" in jan  # conflict: the bar goes left
    assert any("XKX->SRB" in ln and "┊█" in ln for ln in lines)  # cooperation: right
    assert lines[-1] == "(1 periods without events not shown)"
