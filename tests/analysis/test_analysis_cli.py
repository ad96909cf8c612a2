"""``flashpoint timeline``, ``alerts`` and ``network`` from the command line."""

from __future__ import annotations

import csv
import io
import json

import pytest
from fp_factory import build, dyad_items, escalation_items

from flashpoint.cli.main import main


@pytest.fixture()
def db(tmp_path):
    return build(str(tmp_path / "cli.duckdb"), dyad_items())


def test_timeline_table_csv_json(db, capsys):
    assert main(["timeline", "SRB", "XKX", "--db", db]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:3] == ["period", "direction", "events"]
    assert out[1].split()[:3] == ["2020-01-01", "SRB->XKX", "2"] and len(out) == 7
    assert "┊" not in "\n".join(out)  # no terminal chart when stdout is not a terminal
    assert main(["timeline", "SRB", "XKX", "--db", db, "--format", "csv", "--freq", "week"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0]["period"] == "2020-01-06" and rows[0]["cci"] == "-1.0" and "goldstein_mean" in rows[0]
    assert main(["timeline", "SRB", "XKX", "--db", db, "--format", "json", "--since", "2020-03-01"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["since"] == "2020-03-01" and [r["events"] for r in data["rows"]] == [1, 0]


def test_timeline_charts_to_files(db, tmp_path, capsys):
    svg, html = tmp_path / "t.svg", tmp_path / "t.html"
    assert main(["timeline", "SRB", "XKX", "--db", db, "--format", "svg", "-o", str(svg)]) == 0
    assert main(["timeline", "SRB", "XKX", "--db", db, "--format", "html", "-o", str(html)]) == 0
    assert svg.read_text().startswith("<svg") and 'class="point"' in svg.read_text()
    assert "<svg" in html.read_text()
    assert main(["timeline", "SRB", "XKX", "--db", db, "--format", "png"]) == 2
    assert "needs -o" in capsys.readouterr().err


def test_timeline_usage_errors(db, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["timeline", "SRB", "XKX", "--db", db, "--freq", "hour"])
    assert exc.value.code == 2
    assert main(["timeline", "SRB", "XKX", "--db", db + ".missing"]) == 2
    assert "no store" in capsys.readouterr().err


def test_alerts(tmp_path, capsys):
    db = build(str(tmp_path / "esc.duckdb"), escalation_items())
    assert main(["alerts", "--db", db, "--dyad", "SRB,XKX", "--freq", "week", "--window", "6", "--events", "2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2021-03-15  SRB <-> XKX: 6 conflict events of 6 (baseline median 1, MAD 0, z = 5)")
    assert '"Serbia attacked Kosovo near the border on 2021-03-15."' in out
    assert main(["alerts", "--db", db, "--freq", "week", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [a["period"] for a in data["alerts"]] == ["2021-03-15"] and len(data["alerts"][0]["drivers"]) == 5
    assert main(["alerts", "--db", db, "--threshold", "50"]) == 0
    assert capsys.readouterr().out == "no escalation alerts\n"
    assert main(["alerts", "--db", db, "--window", "1"]) == 2
    assert "window" in capsys.readouterr().err


def test_network(db, tmp_path, capsys):
    assert main(["network", "--db", db]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {n["id"] for n in data["nodes"]} == {"SRB", "XKX", "ALB"} and len(data["edges"]) == 4
    assert main(["network", "--db", db, "--format", "svg", "--since", "2020-03-01", "-o", str(tmp_path / "n.svg")]) == 0
    assert (tmp_path / "n.svg").read_text().count('class="node"') == 2
