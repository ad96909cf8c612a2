"""Ingest pre-coded event records from Parquet: the shards ``flashpoint code --engine ray`` writes, or any
file with the event record's columns (``ingest --events``).

DuckDB reads the files (``read_parquet``) and the typed columns go straight into the mention rows: no
JSON is parsed and no row passes through Python. The guarantees are those of JSON Lines input
(:mod:`.events_file`):

* the consecutive rows of one article (same ``article_id``) in one file form one group, stored as
  one article; a repeated event id within a group is skipped;
* a group's content hash covers every record column except where it came from (``record``,
  ``origin``, ``input_index``, ``input_row``, ``event_index``): an unchanged group is skipped, a changed
  one replaces the stored article (the hash is DuckDB's ``hash`` summed over the rows, so it does not
  see a pure reordering of an article's rows, which changes nothing stored either);
* one transaction per batch of whole groups (the batches cut where the JSON Lines path cuts them);
* bad rows are reported on every run with the file and the 1-based row number, and skipped.

Files are read in the order given (a folder: its ``*.parquet`` / ``*.pq`` files in name order), rows in
file order. A first pass over each file reads only ``article_id`` to find the groups; each batch then
reads its row range (``file_row_number`` filters prune whole row groups).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar

import numpy as np

from ..errors import StoreError
from ..records import ReadFailure
from ..schema.fields import parquet_columns
from .db import Store, store_errors
from .ingest import IngestReport
from .stage import check_records, pre_coded_article_rows, sql_str
from .write import plan_sql, write_batch

__all__ = ["PARQUET_SUFFIXES", "is_parquet", "parquet_inputs", "ingest_parquet_files", "chunk_groups", "chunk_bounds",
           "GroupChunk"]

PARQUET_SUFFIXES = (".parquet", ".pq")
REQUIRED = ("article_id", "event_id", "cameo", "sentence_index", "sentence")
# where a row came from (Ray shards): not content
_POSITION = ("record", "origin", "input_index", "input_row", "event_index")
_ROW_BITS = 40  # seq = file number << 40 | row: one BIGINT orders and locates every row

ProblemFn = Callable[[ReadFailure], None]
ProgressFn = Callable[[int], None]
AfterFn = Callable[[int], None]

# the record's scalar and struct columns with their DuckDB types, from the record's one definition
_SCALARS, _STRUCTS = parquet_columns()


def is_parquet(path: str) -> bool:
    return path.lower().endswith(PARQUET_SUFFIXES)


def parquet_inputs(path: str) -> list[str] | None:
    """The Parquet files an input names: itself, or a folder's ``*.parquet``/``*.pq`` files in name order;
    None when it is neither (a JSON Lines file or stdin)."""
    if path != "-" and os.path.isdir(path):
        return sorted(os.path.join(path, f) for f in os.listdir(path)
                      if is_parquet(f) and os.path.isfile(os.path.join(path, f)))
    return [path] if is_parquet(path) else None


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@dataclass(slots=True)
class _File:
    """One readable Parquet file of event records: its number, path and how to read a record from it."""

    number: int
    path: str
    record_sql: str  # the struct ``r`` (EVENT_JSON_TYPE's shape) from the file's columns
    hash_sql: str  # a row's content hash (UBIGINT)
    has_published: bool

    def scan(self, lo: int, hi: int, where: str = "TRUE", dedup: bool = False) -> str:
        """``(seq, article_id, r, ok)`` of rows ``lo`` .. ``hi`` (0-based, inclusive); with ``dedup`` only the
        first row of an event id within an article (a window over whole rows: only when there are repeats)."""
        qualify = ("QUALIFY event_id IS NULL OR row_number() OVER (PARTITION BY article_id, event_id "
                   "ORDER BY file_row_number) = 1") if dedup else ""
        return f"""
    SELECT (CAST({self.number} AS BIGINT) << {_ROW_BITS}) | file_row_number AS seq,
        CAST(article_id AS VARCHAR) AS article_id, {self.record_sql} AS r, true AS ok
    FROM read_parquet({sql_str(self.path)}, file_row_number = true)
    WHERE file_row_number BETWEEN {lo} AND {hi} AND article_id IS NOT NULL AND CAST(article_id AS VARCHAR) <> ''
      AND ({where})
    {qualify}"""


def _describe(store: Store, sql: str) -> dict[str, str]:
    return {str(r[0]): str(r[1]) for r in store.rows(f"DESCRIBE {sql}")}


def _open_file(store: Store, number: int, path: str) -> tuple[_File | None, str | None]:
    src = f"read_parquet({sql_str(path)})"
    if not os.path.isfile(path):
        return None, "cannot read: no such file"
    try:
        cols = _describe(store, f"SELECT * FROM {src}")
    except StoreError as exc:  # not Parquet, truncated, ...
        return None, f"cannot read Parquet: {str(exc).splitlines()[0]}"
    missing = [c for c in REQUIRED if c not in cols]
    if missing:
        return None, f"not event records: no column {', '.join(repr(c) for c in missing)}"
    parts = [f"'{name}': " + (f"CAST({_q(name)} AS {typ})" if name in cols else f"CAST(NULL AS {typ})")
             for name, typ in _SCALARS]
    for name, fields in _STRUCTS.items():
        typ = cols.get(name, "")
        if not typ.startswith("STRUCT"):
            parts.append(f"'{name}': NULL")
            continue
        have = set(_describe(store, f"SELECT {_q(name)}.* FROM {src}"))
        inner = ", ".join(f"'{f}': " + (f"CAST({_q(name)}.{_q(f)} AS {t})" if f in have else f"CAST(NULL AS {t})")
                          for f, t in fields)
        parts.append(f"'{name}': CASE WHEN {_q(name)} IS NOT NULL THEN {{{inner}}} END")
    for name in ("version", "explain"):
        typ = cols.get(name, "")
        if typ.startswith(("STRUCT", "MAP")):  # as the JSON record writes it: keys with null values left out
            expr = f"CAST(json_merge_patch('{{}}', to_json({_q(name)})) AS JSON)"
        elif typ:
            expr = f"try(json(CAST({_q(name)} AS VARCHAR)))"
        else:
            expr = "CAST(NULL AS JSON)"
        parts.append(f"'{name}': CASE WHEN {_q(name)} IS NOT NULL THEN {expr} END" if typ else f"'{name}': {expr}")
    content = [_q(c) for c in cols if c not in _POSITION]
    return _File(number, path, "{" + ", ".join(parts) + "}", f"hash({', '.join(content)})", "published" in cols), None


class _Sized(Protocol):
    @property
    def article_id(self) -> str: ...

    @property
    def n(self) -> int: ...


G = TypeVar("G", bound=_Sized)


@dataclass(slots=True)
class GroupChunk(Generic[G]):
    """One batch: whole groups of records, ``n`` records in all."""

    groups: list[G] = field(default_factory=list)
    n: int = 0


def _stage_groups(store: Store, files: list[_File], on_problem: ProblemFn) -> tuple[np.ndarray, np.ndarray]:
    """``_pg(gno, file, aid, lo, hi, n, prev)``: the groups of consecutive rows of one article in each
    file (rows 0-based), numbered from 1 in input order, ``prev`` the number of the group before of the
    same article (0: none); rows without an article id are reported. Returns ``n`` and ``prev``."""
    store.run("CREATE OR REPLACE TEMP TABLE _pg0 (file INTEGER, aid VARCHAR, lo BIGINT, hi BIGINT, n BIGINT)")
    for f in files:
        src = f"read_parquet({sql_str(f.path)}, file_row_number = true)"
        with store_errors(f.path, "reading"):
            for (row,) in store.rows(f"SELECT file_row_number FROM {src} WHERE article_id IS NULL "
                                     "OR CAST(article_id AS VARCHAR) = '' ORDER BY 1"):
                on_problem(ReadFailure(f.path, int(row) + 1, "event record has no 'article_id'"))
            store.con.execute(f"""
                INSERT INTO _pg0
                WITH o AS (
                    SELECT file_row_number AS r, CAST(article_id AS VARCHAR) AS a,
                        CASE WHEN lag(CAST(article_id AS VARCHAR)) OVER w = CAST(article_id AS VARCHAR)
                             THEN 0 ELSE 1 END AS st
                    FROM {src} WHERE article_id IS NOT NULL AND CAST(article_id AS VARCHAR) <> ''
                    WINDOW w AS (ORDER BY file_row_number)),
                g AS (SELECT r, a, sum(st) OVER (ORDER BY r ROWS UNBOUNDED PRECEDING) AS g FROM o)
                SELECT {f.number}, any_value(a), min(r), max(r), count(*) FROM g GROUP BY g""")
    store.run("""CREATE OR REPLACE TEMP TABLE _pg AS
                 WITH g AS (SELECT row_number() OVER (ORDER BY file, lo) AS gno, * FROM _pg0)
                 SELECT *, coalesce(lag(gno) OVER (PARTITION BY aid ORDER BY gno), 0) AS prev FROM g""")
    store.run("DROP TABLE _pg0")
    res = store.con.execute("SELECT n, prev FROM _pg ORDER BY gno").fetchnumpy()
    return np.asarray(res["n"], dtype=np.int64), np.asarray(res["prev"], dtype=np.int64)


def chunk_groups(groups: Iterable[G], max_events: int, max_articles: int) -> Iterator[GroupChunk[G]]:
    """Batches of whole groups, in order: a batch closes once it holds ``max_events`` records or
    ``max_articles`` groups, and never holds two groups of one article (the later one replaces the earlier)."""
    chunk: GroupChunk[G] = GroupChunk()
    ids: set[str] = set()
    for g in groups:
        if chunk.groups and (chunk.n >= max_events or len(chunk.groups) >= max_articles or g.article_id in ids):
            yield chunk
            chunk, ids = GroupChunk(), set()
        chunk.groups.append(g)
        ids.add(g.article_id)
        chunk.n += g.n
    if chunk.groups:
        yield chunk


def chunk_bounds(n: np.ndarray, prev: np.ndarray, max_events: int, max_articles: int) -> list[tuple[int, int]]:
    """The batches :func:`chunk_groups` makes, as ``(first, end)`` index ranges, from the groups' sizes
    ``n`` and, for each group, the 1-based number of the group before it of the same article (``prev``,
    0: none): found with a search per batch, not a step per group."""
    ends = np.cumsum(n)
    out: list[tuple[int, int]] = []
    i, total = 0, len(n)
    while i < total:
        before = int(ends[i - 1]) if i else 0
        # the group that fills the batch to max_events closes it (it is still in), as in chunk_groups
        end = min(int(np.searchsorted(ends, before + max_events, side="left")) + 1, i + max_articles, total)
        again = np.flatnonzero(prev[i + 1:end] > i)  # a group whose article has a group in this batch
        if len(again):
            end = i + 1 + int(again[0])
        out.append((i, end))
        i = end
    return out


def _spans(store: Store, files: dict[int, _File], first: int, last: int) -> list[tuple[_File, int, int]]:
    """The row range of each file that the groups ``first`` .. ``last`` cover (a file's groups are consecutive)."""
    return [(files[int(f)], int(lo), int(hi)) for f, lo, hi in store.rows(
        "SELECT file, min(lo), max(hi) FROM _pg WHERE gno BETWEEN ? AND ? GROUP BY file ORDER BY file", [first, last])]


def _source(spans: list[tuple[_File, int, int]], where: str = "TRUE", dedup: bool = False) -> str:
    """``(seq, article_id, r, ok)`` of the rows in ``spans`` that ``where`` holds for: one scan per file range."""
    return " UNION ALL ".join(f.scan(lo, hi, where, dedup) for f, lo, hi in spans)


def _plan(store: Store, spans: list[tuple[_File, int, int]], first: int, last: int) -> tuple[int, int, bool]:
    """``_pb``: the groups ``first`` .. ``last`` with their content hash, published date (their first row's),
    whether they are new or changed (``todo``) or unchanged with bad records (``recheck``). Returns the
    counts of both and whether an event id repeats within a group (ids are unique in a batch)."""
    rows = " UNION ALL ".join(
        f"""SELECT CAST(article_id AS VARCHAR) AS a, file_row_number AS r, {f.hash_sql} AS h,
                {"CAST(published AS VARCHAR)" if f.has_published else "NULL"} AS p, CAST(event_id AS VARCHAR) AS e
            FROM read_parquet({sql_str(f.path)}, file_row_number = true) WHERE file_row_number BETWEEN {lo} AND {hi}"""
        for f, lo, hi in spans)
    store.run(f"""CREATE OR REPLACE TEMP TABLE _pb AS
        WITH h AS (SELECT a, 'pq' || CAST(sum(h) AS VARCHAR) AS hash, arg_min_null(p, r) AS pub,
                       count(e) > count(DISTINCT e) AS repeats
                   FROM ({rows}) t WHERE a IS NOT NULL AND a <> '' GROUP BY a)
        SELECT g.gno, g.file, g.aid, g.lo, h.hash, h.pub, h.repeats, {plan_sql("s", "h.hash")}
        FROM _pg g JOIN h ON h.a = g.aid LEFT JOIN articles s ON s.article_id = g.aid
        WHERE g.gno BETWEEN ? AND ?""", [first, last])
    todo, recheck, repeats = store.rows("SELECT count(*) FILTER (todo), count(*) FILTER (recheck), "
                                        "coalesce(bool_or(repeats), false) FROM _pb")[0]
    return int(todo), int(recheck), bool(repeats)


def _failures(files: dict[int, _File], bad: list[tuple[int, str]]) -> list[tuple[int, ReadFailure]]:
    mask = (1 << _ROW_BITS) - 1
    return [(seq, ReadFailure(files[seq >> _ROW_BITS].path, (seq & mask) + 1, problem)) for seq, problem in bad]


_WHICH = "CAST(article_id AS VARCHAR) IN (SELECT aid FROM _pb WHERE {})"


def ingest_parquet_files(store: Store, paths: list[str], report: IngestReport, *, on_problem: ProblemFn,
                         batch_events: int, batch_articles: int, after_batch: AfterFn,
                         progress: ProgressFn | None = None, first_number: int = 0) -> int:
    """Store the event records of the Parquet files ``paths`` (see the module docstring); adds to ``report``.

    ``after_batch(mentions)`` is called after every committed batch (the caller refreshes the events).
    Files are numbered from ``first_number``; returns the next free number."""
    files: dict[int, _File] = {}
    number = first_number
    opened: list[_File] = []
    for path in paths:
        f, problem = _open_file(store, number, path)
        number += 1
        if f is None:
            on_problem(ReadFailure(path, None, problem or "cannot read"))
            continue
        files[f.number] = f
        opened.append(f)
    store.run("CREATE OR REPLACE TEMP TABLE _pf AS SELECT unnest(CAST(? AS INTEGER[])) AS file, "
              "unnest(CAST(? AS VARCHAR[])) AS path", [[f.number for f in opened], [f.path for f in opened]])

    try:
        n, prev = _stage_groups(store, opened, on_problem)
        for first, end in chunk_bounds(n, prev, batch_events, batch_articles):
            _batch(store, files, first + 1, end, report, on_problem, after_batch)
            if progress is not None:
                progress(end - first)
    finally:
        for table in ("_pg0", "_pg", "_pb", "_pf"):
            store.run(f"DROP TABLE IF EXISTS {table}")
    return number


def _batch(store: Store, files: dict[int, _File], first: int, last: int, report: IngestReport,
           on_problem: ProblemFn, after_batch: AfterFn) -> None:
    """Store the groups ``first`` .. ``last``, planned in SQL as the JSON Lines batches are."""
    report.articles_read += last - first + 1
    spans = _spans(store, files, first, last)
    todo, recheck, repeats = _plan(store, spans, first, last)
    report.unchanged += last - first + 1 - todo
    problems: list[tuple[int, ReadFailure]] = []
    if recheck:  # bad records are reported on every run
        problems += _failures(files, check_records(store, _source(spans, _WHICH.format("recheck"), repeats)))
    if todo:
        only = "TRUE" if todo == last - first + 1 else _WHICH.format("todo")
        res = write_batch(store, records=_source(spans, only, repeats),
                          articles=pre_coded_article_rows("_pb JOIN _pf USING (file)", "path || ':' || (lo + 1)"))
        problems += _failures(files, res.bad)
        report.add(res)
        after_batch(res.mentions)
    for _, failure in sorted(problems, key=lambda p: p[0]):
        on_problem(failure)
