"""`flashpoint ingest --events` from Parquet: the shards of `flashpoint code --engine ray` (and any file with the
event record's columns) store exactly what the same records as JSON Lines store; idempotent; bad rows named by
file and row."""

from __future__ import annotations

import json

import pytest
from store_fakes import art, code_article, events_jsonl, snapshot

from flashpoint.cli.main import main
from flashpoint.store import ingest_event_files, open_store

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
shards = pytest.importorskip("flashpoint.engines.shards")

TEXTS = ["Kosovo police arrested the Serbian in Mitrovica on 2018-03-26. Serbia criticized the Kosovo on 2018-03-27.",
         "Albania praised the Kosovo on 2018-04-02. Romania met the Serbia in Belgrade on 2018-04-03.",
         "Croatia met the Montenegro in Belgrade on 2018-03-27. Serbia criticized the Kosovo on 2018-03-27.",
         "Kosovo police detained the Serbian in Mitrovica. Romania appealed to the Serbia."]
ARTICLES = [art(f"a{i}", TEXTS[i % len(TEXTS)], published=f"2018-03-{20 + i:02d}", source=f"S{i % 3}")
            for i in range(12)]


def shard_rows(articles):
    return [shards.event_row(e, False, f"{a.id}.txt", 0, i + 1, k)
            for i, a in enumerate(articles) for k, e in enumerate(code_article(a))]


def write_shards(folder, articles, per_shard=5):
    """Ray-engine style shards: one row per event, ``per_shard`` articles per file."""
    folder.mkdir()
    for n in range(0, len(articles), per_shard):
        table = shards.event_table(shard_rows(articles[n:n + per_shard]))
        pq.write_table(table, str(folder / f"part-{n:05d}.parquet"))
    return str(folder)


def content(path):
    """Everything stored except where the articles came from (file:line versus file:row) and their hashes."""
    snap = snapshot(path)
    with open_store(path, read_only=True) as st:
        snap["articles"] = sorted(st.rows("SELECT * EXCLUDE (ingested_at, origin, content_hash) FROM articles"),
                                  key=repr)
    return snap


def _run(argv, capsys):
    code = main(argv)
    return code, *capsys.readouterr()


def test_ray_shards_store_what_the_same_jsonl_stores(tmp_path, capsys):
    folder = write_shards(tmp_path / "shards", ARTICLES)
    src = tmp_path / "events.jsonl"
    src.write_text(events_jsonl(ARTICLES))
    a, b = str(tmp_path / "jsonl.duckdb"), str(tmp_path / "pq.duckdb")
    assert _run(["ingest", "--events", str(src), "--db", a], capsys)[0] == 0
    code, _, err = _run(["ingest", "--events", folder, "--db", b, "--commit-every", "4"], capsys)
    assert code == 0, err
    assert "12 articles read" in err and "12 stored" in err
    assert content(a) == content(b)
    assert content(b)["events"] and not content(b)["event_dirty"] and not content(b)["dirty_articles"]
    with open_store(b, read_only=True) as st:
        assert st.value("SELECT origin FROM articles WHERE article_id = 'a0'") == f"{folder}/part-00000.parquet:1"

    before = snapshot(b)  # idempotent: nothing changes, nothing is stored again
    code, _, err = _run(["ingest", "--events", folder, "--db", b], capsys)
    assert code == 0 and "12 unchanged" in err and "0 stored" in err
    assert snapshot(b) == before


def test_parquet_files_and_jsonl_mixed_in_one_run_and_changes_replace(tmp_path, db):
    first = write_shards(tmp_path / "one", ARTICLES[:6], per_shard=6) + "/part-00000.parquet"
    rest = tmp_path / "rest.jsonl"
    rest.write_text(events_jsonl(ARTICLES[6:]))
    problems: list[str] = []
    with open_store(db) as st:
        rep = ingest_event_files(st, [first, str(rest)], on_problem=lambda f: problems.append(str(f)))
        assert rep.stored == 12 and not problems
    whole = str(tmp_path / "whole.duckdb")
    with open_store(whole) as st:
        ingest_event_files(st, [write_shards(tmp_path / "all", ARTICLES)], on_problem=lambda f: problems.append(str(f)))
    assert content(db) == content(whole)

    # a changed article (another text under the same id) replaces the stored one
    changed = [art("a1", TEXTS[3], published="2018-03-21", source="S1")] + ARTICLES[2:4]
    with open_store(db) as st:
        rep = ingest_event_files(st, [write_shards(tmp_path / "changed", changed)], on_problem=print)
        assert (rep.stored, rep.replaced, rep.unchanged) == (1, 1, 2)
        n = len(code_article(changed[0]))
        assert st.value("SELECT count(*) FROM mentions WHERE article_id = 'a1'") == n
        # uniqueness holds by construction (no constraints): one row per mention id and article, per event id
        assert st.value("SELECT count(*) - count(DISTINCT (article_id, mention_id)) FROM mentions") == 0
        assert st.value("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
        assert st.value("SELECT count(*) FROM event_dirty") == 0


def _table(rows):
    return pa.Table.from_pylist(rows, schema=shards.EVENT_SCHEMA)


def test_bad_rows_are_reported_with_file_and_row_on_every_run(tmp_path, capsys):
    rows = shard_rows(ARTICLES[:3])
    rows[1] = rows[1] | {"date": "26 March"}
    rows[2] = rows[2] | {"cameo": None}
    rows.insert(4, rows[3] | {"article_id": None, "event_id": "ffffffffffffffffffff"})
    rows.insert(5, dict(rows[3]))  # the same event id again in its article: stored once, not an error
    path = tmp_path / "ev.parquet"
    pq.write_table(_table(rows), str(path))
    (tmp_path / "junk.parquet").write_bytes(b"not parquet at all")
    pq.write_table(pa.table({"article_id": ["x"], "text": ["no event here"]}), str(tmp_path / "other.parquet"))
    db = str(tmp_path / "s.duckdb")
    good = len(rows) - 4
    for _ in range(2):
        code, _, err = _run(["ingest", "--events", str(path), str(tmp_path / "junk.parquet"),
                             str(tmp_path / "other.parquet"), "--db", db], capsys)
        assert code == 1
        assert f"{path}:2: 'date' is not a date" in err
        assert f"{path}:3: event record has no valid 'cameo' code" in err
        assert f"{path}:5: event record has no 'article_id'" in err
        assert f"{path}:6" not in err
        assert f"{tmp_path / 'junk.parquet'}: cannot read Parquet" in err
        assert f"{tmp_path / 'other.parquet'}: not event records: no column 'event_id'" in err
        with open_store(db, read_only=True) as st:
            assert st.value("SELECT count(*) FROM mentions") == good
            assert st.value("SELECT sum(n_problems) FROM articles") == 2
    code, _, err = _run(["ingest", "--events", str(tmp_path / "none"), "--db", db], capsys)
    assert code == 1


def test_an_empty_shard_and_a_folder_without_shards(tmp_path, db):
    folder = tmp_path / "empty"
    folder.mkdir()
    pq.write_table(_table([]), str(folder / "events-empty.parquet"))
    (tmp_path / "nothing").mkdir()
    one = write_shards(tmp_path / "one", ARTICLES[:2])
    two = write_shards(tmp_path / "two", ARTICLES[2:4])
    problems: list[str] = []
    with open_store(db) as st:
        rep = ingest_event_files(st, [str(folder), one, str(tmp_path / "nothing"), two],
                                 on_problem=lambda f: problems.append(str(f)))
    assert rep.articles_read == rep.stored == 4 and len(problems) == 1 and "no Parquet files" in problems[0]


def test_any_parquet_with_the_record_columns(tmp_path, db):
    """Not only Ray shards: plain columns, a missing optional column, dates typed DATE, version as JSON text."""
    recs = [json.loads(line) for line in events_jsonl(ARTICLES[:2]).splitlines()]
    cols = {k: [r[k] for r in recs] for k in ("event_id", "article_id", "sentence_index", "sentence", "cameo",
                                               "cameo_root", "goldstein", "quad_class", "trigger")}
    cols["date"] = [pa.scalar(r["date"]).cast(pa.date32()).as_py() if r["date"] else None for r in recs]
    cols["version"] = [json.dumps(r["version"]) for r in recs]
    path = tmp_path / "plain.pq"
    pq.write_table(pa.table(cols), str(path))
    problems: list[str] = []
    with open_store(db) as st:
        rep = ingest_event_files(st, [str(path)], on_problem=lambda f: problems.append(str(f)))
        assert not problems and rep.mentions == len(recs)
        got = st.rows("SELECT mention_id, CAST(date AS VARCHAR), version FROM mentions ORDER BY mention_id")
    assert got == sorted((r["event_id"], r["date"], json.dumps(r["version"], separators=(",", ":"))) for r in recs)


def test_an_article_takes_its_first_records_published_date_in_either_format(tmp_path):
    recs = [{"event_id": f"e{k}", "article_id": "x", "published": pub, "sentence_index": k, "sentence": f"S {k}.",
             "cameo": "042", "date": "2018-03-05"} for k, pub in enumerate([None, "2018-03-05"])]
    recs += [dict(recs[1], event_id="y0", article_id="y", published="2018-03-06")]
    pq.write_table(pa.Table.from_pylist(recs), str(tmp_path / "e.parquet"))
    (tmp_path / "e.jsonl").write_text("".join(json.dumps({k: v for k, v in r.items() if v is not None}) + "\n"
                                              for r in recs))
    for name in ("e.parquet", "e.jsonl"):
        with open_store(str(tmp_path / f"{name}.duckdb")) as st:
            ingest_event_files(st, [str(tmp_path / name)], on_problem=lambda f: None)
            assert st.rows("SELECT article_id, CAST(published AS VARCHAR) FROM articles ORDER BY 1") == [
                ("x", None), ("y", "2018-03-06")], name
