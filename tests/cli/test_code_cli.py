"""`flashpoint code` end to end: records valid against the schema, bad input, exit codes, formats."""

from __future__ import annotations

import csv
import io
import json

import pytest

from flashpoint.cli.main import main
from flashpoint.ontology import load_ontology
from flashpoint.schema import validate_event

pytestmark = pytest.mark.model

REPORT = (
    "On Monday, Kosovo police detained a Serbian official in North Mitrovica. "
    "The European Union called on both sides to show restraint. "
    "Serbia's defence ministry said it had put the army on alert."
)


def _run(argv, capsys):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_records_validate_and_match_the_ontology(tmp_path, capsys):
    f = tmp_path / "report.txt"
    f.write_text(REPORT)
    code, out, err = _run(["code", str(f), "--published", "2018-03-28"], capsys)
    assert code == 0, err
    events = [json.loads(line) for line in out.splitlines()]
    assert events, "no events coded"
    onto = load_ontology()
    for e in events:
        validate_event(e)
        info = onto.get(e["cameo"])
        assert e["goldstein"] == info.goldstein and e["quad_class"] == info.quad_class
        assert e["cameo_root"] == info.root and e["article_id"] == "report"
        s, t = e["span"]
        assert REPORT[s:t] == e["sentence"]
    assert any(e["cameo"].startswith("17") for e in events)


def test_event_ids_are_stable(tmp_path, capsys):
    f = tmp_path / "r.txt"
    f.write_text(REPORT)
    _, out1, _ = _run(["code", str(f)], capsys)
    _, out2, _ = _run(["code", str(f)], capsys)
    ids1 = [json.loads(x)["event_id"] for x in out1.splitlines()]
    assert ids1 and ids1 == [json.loads(x)["event_id"] for x in out2.splitlines()]
    assert len(set(ids1)) == len(ids1)


def test_bad_inputs_are_reported_and_the_rest_is_coded(tmp_path, capsys):
    d = tmp_path / "mixed"
    d.mkdir()
    (d / "good.txt").write_text("Police arrested the mayor of the town on Tuesday.")
    (d / "blob.bin").write_bytes(b"\x00\xff\x10" * 50)
    (d / "empty.txt").write_text("")
    (d / "latin.txt").write_bytes("The army detained a journalist near the café.".encode("latin-1"))
    (d / "batch.jsonl").write_text('{"id": "j1", "text": "Troops arrested two smugglers."}\n{oops\n')
    code, out, err = _run(["code", str(d), "--published", "2020-05-05"], capsys)
    assert code == 1
    ids = {json.loads(x)["article_id"] for x in out.splitlines()}
    assert {"good", "latin", "j1"} <= ids
    assert "blob.bin" in err and "empty.txt" in err and "batch.jsonl:2" in err
    assert "latin.txt" in err and "warning" in err
    assert "Traceback" not in err


def test_csv_output_and_output_file(tmp_path, capsys):
    f = tmp_path / "r.txt"
    f.write_text(REPORT)
    o = tmp_path / "events.csv"
    code, out, _ = _run(["code", str(f), "--format", "csv", "-o", str(o)], capsys)
    assert code == 0 and out == ""
    rows = list(csv.DictReader(io.StringIO(o.read_text())))
    assert rows and {"event_id", "source_code", "target_code", "cameo", "goldstein"} <= set(rows[0])


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as ex:
        main(["code"])
    assert ex.value.code == 2
    with pytest.raises(SystemExit) as ex:
        main(["code", "x.txt", "--published", "yesterday"])
    assert ex.value.code == 2
    assert "not a date" in capsys.readouterr().err


def test_unknown_model_is_a_clear_error(tmp_path, capsys):
    f = tmp_path / "r.txt"
    f.write_text(REPORT)
    code, _, err = _run(["code", str(f), "--model", "no_such_pipeline_xyz"], capsys)
    assert code == 2 and "no_such_pipeline_xyz" in err and "Traceback" not in err


def test_explain_shows_entry_and_path(tmp_path, capsys):
    f = tmp_path / "r.txt"
    f.write_text("Serbia and Kosovo traded accusations. The European Union called on both sides to show restraint.")
    _, out, _ = _run(["code", str(f), "--explain"], capsys)
    e = next(json.loads(x) for x in out.splitlines() if json.loads(x)["cameo_root"] == "02")
    assert e["explain"]["entry"].startswith("actions.yml:") and e["explain"]["target_path"]


def test_min_confidence_keeps_only_events_at_least_that_confident(tmp_path, capsys):
    f = tmp_path / "report.txt"
    f.write_text(REPORT)
    code, out, _ = _run(["code", str(f), "--published", "2018-03-28"], capsys)
    every = [json.loads(line) for line in out.splitlines()]
    cut = sorted(e["confidence"] for e in every)[len(every) // 2]
    code, out, _ = _run(["code", str(f), "--published", "2018-03-28", "--min-confidence", str(cut)], capsys)
    kept = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and kept == [e for e in every if e["confidence"] >= cut] and 0 < len(kept) <= len(every)
    with pytest.raises(SystemExit) as ex:
        main(["code", str(f), "--min-confidence", "1.5"])
    assert ex.value.code == 2 and "must be from 0 to 1" in capsys.readouterr().err
