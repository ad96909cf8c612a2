"""The Ray engine: readers that match the local ones, the Parquet layout, and (with the ``ray`` extra)
identical events to the local engine on the demo corpus and the sample reports."""

from __future__ import annotations

import gzip
import io
import json
import os
import shutil
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from flashpoint.config import Settings  # noqa: E402
from flashpoint.demo import demo_corpus_path  # noqa: E402
from flashpoint.engines.inputs import InputFile, expand_inputs, read_input  # noqa: E402
from flashpoint.engines.shards import EVENT_SCHEMA, event_row, event_table, iter_records  # noqa: E402
from flashpoint.engines.storage import prepare_out_dir, write_empty_shard  # noqa: E402
from flashpoint.errors import ConfigError  # noqa: E402
from flashpoint.read import read_inputs, read_path  # noqa: E402
from flashpoint.records import Actor, Article, Event, Location, ReadFailure  # noqa: E402

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"

JSONL = (
    '\ufeff{"id": "a1", "text": "Serbian police detained two Kosovo officials.", "published": "2019-05-28"}\n'
    '{"text": "Kosovo accused Serbia of provocation.\\r\\nBelgrade denied it."}\n'
    "\n"
    '{"id": broken\n'
    '{"title": "no text here"}\n'
    '{"id": 7, "text": "  The EU called for calm.  ", "published": "20190530", "source": "wire"}'
)


def _split(items):
    arts = [it for it in items if isinstance(it, Article)]
    fails = [str(it) for it in items if isinstance(it, ReadFailure)]
    return arts, fails


# -- readers: the same articles, ids and messages as the local engine's -----------------------------


def test_jsonl_stream_reads_like_the_local_reader(tmp_path):
    f = tmp_path / "wire.jsonl"
    f.write_text(JSONL, encoding="utf-8")
    ours = list(read_input(InputFile(0, str(f), "jsonl")))
    local_arts, local_fails = _split(list(read_path(str(f))))
    arts = [r[1] for r in ours if isinstance(r, tuple)]
    assert arts == local_arts
    assert [r[0] for r in ours if isinstance(r, tuple)] == [1, 2, 6]
    assert [str(r) for r in ours if isinstance(r, ReadFailure)] == local_fails
    assert [a.id for a in arts] == ["a1", "wire-2", "7"]
    assert any(":4: broken JSON line" in m for m in local_fails)


def test_compressed_jsonl_behind_a_file_uri(tmp_path):
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    with gzip.open(folder / "sub" / "wire.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(JSONL)
    (folder / ".hidden.jsonl").write_text("{}\n")
    files, failures = expand_inputs([f"file://{folder}"])
    assert failures == []
    assert [f.kind for f in files] == ["jsonl"]
    assert files[0].path.endswith("/sub/wire.jsonl.gz")
    arts = [r[1] for r in read_input(files[0]) if isinstance(r, tuple)]
    assert [a.id for a in arts] == ["a1", "wire-2", "7"]
    assert arts[1].text == "Kosovo accused Serbia of provocation.\nBelgrade denied it."


def test_missing_and_unlistable_inputs_are_failures(tmp_path):
    missing = tmp_path / "nope.jsonl"
    assert [str(r) for r in read_input(InputFile(0, str(missing), "jsonl"))] == [f"{missing}: no such file"]
    files, failures = expand_inputs([f"file://{tmp_path}/absent/"])
    assert files == [] and "no such file" in str(failures[0])


def test_parquet_input(tmp_path):
    import datetime as dt

    table = pa.table({
        "id": ["p1", None, "p3"],
        "body": ["Serbia recalled its ambassador.", "Kosovo police raided a shop.", "   "],
        "published": [dt.date(2020, 1, 2), None, None],
    })
    f = tmp_path / "batch.parquet"
    pq.write_table(table, f)
    rows = list(read_input(InputFile(0, str(f), "parquet"), published="2020-01-05", text_column="body"))
    arts = [r for r in rows if isinstance(r, tuple)]
    assert [(n, a.id, a.published) for n, a in arts] == [(1, "p1", "2020-01-02"), (2, "batch-2", "2020-01-05")]
    assert [str(r) for r in rows if isinstance(r, ReadFailure)] == [f"{f}:3: 'body' is empty"]
    bad = tmp_path / "fake.parquet"
    bad.write_text("not parquet")
    assert "not a readable Parquet file" in str(next(read_input(InputFile(0, str(bad), "parquet"))))


def test_inputs_expand_in_the_local_engines_order(tmp_path):
    for name in ("b/2.txt", "b/1.jsonl", "a.txt", ".skip.txt", "c.parquet"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    files, _ = expand_inputs([str(tmp_path), str(tmp_path / "a.txt")])
    names = [os.path.relpath(f.path, tmp_path) for f in files]
    assert names == ["a.txt", "c.parquet", "b/1.jsonl", "b/2.txt", "a.txt"]
    assert [f.kind for f in files] == ["file", "parquet", "jsonl", "file", "file"]
    assert [f.index for f in files] == [0, 1, 2, 3, 4]
    files, _ = expand_inputs(["-"], stdin=io.BytesIO(b'{"text": "Serbia protested."}\n'))
    assert [(r[0], r[1].id) for r in read_input(files[0]) if isinstance(r, tuple)] == [(1, "stdin-1")]


def test_output_folder_must_not_hold_shards(tmp_path):
    out = tmp_path / "out"
    prepare_out_dir(str(out), overwrite=False)
    (out / "old.parquet").write_bytes(b"x")
    (out / "notes.txt").write_text("kept")
    with pytest.raises(ConfigError, match="already holds 1 Parquet"):
        prepare_out_dir(str(out), overwrite=False)
    prepare_out_dir(str(out), overwrite=True)
    assert sorted(os.listdir(out)) == ["notes.txt"]


def test_a_run_without_events_leaves_an_empty_shard(tmp_path):
    duckdb = pytest.importorskip("duckdb")
    path = write_empty_shard(str(tmp_path))
    assert pq.read_schema(path).equals(EVENT_SCHEMA)
    assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{tmp_path}/*.parquet')").fetchall() == [(0,)]


# -- the Parquet layout ---------------------------------------------------------------------------


def _event(i: int, explain: dict | None = None) -> Event:
    src = Actor(text="Serbian police", span=(0, 14), name="Serbia police", code="SRBCOP", country="SRB",
                sector="COP")
    loc = Location(name="Jarinje", country="XKX", lat=43.1, lon=20.6, geonameid=123, feature="crossing")
    return Event(event_id=f"{i:020x}", article_id="a1", published="2019-05-28", sentence_index=i,
                 sentence="Serbian police detained two officials.", span=(0, 38), trigger="detained",
                 source=src, target=None, cameo="111", cameo_root="11", cameo_name="Criticize or denounce",
                 goldstein=-2.0, quad_class=3, plover={"type": "ACCUSE", "mode": None}, date="2019-05-28",
                 date_precision="day", location=loc if i else None, version={"flashpoint": "0.1.0",
                 "lexicon": "x", "ontology": "y"}, explain=explain)


def test_event_shards_hold_the_record_and_typed_columns(tmp_path):
    duckdb = pytest.importorskip("duckdb")
    evs = [_event(0), _event(1, {"entry": "detain"})]
    rows = [event_row(ev, True, "f.jsonl:1", 0, 1, k) for k, ev in enumerate(evs)]
    pq.write_table(event_table(rows), tmp_path / "b.parquet")
    pq.write_table(event_table([]), tmp_path / "a.parquet")  # an empty shard keeps the schema
    assert pq.read_schema(tmp_path / "a.parquet").equals(EVENT_SCHEMA)
    got = duckdb.sql(f"SELECT source.code, target, location.geonameid, plover.type, version.lexicon, span, "
                     f"json_extract_string(explain, '$.entry') FROM read_parquet('{tmp_path}/*.parquet') "
                     f"ORDER BY event_index").fetchall()
    assert got == [("SRBCOP", None, None, "ACCUSE", "x", [0, 38], None),
                   ("SRBCOP", None, 123, "ACCUSE", "x", [0, 38], "detain")]
    assert [json.loads(r) for r in iter_records(str(tmp_path))] == [ev.to_dict(True) for ev in evs]


# -- the engine itself (loads the model, starts Ray) -----------------------------------------------

BROKEN = (
    '{"id": "b1", "text": "Serbian police arrested two Kosovo officials in Jarinje on Monday.", '
    '"published": "2019-05-28"}\n'
    '{"id": broken\n'
    '{"title": "no text"}\n'
    '{"text": "Kosovo accused Serbia of provoking the clashes in North Mitrovica.", "published": "2019-05-29"}\n'
)


@pytest.fixture(scope="module")
def ray_session():
    ray = pytest.importorskip("ray")
    pytest.importorskip("ray.data")
    if not ray.is_initialized():
        ray.init(num_cpus=2, include_dashboard=False, object_store_memory=500 * 1024 * 1024,
                 log_to_driver=False)
    yield ray
    ray.shutdown()


def _seed_files() -> list[str]:
    return sorted(str(p) for p in SEEDS.glob("*.txt")) if SEEDS.is_dir() else []


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    broken = tmp_path_factory.mktemp("in") / "broken.jsonl"
    broken.write_text(BROKEN, encoding="utf-8")
    return [demo_corpus_path(), *_seed_files(), str(broken)]


@pytest.fixture(scope="module")
def local_records(corpus, coder) -> list[dict]:
    """The local engine's records for the corpus, in output order."""
    articles = (a for a in read_inputs(corpus) if isinstance(a, Article))
    return [ev.to_dict() for _a, evs in coder.code_stream_local(articles) for ev in evs]


@pytest.fixture(scope="module")
def ray_run(ray_session, corpus, tmp_path_factory):
    from flashpoint.engines.ray_engine import code_with_ray

    out = tmp_path_factory.mktemp("shards")
    summary = code_with_ray(corpus, str(out), Settings())
    return summary, out


def _ray_records(out: Path, where: str = "true") -> list[dict]:
    import duckdb

    rows = duckdb.sql(f"SELECT record FROM read_parquet('{out}/*.parquet') WHERE {where} "
                      "ORDER BY input_index, input_row, event_index").fetchall()
    return [json.loads(r[0]) for r in rows]


def _article_ids(paths: list[str]) -> set[str]:
    return {a.id for a in read_inputs(paths) if isinstance(a, Article)}


@pytest.mark.model
@pytest.mark.ray
def test_demo_corpus_gives_identical_events(ray_run, local_records):
    summary, out = ray_run
    ids = _article_ids([demo_corpus_path()])
    assert len(ids) == 65
    ours = _ray_records(out, "input_index = 0")
    theirs = [r for r in local_records if r["article_id"] in ids]
    assert theirs, "the demo corpus gave no events"
    assert [r["event_id"] for r in ours] == [r["event_id"] for r in theirs]
    assert ours == theirs


@pytest.mark.model
@pytest.mark.ray
def test_sample_reports_give_identical_events(ray_run, local_records):
    seeds = _seed_files()
    if not seeds:
        pytest.skip("no sample reports in ../shared/seeds")
    _summary, out = ray_run
    ids = _article_ids(seeds)
    assert len(ids) == 3
    ours = _ray_records(out, f"input_index BETWEEN 1 AND {len(seeds)}")
    theirs = [r for r in local_records if r["article_id"] in ids]
    assert theirs and ours == theirs


@pytest.mark.model
@pytest.mark.ray
def test_shards_are_readable_by_duckdb(ray_run, local_records):
    import duckdb

    summary, out = ray_run
    assert summary.events == len(local_records)
    assert summary.shards and all(s.endswith(".parquet") for s in summary.shards)
    glob = f"{out}/*.parquet"
    n, distinct, mismatched = duckdb.sql(
        f"SELECT count(*), count(DISTINCT event_id), count(*) FILTER (WHERE record->>'event_id' <> event_id) "
        f"FROM read_parquet('{glob}')").fetchall()[0]
    assert (n, distinct, mismatched) == (summary.events, len({r['event_id'] for r in local_records}), 0)
    codes = duckdb.sql(f"SELECT source.code, location.country, version.lexicon FROM read_parquet('{glob}') "
                       "ORDER BY input_index, input_row, event_index").fetchall()
    assert codes == [((r["source"] or {}).get("code"), (r["location"] or {}).get("country"),
                      r["version"]["lexicon"]) for r in local_records]


@pytest.mark.model
@pytest.mark.ray
def test_broken_line_is_reported_and_the_rest_coded(ray_run, corpus):
    summary, out = ray_run
    broken = corpus[-1]
    assert summary.failures == 2
    assert summary.messages == [f"{broken}:2: broken JSON line (Expecting value at column 8)",
                                f"{broken}:3: record has no 'text' field"]
    assert summary.articles == len(_article_ids(corpus)) == 65 + len(_seed_files()) + 2
    coded = {r["article_id"] for r in _ray_records(out, f"input_index = {len(corpus) - 1}")}
    assert coded == {"b1", "broken-4"}


@pytest.mark.model
@pytest.mark.ray
def test_cli_writes_the_local_engines_jsonl(ray_session, corpus, local_records, tmp_path, capsys):
    from flashpoint.cli.main import main

    out = tmp_path / "events.jsonl"
    code = main(["code", *corpus, "--engine", "ray", "--workers", "2", "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 1, err  # the broken line
    assert "broken.jsonl:2: broken JSON line" in err
    expected = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in local_records)
    assert out.read_text(encoding="utf-8") == expected
    shards = tmp_path / "shards"
    shards.mkdir()
    (shards / "old.parquet").write_bytes(b"x")
    assert main(["code", corpus[-1], "--engine", "ray", "-o", str(shards)]) == 2
    assert "already holds 1 Parquet" in capsys.readouterr().err
    shutil.rmtree(shards)
