"""`flashpoint places`: one record per resolved place mention, offsets into the article text."""

from __future__ import annotations

import json

import pytest

from flashpoint.cli.main import main

pytestmark = pytest.mark.model


def test_places_records(tmp_path, capsys):
    text = "Kosovo police patrolled North Mitrovica while protesters gathered near the Jarinje crossing."
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "p1", "text": text}) + "\n")
    assert main(["places", str(f)]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert rows
    for r in rows:
        assert r["article_id"] == "p1" and text[r["start"]:r["end"]] == r["text"]
        assert {"name", "country", "admin1", "lat", "lon", "geonameid", "feature"} <= set(r)
    by_text = {r["text"]: r for r in rows}
    mitro = next(r for t, r in by_text.items() if "Mitrovica" in t)
    assert mitro["country"] == "XKX" and 42.7 < mitro["lat"] < 43.1
    assert any("Jarinje" in t for t in by_text)


def test_places_csv_and_bad_input(tmp_path, capsys):
    good = tmp_path / "g.txt"
    good.write_text("Talks were held in Brussels.")
    bad = tmp_path / "b.jsonl"
    bad.write_text("{nope\n")
    assert main(["places", str(good), str(bad), "--format", "csv"]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines()[0].startswith("article_id,text,start,end") and "Brussels" in out
    assert "b.jsonl:1" in err
