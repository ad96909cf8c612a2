"""Line-oriented inputs stream: nothing holds the whole file, lines and numbers come out right."""

from __future__ import annotations

import io
import json
import tracemalloc

from flashpoint.read import ReadWarning, read_inputs
from flashpoint.read import files as read_files
from flashpoint.read.lines import CHUNK, jsonl_rows
from flashpoint.records import Article, ReadFailure


def _record(i: int) -> str:
    return json.dumps({"id": f"n{i}", "text": f"Report {i}: the council met the envoy again. " * 8,
                       "published": "2020-05-01"})


def test_jsonl_lines_across_chunk_boundaries_keep_order_and_numbers(tmp_path):
    f = tmp_path / "many.jsonl"
    lines = [_record(i) for i in range(6000)]
    lines[2500] = "{not json"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert f.stat().st_size > 2 * CHUNK  # several chunks, lines cut at their edges
    items = list(read_inputs([str(f)]))
    arts = [i for i in items if isinstance(i, Article)]
    fails = [i for i in items if isinstance(i, ReadFailure)]
    assert len(arts) == 5999 and arts[0].id == "n0" and arts[-1].id == "n5999"
    assert [(x.line, "broken JSON" in x.message) for x in fails] == [(2501, True)]


def test_reading_a_large_jsonl_file_holds_one_line_at_a_time(tmp_path):
    f = tmp_path / "big.jsonl"
    with open(f, "w", encoding="utf-8") as fh:
        for i in range(40000):
            fh.write(_record(i) + "\n")
    size = f.stat().st_size
    bound = 6 * CHUNK  # a chunk, the part line before it, and the lines split out of them
    assert size > 2 * bound
    tracemalloc.start()
    try:
        n = sum(1 for item in read_inputs([str(f)]) if isinstance(item, Article))
        _cur, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert n == 40000
    assert peak < bound, f"reading {size} bytes peaked at {peak} bytes of Python memory"


def test_a_latin1_line_is_decoded_and_warned_once_with_its_line(tmp_path):
    f = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "u", "text": "Talks resumed."}).encode()
    bad = '{"id": "l", "text": "Le ministre a condamné l\'arrestation."}'.encode("latin-1")
    f.write_bytes(good + b"\n" + bad + b"\n" + bad.replace(b'"l"', b'"m"') + b"\n")
    items = list(read_inputs([str(f)]))
    arts = {a.id: a for a in items if isinstance(a, Article)}
    warns = [w for w in items if isinstance(w, ReadWarning)]
    assert set(arts) == {"u", "l", "m"} and "condamné" in arts["l"].text and "condamné" in arts["m"].text
    assert len(warns) == 1 and warns[0].line == 2 and "not UTF-8" in warns[0].message


def test_jsonl_rows_number_articles_by_line_and_report_binary_and_empty():
    rows = list(jsonl_rows(io.BytesIO(b'\n{"id": "a", "text": "One."}\n\n{"text": "Two."}'), "x.jsonl", "x", None))
    assert [(r[0], r[1].id) for r in rows if isinstance(r, tuple)] == [(2, "a"), (4, "x-4")]
    assert [r.message for r in jsonl_rows(io.BytesIO(b"\x00\x01" * 50), "b.jsonl", "b", None)] == [
        "binary file, not text (skipped)"]
    assert [r.message for r in jsonl_rows(io.BytesIO(b"\n  \n"), "e.jsonl", "e", None)] == ["empty file"]


def test_csv_streams_with_quoted_line_breaks_and_file_line_numbers(tmp_path):
    f = tmp_path / "rows.csv"
    body = "id,text\n" + "".join(f'r{i},"Troops were deployed,\nofficials said ({i})."\n' for i in range(3000))
    body += "bad,\n"
    f.write_text(body, encoding="utf-8")
    assert f.stat().st_size > CHUNK / 16
    items = list(read_inputs([str(f)]))
    arts = [i for i in items if isinstance(i, Article)]
    fails = [i for i in items if isinstance(i, ReadFailure)]
    assert len(arts) == 3000 and arts[-1].id == "r2999" and "officials said (2999)" in arts[-1].text
    assert [x.line for x in fails] == [1 + 2 * 3000 + 1]


def test_csv_latin1_is_decoded_with_a_warning(tmp_path):
    f = tmp_path / "fr.csv"
    f.write_bytes("id,text\nf1,Le ministre a condamné l'arrestation.\n".encode("latin-1"))
    items = list(read_inputs([str(f)]))
    arts = [i for i in items if isinstance(i, Article)]
    assert arts[0].id == "f1" and "condamné" in arts[0].text
    assert any(isinstance(w, ReadWarning) and w.line == 2 for w in items)


def test_long_stdin_of_json_lines_streams(monkeypatch):
    monkeypatch.setattr(read_files, "STDIN_SNIFF", 256)
    data = ("\n".join(_record(i) for i in range(50)) + "\n").encode()
    assert len(data) > 256
    arts = [a for a in read_inputs(["-"], stdin=io.BytesIO(data)) if isinstance(a, Article)]
    assert [a.id for a in arts] == [f"n{i}" for i in range(50)]
    text = b"Plain words. " * 40
    arts = [a for a in read_inputs(["-"], stdin=io.BytesIO(text)) if isinstance(a, Article)]
    assert [a.id for a in arts] == ["stdin"] and arts[0].text.startswith("Plain words.")
