"""Ingest a JSON Lines file of event records through DuckDB: no line passes through Python.

``flashpoint ingest --events FILE.jsonl`` spends most of its time reading lines when Python reads
them (about 5 µs a line to find the article, hash the group and hand the text over). For a plain
local file, DuckDB reads it instead (``read_csv`` with one column: every line, blank ones included,
kept in file order so that row ids number the lines) and takes each line's article id, event id,
published date and hash; it finds the groups of consecutive lines of one article, plans each batch
(which articles are new or changed, see :func:`_batch`) and parses the lines of the articles a batch
stores (``from_json``), all on every core. The rules are exactly those
of the Python reader (:mod:`.events_file`), which still reads stdin, compressed or CRLF files and
any file DuckDB cannot read as UTF-8 text:

* blank lines are skipped; a line that is not a JSON object with an ``article_id`` is reported
  (``FILE:LINE: problem``, the same words as the Python reader) and skipped;
* the consecutive lines of one article form one group, stored as one article whose content hash
  (:func:`~.stage.line_hash_sql`) covers its lines, each stripped of surrounding white space, in
  order: the hash the Python reader has DuckDB compute, so a file can be re-ingested through
  either path without change;
* a repeated event id within a group is skipped (the first line is kept);
* the group's ``published`` is its first line's, when it is a ``YYYY-MM-DD`` date;
* batches, transactions and problem reports as for Parquet input (:mod:`.events_parquet`).

The file is staged in a temporary table for the run and dropped afterwards; DuckDB keeps it within
its ``memory_limit`` (80% of the machine's memory unless ``open_store(memory_limit=...)`` or
``flashpoint ingest --memory-limit`` says less), spilling the rest to disk. Lines are parsed in
full only for the articles a batch stores, so re-running an unchanged file reads and hashes it but
parses nothing.
"""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Callable

import numpy as np

from ..errors import StoreError
from ..records import ReadFailure
from .db import Store
from .events_parquet import chunk_bounds
from .ingest import IngestReport
from .stage import EVENT_JSON_TYPE, check_records, line_hash_sql, pre_coded_article_rows, sql_str
from .write import plan_sql, write_batch

__all__ = ["stageable", "ingest_jsonl_file", "line_article_id"]

ProblemFn = Callable[[ReadFailure], None]
ProgressFn = Callable[[int], None]
AfterFn = Callable[[int], None]

_SCAN = 16 << 20  # bytes read at a time by stageable()
# white space Python's str.strip() removes from a JSON line (besides rarer Unicode spaces)
_WS = "' ' || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)"
# a line stripped of surrounding white space: trim() only where it does not start with "{" and end with
# "}" as JSON objects do (trim copies the line; this test copies nothing, unlike ascii() of its last character)
_STRIPPED = f"CASE WHEN starts_with(l.j, '{{') AND ends_with(l.j, '}}') THEN l.j ELSE trim(l.j, {_WS}) END"
_READ = ("read_csv(?, columns = {'j': 'VARCHAR'}, delim = chr(1), quote = '', escape = '', header = false, "
         "auto_detect = false, strict_mode = false, new_line = '\\n')")


def stageable(path: str) -> bool:
    """Whether DuckDB reads ``path`` line for line as the Python reader does: a plain local file, not
    compressed, UTF-8 throughout, without a byte-order mark or carriage returns (DuckDB would count a
    lone ``\\r`` as a line break, and the line numbers in messages would drift). The whole file is
    scanned for that (in blocks, at the speed of reading it)."""
    if path == "-" or not os.path.isfile(path) or path.lower().endswith((".gz", ".bz2", ".zst", ".xz", ".zip")):
        return False
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with open(path, "rb") as fh:
            first = True
            while block := fh.read(_SCAN):
                if (first and block.startswith(b"\xef\xbb\xbf")) or b"\r" in block:
                    return False
                first = False
                if not block.isascii():
                    decoder.decode(block)
            decoder.decode(b"", final=True)
    except (OSError, UnicodeDecodeError):
        return False
    return True


def _stage(store: Store, path: str) -> None:
    """``_jl(j, x, h)``: every line of the file in file order (its number is ``rowid + 1``), the article id,
    event id and published date of each (NULL where the line is not JSON) and its stripped hash. Raises
    StoreError when DuckDB cannot read the file as UTF-8 text (the caller reads it in Python instead).

    With insertion order preserved, DuckDB reads the file on every core and still stores the rows in
    file order, so row ids number the lines (``row_number() OVER ()`` would number them on one core)."""
    with store.with_duckdb(preserve_insertion_order=True):
        store.run(f"""CREATE OR REPLACE TEMP TABLE _jl AS
                      SELECT j, try(json_extract_string(j, ['$.article_id', '$.event_id', '$.published'])) AS x,
                          hash({_STRIPPED}) AS h
                      FROM {_READ} l""", [path])


def line_article_id(text: str) -> tuple[str | None, str | None]:
    """(article id, problem) of an event record line, by parsing it in Python: the words both readers use
    for a line that is not an event record of an article."""
    try:
        rec = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, f"broken JSON line ({exc.msg} at column {exc.colno})"
    if not isinstance(rec, dict):
        return None, "expected a JSON object (an event record)"
    value = rec.get("article_id")
    if value in (None, ""):
        return None, "event record has no 'article_id'"
    return str(value), None  # an article's record that does not fit the event record: reported when parsed


def _index(store: Store, path: str, on_problem: ProblemFn) -> tuple[np.ndarray, np.ndarray]:
    """Report the lines without an article, then ``_jg(line, aid, h, grp, keep, fixed, pos)`` for the others
    (``h``: the stripped line's hash; ``fixed``: DuckDB could not parse it, Python found its article;
    ``pos``: its place among the group's kept lines) and ``_ja`` with a
    row per group (see :data:`_GROUPS`). Returns the groups' kept lines and the group before each of
    the same article (0: none), for :func:`~.events_parquet.chunk_bounds`."""
    odd = store.rows(f"""SELECT rowid + 1 AS line, j FROM _jl
                         WHERE CASE WHEN x[1] <> '' THEN false ELSE trim(j, {_WS}) <> '' END ORDER BY line""")
    fixes: list[tuple[int, str]] = []
    for line, text in odd:
        aid, problem = line_article_id(str(text))
        if aid is None:
            on_problem(ReadFailure(path, int(line), problem or "unreadable event record"))
        else:
            fixes.append((int(line), aid))
    store.run("CREATE OR REPLACE TEMP TABLE _jfix AS SELECT unnest(CAST(? AS BIGINT[])) AS line, "
              "unnest(CAST(? AS VARCHAR[])) AS aid", [[f[0] for f in fixes], [f[1] for f in fixes]])
    store.run("""CREATE OR REPLACE TEMP TABLE _jg AS
        WITH v AS (
            SELECT x.rowid + 1 AS line, coalesce(NULLIF(x.x[1], ''), f.aid) AS aid, NULLIF(x.x[2], '') AS eid,
                x.x[3] AS pub, x.h, f.aid IS NOT NULL AS fixed
            FROM _jl x LEFT JOIN _jfix f ON f.line = x.rowid + 1
            WHERE coalesce(NULLIF(x.x[1], ''), f.aid) IS NOT NULL),
        o AS (SELECT *, CASE WHEN lag(aid) OVER (ORDER BY line) = aid THEN 0 ELSE 1 END AS st FROM v),
        g AS (SELECT *, sum(st) OVER (ORDER BY line ROWS UNBOUNDED PRECEDING) AS grp FROM o),
        k AS (SELECT line, aid, CASE WHEN st = 1 THEN pub END AS pub, h, grp, fixed,
                  eid IS NULL OR row_number() OVER (PARTITION BY grp, eid ORDER BY line) = 1 AS keep FROM g)
        SELECT line, aid, pub, h, grp, keep, fixed,
            CASE WHEN keep THEN row_number() OVER (PARTITION BY grp, keep ORDER BY line) - 1 END AS pos
        FROM k""")
    store.run(_GROUPS)
    res = store.con.execute("SELECT n, prev FROM _ja ORDER BY grp").fetchnumpy()
    return np.asarray(res["n"], dtype=np.int64), np.asarray(res["prev"], dtype=np.int64)


# ``_ja``: a row per group (``grp`` numbered from 1 in file order): its article, first and last line,
# kept lines ``n``, content hash, published date (its first line's, when a YYYY-MM-DD date) and ``prev``,
# the number of the group before it of the same article (0: none; a batch never holds both).
_GROUPS = f"""
CREATE OR REPLACE TEMP TABLE _ja AS
SELECT grp, aid, first, last, n, hash,
    CASE WHEN regexp_full_match(pub, '[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}') THEN pub END AS pub,
    coalesce(lag(grp) OVER (PARTITION BY aid ORDER BY grp), 0) AS prev
FROM (SELECT grp, any_value(aid) AS aid, min(line) AS first, max(line) AS last, count(*) FILTER (keep) AS n,
          {line_hash_sql("h", "pos", where="keep")} AS hash, max(pub) AS pub
      FROM _jg GROUP BY grp)
"""


def _source(lo: int, hi: int, which: str) -> str:
    """``(seq, article_id, r, ok)`` of the kept lines of the groups ``lo`` .. ``hi`` marked ``which`` in ``_jb``.

    DuckDB parsed every line but the ``fixed`` ones when the file was staged, so only those can make
    ``from_json`` fail (a type that does not fit gives NULL, not an error): only they pay for ``try``."""
    return f"""
    SELECT seq, article_id, r, r IS NOT NULL AS ok FROM (
        SELECT g.line AS seq, g.aid AS article_id,
            CASE WHEN g.fixed THEN try(from_json(l.j, '{EVENT_JSON_TYPE}')) ELSE from_json(l.j, '{EVENT_JSON_TYPE}')
            END AS r
        FROM _jl l JOIN _jg g ON g.line = l.rowid + 1
        WHERE g.keep AND l.rowid BETWEEN {lo - 1} AND {hi - 1} AND g.line BETWEEN {lo} AND {hi}
          AND g.grp IN (SELECT grp FROM _jb WHERE {which}))"""


def _failures(path: str, bad: list[tuple[int, str]]) -> list[tuple[int, ReadFailure]]:
    return [(line, ReadFailure(path, line, problem)) for line, problem in bad]


def ingest_jsonl_file(store: Store, path: str, report: IngestReport, *, on_problem: ProblemFn,
                      batch_events: int, batch_articles: int, after_batch: AfterFn,
                      progress: ProgressFn | None = None) -> bool:
    """Store the event records of the JSON Lines file ``path`` through DuckDB (see the module docstring).
    Returns False, having stored nothing, when DuckDB cannot read the file (read it in Python instead)."""
    try:
        _stage(store, path)
    except StoreError:
        store.run("DROP TABLE IF EXISTS _jl")
        return False
    try:
        n, prev = _index(store, path, on_problem)
        if not len(n) and not store.value(f"SELECT count(*) FROM _jl WHERE trim(j, {_WS}) <> ''"):
            on_problem(ReadFailure(path, None, "empty file"))
        for first, last in chunk_bounds(n, prev, batch_events, batch_articles):
            _batch(store, path, first + 1, last, report, on_problem, after_batch)
            if progress is not None:
                progress(last - first)
    finally:
        for table in ("_jl", "_jg", "_ja", "_jb", "_jfix"):
            store.run(f"DROP TABLE IF EXISTS {table}")
    return True


def _batch(store: Store, path: str, first: int, last: int, report: IngestReport,
           on_problem: ProblemFn, after_batch: AfterFn) -> None:
    """Store the groups ``first`` .. ``last``: planned in SQL (as :func:`~.write.plan_records` plans), so
    that no article of a large file passes through Python."""
    report.articles_read += last - first + 1
    store.run(f"""CREATE OR REPLACE TEMP TABLE _jb AS
                 SELECT j.*, {plan_sql("a", "j.hash")}
                 FROM _ja j LEFT JOIN articles a ON a.article_id = j.aid WHERE j.grp BETWEEN ? AND ?""",
              [first, last])
    lo, hi, todo, recheck = store.rows("SELECT min(first), max(last), count(*) FILTER (todo), "
                                       "count(*) FILTER (recheck) FROM _jb")[0]
    report.unchanged += last - first + 1 - int(todo)
    problems: list[tuple[int, ReadFailure]] = []
    if recheck:  # bad records are reported on every run
        problems += _failures(path, check_records(store, _source(lo, hi, "recheck")))
    if todo:
        res = write_batch(store, records=_source(lo, hi, "todo"),
                          articles=pre_coded_article_rows("_jb", f"{sql_str(path + ':')} || first"))
        problems += _failures(path, res.bad)
        report.add(res)
        after_batch(res.mentions)
    for _, failure in sorted(problems, key=lambda p: p[0]):
        on_problem(failure)
