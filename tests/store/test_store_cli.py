"""`flashpoint ingest`, `flashpoint events` and `flashpoint status` end to end (the fake coder stands in for
the model; the test marked `model` runs the real one)."""

from __future__ import annotations

import csv
import io
import json
import shutil

import duckdb
import pytest
from store_fakes import art, events_jsonl, fake_code

from flashpoint.cli import store_cmds
from flashpoint.cli.main import main
from flashpoint.schema import validate_event
from flashpoint.store import GDELT_COLUMNS

A1 = "Kosovo police arrested the Serbian in Mitrovica on 2018-03-26. Serbia criticized the Kosovo on 2018-03-27."
A2 = "Albania praised the Kosovo on 2018-04-02. Romania met the Serbia in Belgrade on 2018-04-03."


@pytest.fixture()
def fake_model(monkeypatch):
    monkeypatch.setattr(store_cmds, "_lazy_coder", lambda args, rep: fake_code)


def _run(argv, capsys):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture()
def filled(tmp_path, capsys):
    src = tmp_path / "events.jsonl"
    src.write_text(events_jsonl([art("a1", A1, source="AP"), art("a2", A2, source="BBC")]))
    db = str(tmp_path / "s.duckdb")
    code, _, err = _run(["ingest", "--events", str(src), "--db", db], capsys)
    assert code == 0, err
    return db


def test_bad_text_inputs_are_reported_skipped_and_the_rest_stored(tmp_path, capsys, fake_model):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(A1)
    (d / "empty.txt").write_text("")
    (d / "blob.txt").write_bytes(bytes(range(256)) * 8)
    (d / "recs.jsonl").write_text(json.dumps({"id": "r1", "text": A2, "published": "2018-04-02"}) + "\n{broken\n"
                                  + json.dumps({"id": "r3"}) + "\n")
    db = str(tmp_path / "s.duckdb")
    code, _, err = _run(["ingest", str(d), "--db", db, "--published", "2018-03-26"], capsys)
    assert code == 1
    assert "empty.txt" in err and "blob.txt" in err
    assert "recs.jsonl:2: broken JSON" in err and "recs.jsonl:3:" in err
    with duckdb.connect(db, read_only=True) as con:
        ids = sorted(r[0] for r in con.execute("SELECT article_id FROM articles").fetchall())
        assert ids == ["good", "r1"]
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 4
    code, _, err = _run(["ingest", str(d), "--db", db, "--published", "2018-03-26"], capsys)  # again: nothing new
    assert code == 1 and "0 stored" in err and "recs.jsonl:2" in err


def test_bad_event_records_are_reported_with_file_and_line(tmp_path, capsys):
    src = tmp_path / "ev.jsonl"
    good = events_jsonl([art("a1", A1)]).splitlines()
    bad = json.loads(good[0]) | {"event_id": "ffffffffffffffffffff", "date": "26 March"}
    src.write_text("\n".join([good[0], "{oops", json.dumps(bad), "[1, 2]", good[1]]) + "\n")
    db = str(tmp_path / "s.duckdb")
    for _ in range(2):  # reported on every run, stored once
        code, _, err = _run(["ingest", "--events", str(src), "--db", db], capsys)
        assert code == 1
        assert f"{src}:2: broken JSON line" in err and f"{src}:3: 'date' is not a date" in err
        assert f"{src}:4:" in err
    with duckdb.connect(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM mentions").fetchone()[0] == 2


def test_events_table_filters_and_aliases(filled, capsys):
    code, out, _ = _run(["events", "--db", filled], capsys)
    assert code == 0 and len(out.splitlines()) == 5  # header + 4 events
    _, out, _ = _run(["events", "--db", filled, "--dyad", "KSV,SRB", "--format", "jsonl"], capsys)
    (e,) = [json.loads(x) for x in out.splitlines()]
    assert (e["source_code"], e["target_code"], e["cameo"]) == ("XKXCOP", "SRBGOV", "173")
    _, out, _ = _run(["events", "--db", filled, "--actor", "XKX", "--format", "jsonl"], capsys)
    assert len(out.splitlines()) == 3
    _, out, _ = _run(["events", "--db", filled, "--actor", "SRB", "--quad", "1", "--format", "jsonl"], capsys)
    assert [json.loads(x)["cameo"] for x in out.splitlines()] == ["040"]
    _, out, _ = _run(["events", "--db", filled, "--since", "2018-03-27", "--until", "2018-04-02", "--format", "jsonl"],
                     capsys)
    assert sorted(json.loads(x)["date"] for x in out.splitlines()) == ["2018-03-27", "2018-04-02"]
    _, out, _ = _run(["events", "--db", filled, "--cameo", "17", "--limit", "5", "--format", "csv"], capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 1 and rows[0]["cameo"] == "173" and rows[0]["mentions"] == "1"
    _, out, _ = _run(["events", "--db", filled, "--format", "jsonl"], capsys)
    confs = sorted(json.loads(x)["confidence"] for x in out.splitlines())
    _, out, _ = _run(["events", "--db", filled, "--min-confidence", str(confs[-1]), "--format", "jsonl"], capsys)
    assert [json.loads(x)["confidence"] for x in out.splitlines()] == [c for c in confs if c >= confs[-1]]
    with pytest.raises(SystemExit) as exc:
        main(["events", "--db", filled, "--dyad", "SRB"])
    assert exc.value.code == 2 and "SOURCE,TARGET" in capsys.readouterr().err


def test_gdelt_export_has_the_gdelt_columns_and_codes(filled, tmp_path, capsys):
    out_file = tmp_path / "events.tsv"
    code, _, _ = _run(["events", "--db", filled, "--format", "gdelt", "-o", str(out_file)], capsys)
    assert code == 0
    rows = list(csv.reader(out_file.open(), delimiter="\t"))
    assert tuple(rows[0]) == GDELT_COLUMNS and len(GDELT_COLUMNS) == 58
    recs = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    assert all(len(r) == 58 for r in rows[1:]) and len(recs) == 4
    arrest = next(r for r in recs if r["EventCode"] == "173")
    assert arrest["Actor1Code"] == "KSVCOP" and arrest["Actor1CountryCode"] == "KSV"
    assert arrest["Actor2CountryCode"] == "SRB" and arrest["SQLDATE"] == "20180326"
    assert (arrest["EventBaseCode"], arrest["EventRootCode"], arrest["QuadClass"]) == ("173", "17", "4")
    assert arrest["ActionGeo_CountryCode"] == "KV" and arrest["ActionGeo_FullName"] == "Mitrovica, Kosovo"
    assert arrest["IsRootEvent"] == "1" and arrest["NumMentions"] == "1" and int(arrest["GLOBALEVENTID"]) > 0
    romania = next(r for r in recs if r["EventCode"] == "040")
    assert romania["Actor1CountryCode"] == "ROM" and romania["ActionGeo_CountryCode"] == "RI"


PLOVER_REQUIRED = ("id", "date", "actor", "event")


def test_plover_export_carries_the_required_fields(filled, capsys):
    code, out, err = _run(["events", "--db", filled, "--format", "plover"], capsys)
    assert code == 0
    recs = [json.loads(x) for x in out.splitlines()]
    assert len(recs) == 4
    for r in recs:
        assert all(r.get(k) not in (None, "") for k in PLOVER_REQUIRED)
        assert isinstance(r["actor"], list) and isinstance(r["event"], list) and isinstance(r["recipient"], list)
        assert r["quad_code"] in (1, 2, 3, 4)
    arrest = next(r for r in recs if r["event"] == ["COERCE"])
    assert arrest["actor"][0]["code"] == "KOS" and arrest["recipient"][0]["code"] == "SRB"
    assert arrest["mode"] == ["arrest"] and arrest["event_loc"]["country_code"] == "KOS"


def test_plover_leaves_out_what_plover_does_not_code(tmp_path, capsys):
    src = tmp_path / "ev.jsonl"
    src.write_text(events_jsonl([art("a", "Romania appealed to the Serbia. Serbia met the Romania.")]))
    db = str(tmp_path / "s.duckdb")
    _run(["ingest", "--events", str(src), "--db", db], capsys)
    code, out, err = _run(["events", "--db", db, "--format", "plover"], capsys)
    assert code == 0 and len(out.splitlines()) == 1 and "1 events have no PLOVER form" in err


def test_parquet_and_mentions_exports(filled, tmp_path, capsys):
    pq = tmp_path / "e.parquet"
    assert _run(["events", "--db", filled, "--format", "parquet", "-o", str(pq)], capsys)[0] == 0
    with duckdb.connect() as con:
        assert con.execute("SELECT count(*) FROM read_parquet(?)", [str(pq)]).fetchone()[0] == 4
    assert _run(["events", "--db", filled, "--format", "parquet"], capsys)[0] == 2
    code, out, _ = _run(["events", "--db", filled, "--mentions", "--format", "jsonl"], capsys)
    recs = [json.loads(x) for x in out.splitlines()]
    assert code == 0 and len(recs) == 4
    for r in recs:
        validate_event(r)


def test_status_summarises_the_store(filled, capsys):
    code, out, _ = _run(["status", "--db", filled], capsys)
    assert code == 0
    assert "articles    2" in out and "events      4" in out and "2018-03-26 .. 2018-04-03" in out
    assert "XKX -> SRB" in out
    code, out, _ = _run(["status", "--db", filled, "--json"], capsys)
    st = json.loads(out)
    assert st["events"] == 4 and st["top_pairs"][0]["events"] == 1 and st["settings"]["event_window_days"] == "1"


def test_missing_store_and_busy_store_are_usage_errors(tmp_path, capsys):
    code, _, err = _run(["events", "--db", str(tmp_path / "none.duckdb")], capsys)
    assert code == 2 and "no store at" in err
    db = str(tmp_path / "busy.duckdb")
    src = tmp_path / "ev.jsonl"
    src.write_text(events_jsonl([art("a1", A1)]))
    from test_store_db import _hold

    assert _run(["ingest", "--events", str(src), "--db", db], capsys)[0] == 0
    holder = _hold(db, 30)
    try:
        code, _, err = _run(["ingest", "--events", str(src), "--db", db, "--wait", "0.3"], capsys)
        assert code == 2 and "in use by process" in err
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.model
def test_real_ingest_is_idempotent_and_copies_add_mentions(tmp_path, capsys):
    text = ("Kosovo police detained a Serbian official in North Mitrovica on Monday. "
            "The European Union called on both sides to show restraint.")
    d = tmp_path / "in"
    d.mkdir()
    (d / "report.txt").write_text(text)
    db = str(tmp_path / "s.duckdb")
    code, _, err = _run(["ingest", str(d), "--db", db, "--published", "2018-03-26"], capsys)
    assert code == 0, err
    _, first, _ = _run(["status", "--db", db, "--json"], capsys)
    assert json.loads(first)["events"] >= 1
    assert _run(["ingest", str(d), "--db", db, "--published", "2018-03-26"], capsys)[0] == 0
    _, again, _ = _run(["status", "--db", db, "--json"], capsys)
    assert json.loads(again) | {"size_bytes": 0} == json.loads(first) | {"size_bytes": 0}
    shutil.copy(d / "report.txt", d / "renamed.txt")
    assert _run(["ingest", str(d), "--db", db, "--published", "2018-03-26"], capsys)[0] == 0
    _, after, _ = _run(["status", "--db", db, "--json"], capsys)
    s1, s2 = json.loads(first), json.loads(after)
    assert s2["events"] == s1["events"] and s2["mentions"] == s1["mentions"] and s2["copies"] == 1
    _, out, _ = _run(["events", "--db", db, "--format", "jsonl"], capsys)
    assert all(json.loads(x)["articles"] == 2 for x in out.splitlines())
