"""One route for every pre-coded input: JSON Lines read by DuckDB, lines copied by Python (stdin, CRLF,
compressed files), Parquet files, in any mix, store what ingesting them one by one stores; stdin is
stored as it comes, an article's records never split."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma

import pytest
from store_fakes import art, code_article, events_jsonl, snapshot

from flashpoint.records import ReadFailure, ReadWarning
from flashpoint.store import events_file, ingest_event_files, open_store

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
from test_store_parquet import ARTICLES, TEXTS, content, write_shards  # noqa: E402

CHANGED = art("a0", TEXTS[3], published="2018-03-20", source="S0")  # a0 again, another text: replaces it


def _ingest(db: str, inputs: list[str], stdin: str | None = None, **batch: int) -> list[str]:
    problems: list[ReadFailure | ReadWarning] = []
    with open_store(db) as st:
        ingest_event_files(st, inputs, on_problem=problems.append, batch_events=batch.get("events", 5),
                           batch_articles=batch.get("articles", 3),
                           stdin=io.StringIO(stdin) if stdin is not None else None)
    return sorted(str(p) for p in problems)


def _stored(db: str) -> dict[str, list[tuple]]:
    """Everything stored but where the articles came from."""
    snap = snapshot(db)
    with open_store(db, read_only=True) as st:
        snap["articles"] = sorted(st.rows("SELECT * EXCLUDE (ingested_at, origin) FROM articles"), key=repr)
    return snap


TEXTS_IN = ["\n".join(events_jsonl(ARTICLES[:2]).splitlines() + ["{not json", ""]),
            "\n" + events_jsonl(ARTICLES[5:7]) + '{"article_id": "a6", "event_id": "x"}\n',
            events_jsonl(ARTICLES[7:9]), events_jsonl(ARTICLES[9:12] + [CHANGED])]


def _inputs(tmp_path) -> tuple[list[str], str]:
    """Five inputs, one of each way in (and stdin's text): a plain file (DuckDB reads it), Parquet shards,
    stdin, a gzip file with CRLF line ends (DuckDB refuses it, Python decompresses it), a bzip2 file
    (Python); two with a bad record; the last one changes an article of the first."""
    plain = tmp_path / "plain.jsonl"
    plain.write_text(TEXTS_IN[0])
    shards = write_shards(tmp_path / "shards", ARTICLES[2:5], per_shard=2)
    crlf = tmp_path / "crlf.jsonl.gz"
    crlf.write_bytes(gzip.compress(TEXTS_IN[2].replace("\n", "\r\n").encode()))
    packed = tmp_path / "more.jsonl.bz2"
    packed.write_bytes(bz2.compress(TEXTS_IN[3].encode()))
    return [str(plain), shards, "-", str(crlf), str(packed)], TEXTS_IN[1]


def test_mixed_inputs_in_one_run_store_what_they_store_one_by_one(tmp_path, monkeypatch):
    inputs, stdin = _inputs(tmp_path)
    together = str(tmp_path / "together.duckdb")
    problems = _ingest(together, inputs, stdin)
    assert len(problems) == 2 and f"{inputs[0]}:5: broken JSON line" in problems[0]
    assert "<stdin>:" in problems[1] and "'cameo'" in problems[1]

    alone = str(tmp_path / "alone.duckdb")
    assert sorted(p for path in inputs for p in _ingest(alone, [path], stdin if path == "-" else None)) == problems
    assert snapshot(together) == snapshot(alone)

    monkeypatch.setattr(events_file, "ROUND_SOURCES", 2)  # inputs staged two at a time, in more rounds
    rounds = str(tmp_path / "rounds.duckdb")
    assert _ingest(rounds, inputs, stdin, events=1000, articles=1000) == problems
    assert snapshot(rounds) == snapshot(together)

    # and the same records as one plain JSON Lines file store the same mentions, events and articles
    whole = tmp_path / "whole.jsonl"
    whole.write_text(TEXTS_IN[0] + events_jsonl(ARTICLES[2:5]) + "".join(TEXTS_IN[1:]))
    one = str(tmp_path / "one.duckdb")
    _ingest(one, [str(whole)])
    assert content(one) == content(together)
    with open_store(together, read_only=True) as st:
        assert st.value("SELECT count(*) FROM articles") == len(ARTICLES)
        origins = dict(st.rows("SELECT article_id, origin FROM articles"))
    assert origins["a0"] == f"{inputs[4]}:{1 + sum(len(code_article(a)) for a in ARTICLES[9:12])}"
    assert origins["a5"] == "<stdin>:2" and origins["a2"] == f"{inputs[1]}/part-00000.parquet:1"


def test_compressed_files_store_what_the_plain_file_stores(tmp_path):
    body = events_jsonl(ARTICLES[:4])
    plain = tmp_path / "e.jsonl"
    plain.write_text(body)
    _ingest(str(tmp_path / "plain.duckdb"), [str(plain)])
    expected = content(str(tmp_path / "plain.duckdb"))
    for suffix, pack in ((".gz", gzip.compress), (".bz2", bz2.compress), (".xz", lzma.compress)):
        f = tmp_path / f"e.jsonl{suffix}"
        f.write_bytes(pack(body.encode()))
        db = str(tmp_path / f"{suffix[1:]}.duckdb")
        assert _ingest(db, [str(f)]) == []
        assert content(db) == expected, suffix
    broken = tmp_path / "broken.jsonl.gz"
    broken.write_bytes(gzip.compress(body.encode())[:-40])  # cut short
    problems = _ingest(str(tmp_path / "broken.duckdb"), [str(broken)])
    assert len(problems) == 1 and problems[0].startswith(f"{broken}: cannot read")


BIG = art("big", " ".join(f"Serbia criticized the Kosovo on 2018-03-{d:02d}." for d in range(1, 11)))
BIG2 = art("big", " ".join(f"Kosovo criticized the Serbia on 2018-04-{d:02d}." for d in range(1, 10)))  # 9 events


def test_stdin_in_parts_never_splits_an_article(tmp_path):
    arts = [ARTICLES[0], BIG, ARTICLES[1], ARTICLES[2], BIG2]  # big twice, not consecutive: the later replaces
    body = events_jsonl(arts)
    f = tmp_path / "e.jsonl"
    f.write_text(body)
    for events, articles in ((1, 1), (3, 2), (7, 5), (1000, 1000)):  # parts of 1, 3, 7 and all the lines
        db = str(tmp_path / f"stdin-{events}.duckdb")
        _ingest(db, ["-"], body, events=events, articles=articles)
        ref = str(tmp_path / f"file-{events}.duckdb")
        _ingest(ref, [str(f)], events=events, articles=articles)
        assert _stored(db) == _stored(ref)
        assert _stored(db) == _stored(str(tmp_path / "stdin-1.duckdb"))
        with open_store(db, read_only=True) as st:
            big = st.rows("SELECT n_mentions, origin FROM articles WHERE article_id = 'big'")
        assert big == [(9, f"<stdin>:{len(body.splitlines()) - 8}")]  # the later one, whole


class _Broken(io.StringIO):
    """A stream that breaks after ``n`` lines (a producer killed in the middle of a pipe)."""

    def __init__(self, text: str, n: int) -> None:
        super().__init__(text)
        self.n = n

    def __iter__(self):
        for k, line in enumerate(io.StringIO(self.getvalue())):
            if k == self.n:
                raise RuntimeError("the producer died")
            yield line


def test_stdin_is_stored_as_it_comes(tmp_path):
    """What came before a stream broke is stored, in whole articles: each part is stored before the next is read."""
    arts = [ARTICLES[0], BIG, *ARTICLES[1:6]]
    body = events_jsonl(arts)
    n = len(events_jsonl(arts[:4]).splitlines()) + 1  # breaks after the first line of the fifth article
    db = str(tmp_path / "s.duckdb")
    with open_store(db) as st, pytest.raises(RuntimeError, match="producer died"):
        # the first part is the n lines: stored (the fifth article waits for its rest) before the break
        ingest_event_files(st, ["-"], on_problem=lambda p: None, batch_events=n, batch_articles=2,
                           stdin=_Broken(body, n))
    with open_store(db, read_only=True) as st:
        stored = dict(st.rows("SELECT article_id, n_mentions FROM articles"))
    assert stored == {a.id: len(code_article(a)) for a in arts[:4]}


def test_every_input_is_staged_as_the_same_relation(tmp_path, db):
    """Each way in yields the columns of events_batches.COLUMNS, with the same types (the record struct too)."""
    from flashpoint.store.events_batches import COLUMNS
    from flashpoint.store.events_jsonl import LineCopy, jsonl_file_source
    from flashpoint.store.events_parquet import parquet_source

    inputs, stdin = _inputs(tmp_path)
    with open_store(db) as st:
        staged = jsonl_file_source(st, 0, inputs[0], on_problem=lambda p: None)
        assert staged is not None
        shard = parquet_source(st, 1, f"{inputs[1]}/part-00000.parquet", on_problem=lambda p: None)
        copy = LineCopy(st, 2, "-", on_problem=lambda p: None, stdin=io.StringIO(stdin))
        copy.stage(100)
        assert copy.source.done and jsonl_file_source(st, 3, inputs[3], on_problem=lambda p: None) is None
        bare = tmp_path / "bare.parquet"  # only the required columns
        pq.write_table(pa.table({"article_id": ["x"], "event_id": ["e"], "cameo": ["010"], "sentence_index": [0],
                                 "sentence": ["S."]}), str(bare))
        few = parquet_source(st, 4, str(bare), on_problem=lambda p: None)
        described = [[(str(c), str(t)) for c, t, *_ in st.rows(f"DESCRIBE {s.select}")]
                     for s in (staged[0], shard, copy.source, few)]
    assert [c for c, _ in described[0]] == list(COLUMNS)
    assert described[0] == described[1] == described[2] == described[3]
