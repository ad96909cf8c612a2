"""JSON Lines event records read by DuckDB (plain files) and line by line in Python (stdin, odd files)
store exactly the same thing and report the same problems at the same lines."""

from __future__ import annotations

import io
import json

from store_fakes import art, code_article, snapshot

from flashpoint.records import ReadFailure, ReadWarning
from flashpoint.store import ingest_event_files, open_store
from flashpoint.store.events_jsonl import jsonl_file_source

TEXTS = ["Kosovo police arrested the Serbian in Mitrovica on 2018-03-26. Serbia criticized the Kosovo on 2018-03-27.",
         "Albania praised the Kosovo on 2018-04-02. Romania met the Serbia in Belgrade on 2018-04-03.",
         "Croatia met the Montenegro in Belgrade on 2018-03-27. Serbia criticized the Kosovo on 2018-03-27."]


def _lines() -> list[str]:
    """Records of several articles with every irregularity the readers must treat alike."""
    out: list[str] = []
    arts = [art(f"a{i}", TEXTS[i % 3], published=f"2018-03-{20 + i:02d}") for i in range(6)]
    for i, a in enumerate(arts):
        recs = [e.to_dict() for e in code_article(a)]
        lines = [json.dumps(r) for r in recs]
        if i == 1:
            lines.append(lines[0])  # a repeated event id in the group: skipped
        if i == 2:
            first = dict(recs[0])
            del first["published"]  # the group's first line has no date: the article has none
            lines[0] = json.dumps(first)
            lines.insert(1, "")  # a blank line inside a group
            lines.insert(1, "   ")
        if i == 3:
            lines.insert(1, "{broken json")  # reported, the group goes on
            lines.append(json.dumps([1, 2]))  # not an object
            lines.append(json.dumps({"event_id": "x", "cameo": "010"}))  # no article id
            # a lone surrogate: Python reads the line, DuckDB does not; reported when parsed, by both readers
            lines.append(json.dumps(dict(recs[0], event_id="surrogate", trigger="\ud800")))
        if i == 4:
            bad = dict(recs[0], event_id="bad-cameo", cameo="ABC")  # reported by the record check
            lines.append(json.dumps(bad))
            lines.append(json.dumps(dict(recs[0], event_id="no-date", date="someday")))
        if i == 5:
            r = dict(recs[0], article_id=7, event_id="numeric-id", published="2018-03-31T10:00:00")
            lines.append(json.dumps(r))  # a numeric article id, a published that is not a plain date
        out += lines
    out.append(json.dumps(dict(json.loads(out[0]), event_id="later-a0")))  # a0 again, not consecutive: replaces
    out.append("  ")
    return out


def _ingest(db: str, source: str, stdin: bytes | None = None) -> list[tuple[int | None, str]]:
    problems: list[ReadFailure | ReadWarning] = []
    with open_store(db) as st:
        ingest_event_files(st, [source], on_problem=problems.append, batch_events=7, batch_articles=3,
                           stdin=io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8") if stdin is not None else None)
    return [(p.line, p.message) for p in problems]


def _read_by_duckdb(tmp_path, path) -> bool:
    """Whether DuckDB reads ``path`` itself (else Python copies its lines); what it staged is dropped."""
    with open_store(str(tmp_path / "probe.duckdb")) as st:
        staged = jsonl_file_source(st, 0, str(path), on_problem=lambda p: None)
        st.run("DROP TABLE IF EXISTS _el0")
    return staged is not None


def _content(db: str) -> dict[str, list[tuple]]:
    snap = snapshot(db)
    with open_store(db, read_only=True) as st:
        snap["articles"] = sorted(st.rows("SELECT * EXCLUDE (ingested_at, origin) FROM articles"), key=repr)
        snap["origins"] = sorted(st.rows("SELECT article_id, split_part(origin, ':', -1) FROM articles"))
    return snap


def test_duckdb_and_python_readers_store_the_same_and_report_the_same(tmp_path):
    data = ("\n".join(_lines()) + "\n").encode("utf-8")
    src = tmp_path / "events.jsonl"
    src.write_bytes(data)
    assert _read_by_duckdb(tmp_path, src)
    a, b = str(tmp_path / "duck.duckdb"), str(tmp_path / "py.duckdb")
    problems_duck = _ingest(a, str(src))
    problems_py = _ingest(b, "-", stdin=data)
    assert sorted(problems_duck) == sorted(problems_py)
    assert {m for _, m in problems_duck} >= {"expected a JSON object (an event record)",
                                            "event record has no 'article_id'"}
    assert any("broken JSON line" in m for _, m in problems_duck)
    assert sum(m == "broken JSON line" for _, m in problems_duck) == 1  # the surrogate
    assert _content(a) == _content(b)
    with open_store(a, read_only=True) as st:
        assert st.value("SELECT count(*) FROM articles WHERE article_id = '7'") == 1
        assert st.value("SELECT published FROM articles WHERE article_id = '7'") is None
        assert st.value("SELECT published FROM articles WHERE article_id = 'a2'") is None
        assert str(st.value("SELECT published FROM articles WHERE article_id = 'a1'")) == "2018-03-21"
    # the same file again, through either reader, changes nothing and reports the same problems
    assert sorted(_ingest(a, "-", stdin=data)) == sorted(problems_duck)
    assert sorted(_ingest(b, str(src))) == sorted(problems_duck)
    assert _content(a) == _content(b)


def test_files_duckdb_cannot_read_take_the_python_reader(tmp_path):
    lines = _lines()
    crlf = tmp_path / "crlf.jsonl"
    crlf.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    latin = tmp_path / "latin.jsonl"
    body = "\n".join(lines) + "\n"
    latin.write_bytes(body.replace("Kosovo", "Kosov\u00e9").encode("latin-1", errors="replace"))
    plain = tmp_path / "plain.jsonl"
    plain.write_text(body, encoding="utf-8")
    with open_store(str(tmp_path / "direct.duckdb")) as st:  # DuckDB tries, fails and stages nothing
        for f in (crlf, latin):
            assert jsonl_file_source(st, 0, str(f), on_problem=lambda p: None) is None
            assert not st.rows("SELECT * FROM duckdb_tables() WHERE table_name = '_el0'")
    ref = str(tmp_path / "ref.duckdb")
    expected = _ingest(ref, str(plain))
    for f in (crlf, latin):
        db = str(tmp_path / f"{f.stem}.duckdb")
        got = _ingest(db, str(f))
        if f is latin:  # the same, plus one warning that the file is not UTF-8 (its records are kept)
            warning = (1, "not UTF-8: undecodable bytes replaced with U+FFFD (first such line; the records are kept)")
            assert warning in got
            got.remove(warning)
        assert sorted(got) == sorted(expected)
        assert snapshot(db)["mentions"] and len(snapshot(db)["mentions"]) == len(snapshot(ref)["mentions"])


def test_an_empty_or_blank_file_is_reported_by_both_readers(tmp_path):
    f = tmp_path / "blank.jsonl"
    f.write_text("\n  \n\n")
    assert _ingest(str(tmp_path / "s.duckdb"), str(f)) == [(None, "empty file")]
    assert _ingest(str(tmp_path / "t.duckdb"), "-", stdin=b"\n  \n") == [(None, "empty file")]


def test_a_carriage_return_or_bad_utf8_far_into_the_file_keeps_the_python_reader(tmp_path):
    body = ("\n".join(_lines()) + "\n").encode("utf-8")
    late_cr = tmp_path / "late_cr.jsonl"
    late_cr.write_bytes(body + b" " * (17 << 20) + b"\r\n")
    late_latin = tmp_path / "late_latin.jsonl"
    late_latin.write_bytes(body + b" " * (17 << 20) + b'{"article_id": "z", "sentence": "caf\xe9"}\n')
    assert not _read_by_duckdb(tmp_path, late_cr) and not _read_by_duckdb(tmp_path, late_latin)
    assert _read_by_duckdb(tmp_path, _plain(tmp_path))
    expected = _ingest(str(tmp_path / "plain.duckdb"), str(_plain(tmp_path)))
    last = len(_lines()) + 1
    assert sorted(_ingest(str(tmp_path / "cr.duckdb"), str(late_cr))) == sorted(expected)
    # Python reads the Latin-1 file: the records are kept, the line numbers right (its last record lacks an id)
    assert sorted(_ingest(str(tmp_path / "latin.duckdb"), str(late_latin))) == sorted(
        [*expected, (last, "event record has no 'event_id'"),
         (last, "not UTF-8: undecodable bytes replaced with U+FFFD (first such line; the records are kept)")])


def _plain(tmp_path):
    f = tmp_path / "plain.jsonl"
    f.write_text("\n".join(_lines()) + "\n", encoding="utf-8")
    return f


def test_ingest_under_a_memory_limit_and_a_bad_limit(tmp_path):
    import pytest

    from flashpoint.errors import StoreError

    src = tmp_path / "events.jsonl"
    src.write_text("\n".join(_lines()) + "\n", encoding="utf-8")
    with open_store(str(tmp_path / "m.duckdb"), memory_limit="256MB") as st:
        assert st.value("SELECT current_setting('memory_limit')")
        ingest_event_files(st, [str(src)], on_problem=lambda f: None)
        assert st.value("SELECT count(*) FROM mentions")
    with pytest.raises(StoreError, match="memory limit"):
        open_store(str(tmp_path / "n.duckdb"), memory_limit="lots; DROP TABLE x")


def test_batch_bounds_are_whole_groups_that_never_repeat_an_article():
    """chunk_bounds against the rule written as a plain loop: a batch closes once it holds max_events
    records or max_articles groups, and before a group whose article it holds already."""
    import random

    import numpy as np

    from flashpoint.store.events_batches import chunk_bounds

    def reference(groups, max_events, max_articles):
        out, start, n, ids = [], 0, 0, set()
        for k, (aid, size) in enumerate(groups):
            if k > start and (n >= max_events or k - start >= max_articles or aid in ids):
                out.append((start, k))
                start, n, ids = k, 0, set()
            ids.add(aid)
            n += size
        return out + ([(start, len(groups))] if groups else [])

    rng = random.Random(11)
    for _ in range(300):
        groups = [(f"a{rng.randint(0, 12)}", rng.randint(1, 9)) for _ in range(rng.randint(0, 40))]
        last: dict[str, int] = {}
        prev = []
        for k, (aid, _) in enumerate(groups, start=1):
            prev.append(last.get(aid, 0))
            last[aid] = k
        max_events, max_articles = rng.randint(1, 30), rng.randint(1, 8)
        got = chunk_bounds(np.array([n for _, n in groups], dtype=np.int64), np.array(prev, dtype=np.int64),
                           max_events, max_articles)
        assert got == reference(groups, max_events, max_articles)


def _ingest_file(db, path):
    problems = []
    with open_store(db) as st:
        report = ingest_event_files(st, [str(path)], on_problem=problems.append)
        mentions = st.value("SELECT count(*) FROM mentions")
    return report, mentions, problems


def test_a_byte_order_mark_does_not_cost_the_first_record(tmp_path):
    recs = [json.dumps(e.to_dict()) for e in code_article(art("a1", TEXTS[0]))]
    f = tmp_path / "bom.jsonl"
    f.write_bytes(b"\xef\xbb\xbf" + ("\n".join(recs) + "\n").encode())
    report, mentions, problems = _ingest_file(str(tmp_path / "s.duckdb"), f)
    assert problems == [] and mentions == len(recs) == 2


def test_bytes_that_are_not_utf8_are_kept_with_a_warning(tmp_path):
    recs = [e.to_dict() for e in code_article(art("a1", TEXTS[0]))]
    lines = [json.dumps(r, ensure_ascii=False).encode() for r in recs]
    lines[1] = lines[1].replace(b"Serbia", b"Serbi\xe9")  # Latin-1 in one record's sentence
    f = tmp_path / "latin.jsonl"
    f.write_bytes(b"\n".join(lines) + b"\n")
    _, mentions, problems = _ingest_file(str(tmp_path / "s.duckdb"), f)
    assert mentions == 2
    (w,) = problems
    assert isinstance(w, ReadWarning) and w.line == 2 and "not UTF-8" in w.message


def test_a_binary_file_is_one_message(tmp_path):
    f = tmp_path / "blob.jsonl"
    f.write_bytes(bytes(range(256)) * 40)
    _, mentions, problems = _ingest_file(str(tmp_path / "s.duckdb"), f)
    assert mentions == 0
    assert [(p.path, p.line, p.message) for p in problems] == [(str(f), None, "binary file, not event records (skipped)")]


def test_how_each_date_was_found_is_stored_and_older_records_have_none(tmp_path):
    src = tmp_path / "events.jsonl"
    recs = [e.to_dict() for e in code_article(art("b", "Serbia criticized the Kosovo on 2018-03-27. "
                                                       "Albania praised the Kosovo.", published="2018-03-28"))]
    older = dict(recs[1], event_id="older")
    del older["date_basis"]  # a record written before the field
    src.write_text("".join(json.dumps(r) + "\n" for r in [*recs, older]), encoding="utf-8")
    with open_store(str(tmp_path / "d.duckdb")) as st:
        ingest_event_files(st, [str(src)], on_problem=lambda f: None)
        got = st.rows("SELECT mention_id, date, date_basis FROM mentions ORDER BY sentence_index, mention_id")
    assert [(str(d), b) for _, d, b in got] == [("2018-03-27", "stated"), ("2018-03-28", "published"),
                                                ("2018-03-28", None)]
