"""Odd inputs lose nothing: byte-order marks, UTF-16, bad dates, pipes in folders."""

from __future__ import annotations

import codecs
import json
import os
import threading

import pytest

from flashpoint.read import read_inputs
from flashpoint.records import Article, ReadFailure, ReadWarning

TEXT = "Police in Lima detained two union leaders on Friday."


def _items(*paths, published=None):
    return list(read_inputs([str(p) for p in paths], published))


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_text_with_a_byte_order_mark_is_read(tmp_path, encoding):
    f = tmp_path / "report.txt"
    data = TEXT.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    f.write_bytes(data)
    (art,) = _items(f)
    assert isinstance(art, Article) and art.text == TEXT


def test_a_bad_published_date_keeps_the_article_with_a_warning(tmp_path):
    f = tmp_path / "recs.jsonl"
    f.write_text(json.dumps({"id": "a", "text": TEXT, "published": "last Friday"}) + "\n"
                 + json.dumps({"id": "b", "text": TEXT, "published": "2024-03-01"}) + "\n")
    items = _items(f, published="2024-03-04")
    warnings = [i for i in items if isinstance(i, ReadWarning)]
    arts = {i.id: i for i in items if isinstance(i, Article)}
    assert set(arts) == {"a", "b"} and not [i for i in items if isinstance(i, ReadFailure)]
    assert arts["a"].published == "2024-03-04" and arts["b"].published == "2024-03-01"
    (w,) = warnings
    assert (w.path, w.line) == (str(f), 1) and "kept, dated 2024-03-04" in w.message
    c = tmp_path / "rows.csv"
    c.write_text(f"id,text,published\nr1,{TEXT},soon\n")
    items = _items(c)
    assert [i.published for i in items if isinstance(i, Article)] == [None]
    assert any(isinstance(i, ReadWarning) and "kept, undated" in i.message for i in items)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_in_a_folder_is_skipped_not_waited_on(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    os.mkfifo(tmp_path / "b.pipe")
    (tmp_path / "c.txt").write_text(TEXT)
    done: list[list] = []
    t = threading.Thread(target=lambda: done.append(_items(tmp_path)), daemon=True)
    t.start()
    t.join(20)
    assert done, "reading the folder blocked on the pipe"
    items = done[0]
    assert [i.id for i in items if isinstance(i, Article)] == ["a", "c"]
    assert any(isinstance(i, ReadWarning) and i.path.endswith("b.pipe") for i in items)


def test_parquet_articles_are_read_locally(tmp_path):
    import duckdb

    good = tmp_path / "arts.parquet"
    duckdb.sql(f"""COPY (SELECT * FROM (VALUES ('p1', '{TEXT}', DATE '2024-03-01'), (NULL, '{TEXT}', NULL),
                                             ('p3', '', NULL)) t(id, text, published))
                   TO '{good}' (FORMAT parquet)""")
    items = _items(good)
    arts = [i for i in items if isinstance(i, Article)]
    assert [(a.id, a.published, a.origin) for a in arts] == [("p1", "2024-03-01", f"{good}:1"),
                                                              ("arts-2", None, f"{good}:2")]
    (bad,) = [i for i in items if isinstance(i, ReadFailure)]
    assert (bad.line, bad.message) == (3, "'text' is empty")
    shards = tmp_path / "events.parquet"  # event records, not articles: one message
    duckdb.sql(f"COPY (SELECT 'e1' AS event_id, 'a' AS article_id) TO '{shards}' (FORMAT parquet)")
    (fail,) = _items(shards)
    assert isinstance(fail, ReadFailure) and fail.line is None and "no 'text' column" in fail.message
    junk = tmp_path / "junk.parquet"
    junk.write_text("not parquet")
    (fail,) = _items(junk)
    assert isinstance(fail, ReadFailure) and "not a readable Parquet file" in fail.message
