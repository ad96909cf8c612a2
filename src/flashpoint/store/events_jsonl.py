"""Ingest a JSON Lines file of event records through DuckDB: no line passes through Python.

``flashpoint ingest --events FILE.jsonl`` spends most of its time reading lines when Python reads
them (about 5 µs a line to find the article, hash the group and hand the text over). For a plain
local file, DuckDB reads it instead (``read_csv`` with one column: every line, blank ones included,
so line numbers are the file's), parses every line once (``from_json``), finds the groups of
consecutive lines of one article and hashes them, all on every core. The rules are exactly those
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
``flashpoint ingest --memory-limit`` says less), spilling the rest to disk. Lines are parsed in full only for the articles a batch stores, so
re-running an unchanged file reads and hashes it but parses nothing.
"""

from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..errors import StoreError
from ..records import ReadFailure
from .db import Store
from .events_parquet import chunk_groups
from .ingest import IngestReport
from .stage import EVENT_JSON_TYPE, ArticleRow, check_records, line_hash_sql, sql_in
from .write import plan_records, write_batch

__all__ = ["stageable", "ingest_jsonl_file", "line_article_id"]

ProblemFn = Callable[[ReadFailure], None]
ProgressFn = Callable[[int], None]
AfterFn = Callable[[int], None]

_SCAN = 16 << 20  # bytes read at a time by stageable()
# white space Python's str.strip() removes from a JSON line (besides rarer Unicode spaces)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")  # a group's published date, as the Python reader takes it
_WS = "' ' || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)"
# a line stripped of surrounding white space; trim() only where an end is not a visible ASCII character
# (trim copies the line: most lines start with "{" and end with "}")
_STRIPPED = (f"CASE WHEN ascii(l.j) BETWEEN 33 AND 126 AND ascii(l.j[-1:]) BETWEEN 33 AND 126 THEN l.j "
             f"ELSE trim(l.j, {_WS}) END")
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


@dataclass(slots=True)
class _Group:
    """The consecutive lines ``first`` .. ``last`` (1-based) of one article."""

    article_id: str
    first: int
    last: int
    n: int


def _stage(store: Store, path: str) -> None:
    """``_jl(j, x, h)``: every line of the file in file order (its number is ``rowid + 1``), the article id,
    event id and published date of each (NULL where the line is not JSON) and its stripped hash. Raises
    StoreError when DuckDB cannot read the file as UTF-8 text (the caller reads it in Python instead).

    With insertion order preserved, DuckDB reads the file on every core and still stores the rows in
    file order, so row ids number the lines (``row_number() OVER ()`` would number them on one core)."""
    before = store.value("SELECT current_setting('preserve_insertion_order')")
    store.run("SET preserve_insertion_order = true")
    try:
        store.run(f"""CREATE OR REPLACE TEMP TABLE _jl AS
                      SELECT j, try(json_extract_string(j, ['$.article_id', '$.event_id', '$.published'])) AS x,
                          hash({_STRIPPED}) AS h
                      FROM {_READ} l""", [path])
    finally:
        store.run(f"SET preserve_insertion_order = {'true' if before in (True, 'true') else 'false'}")


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


def _index(store: Store, path: str, on_problem: ProblemFn) -> list[_Group]:
    """Report the lines without an article, then ``_jg(line, aid, pub, h, grp, keep, pos)`` for the others
    (``h``: the stripped line's hash; ``pos``: its place among the group's kept lines) and their groups."""
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
                x.x[3] AS pub, x.h
            FROM _jl x LEFT JOIN _jfix f ON f.line = x.rowid + 1
            WHERE coalesce(NULLIF(x.x[1], ''), f.aid) IS NOT NULL),
        o AS (SELECT *, CASE WHEN lag(aid) OVER (ORDER BY line) = aid THEN 0 ELSE 1 END AS st FROM v),
        g AS (SELECT *, sum(st) OVER (ORDER BY line ROWS UNBOUNDED PRECEDING) AS grp FROM o),
        k AS (SELECT line, aid, pub, h, grp,
                  eid IS NULL OR row_number() OVER (PARTITION BY grp, eid ORDER BY line) = 1 AS keep FROM g)
        SELECT line, aid, pub, h, grp, keep,
            CASE WHEN keep THEN row_number() OVER (PARTITION BY grp, keep ORDER BY line) - 1 END AS pos
        FROM k""")
    res = store.con.execute("SELECT any_value(aid), min(line), max(line), count(*) FILTER (keep) FROM _jg "
                            "GROUP BY grp ORDER BY grp").fetchall()
    return [_Group(str(a), int(lo), int(hi), int(n)) for a, lo, hi, n in res]


def _ranges(groups: list[_Group], column: str, offset: int = 0) -> str:
    """SQL condition on the line number ``column`` (less ``offset``) covering the groups (adjacent groups merged)."""
    spans: list[list[int]] = []
    for g in groups:
        if spans and spans[-1][1] + 1 >= g.first:
            spans[-1][1] = g.last
        else:
            spans.append([g.first, g.last])
    return "(" + " OR ".join(f"{column} BETWEEN {lo - offset} AND {hi - offset}" for lo, hi in spans) + ")"


def _source(groups: list[_Group], ids: list[str] | None = None) -> str:
    """``(seq, article_id, r, ok)`` of the kept lines of ``groups`` (only the articles ``ids`` if given)."""
    only = "" if ids is None else " AND " + sql_in("g.aid", ids)
    return f"""
    SELECT seq, article_id, r, r IS NOT NULL AS ok FROM (
        SELECT g.line AS seq, g.aid AS article_id, try(from_json(l.j, '{EVENT_JSON_TYPE}')) AS r
        FROM _jl l JOIN _jg g ON g.line = l.rowid + 1
        WHERE g.keep AND {_ranges(groups, "l.rowid", 1)} AND {_ranges(groups, "g.line")}{only})"""


def _hashes(store: Store, groups: list[_Group]) -> dict[str, tuple[str, str | None]]:
    """``{article_id: (content hash of its kept lines, published of its first line)}`` (ids unique in a batch)."""
    rows = store.rows(f"""
        SELECT aid, {line_hash_sql("h", "pos")}, arg_min(pub, line) FROM _jg
        WHERE keep AND {_ranges(groups, "line")} GROUP BY grp, aid""")
    return {str(aid): (str(digest), str(pub) if pub is not None and _DATE.fullmatch(str(pub)) else None)
            for aid, digest, pub in rows}


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
        groups = _index(store, path, on_problem)
        if not groups and not store.value(f"SELECT count(*) FROM _jl WHERE trim(j, {_WS}) <> ''"):
            on_problem(ReadFailure(path, None, "empty file"))
        for chunk in chunk_groups(groups, batch_events, batch_articles):
            _batch(store, path, chunk.groups, report, on_problem, after_batch)
            if progress is not None:
                progress(len(chunk.groups))
    finally:
        for table in ("_jl", "_jg", "_jfix"):
            store.run(f"DROP TABLE IF EXISTS {table}")
    return True


def _batch(store: Store, path: str, groups: list[_Group], report: IngestReport,
           on_problem: ProblemFn, after_batch: AfterFn) -> None:
    report.articles_read += len(groups)
    hashes = _hashes(store, groups)
    todo_ids, recheck = plan_records(store, [g.article_id for g in groups], {a: h for a, (h, _) in hashes.items()})
    todo = [g for g in groups if g.article_id in todo_ids]
    report.unchanged += len(groups) - len(todo)
    problems: list[tuple[int, ReadFailure]] = []
    if recheck:  # bad records are reported on every run
        again = set(recheck)
        rechecked = [g for g in groups if g.article_id in again]
        problems += _failures(path, check_records(store, _source(rechecked, recheck)))
    if todo:
        rows = [ArticleRow(article_id=g.article_id, content_hash=hashes[g.article_id][0], title=None, url=None,
                           source=None, published=hashes[g.article_id][1], language=None, text=None,
                           origin=f"{path}:{g.first}", source_key="") for g in todo]
        src = _source(todo, None if len(todo) == len(groups) else sorted(todo_ids))
        res = write_batch(store, rows, records=src)
        problems += _failures(path, res.bad)
        report.add(res, rows)
        after_batch(res.mentions)
    for _, failure in sorted(problems, key=lambda p: p[0]):
        on_problem(failure)
