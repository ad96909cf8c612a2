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
from .db import Store, store_errors
from .ingest import IngestReport
from .stage import ArticleRow, check_records, sql_in
from .write import plan_records, write_batch

__all__ = ["chunk_bounds", "PARQUET_SUFFIXES", "is_parquet", "parquet_inputs", "ingest_parquet_files", "chunk_groups", "GroupChunk"]

PARQUET_SUFFIXES = (".parquet", ".pq")
REQUIRED = ("article_id", "event_id", "cameo", "sentence_index", "sentence")
# where a row came from (Ray shards): not content
_POSITION = ("record", "origin", "input_index", "input_row", "event_index")
_ROW_BITS = 40  # seq = file number << 40 | row: one BIGINT orders and locates every row

ProblemFn = Callable[[ReadFailure], None]
ProgressFn = Callable[[int], None]
AfterFn = Callable[[int], None]

_ACTOR_F = (("text", "VARCHAR"), ("span", "BIGINT[]"), ("name", "VARCHAR"), ("code", "VARCHAR"),
            ("country", "VARCHAR"), ("org", "VARCHAR"), ("sector", "VARCHAR"), ("ethnicity", "VARCHAR"))
_STRUCTS: dict[str, tuple[tuple[str, str], ...]] = {
    "source": _ACTOR_F, "target": _ACTOR_F,
    "plover": (("type", "VARCHAR"), ("mode", "VARCHAR")),
    "location": (("name", "VARCHAR"), ("country", "VARCHAR"), ("lat", "DOUBLE"), ("lon", "DOUBLE"),
                 ("admin1", "VARCHAR"), ("geonameid", "BIGINT"), ("feature", "VARCHAR")),
}
_SCALARS = (("event_id", "VARCHAR"), ("article_id", "VARCHAR"), ("published", "VARCHAR"),
            ("sentence_index", "BIGINT"), ("sentence", "VARCHAR"), ("span", "BIGINT[]"), ("trigger", "VARCHAR"),
            ("cameo", "VARCHAR"), ("cameo_root", "VARCHAR"), ("cameo_name", "VARCHAR"), ("goldstein", "DOUBLE"),
            ("quad_class", "BIGINT"), ("date", "VARCHAR"), ("date_precision", "VARCHAR"), ("date_text", "VARCHAR"),
            ("negated", "BOOLEAN"), ("confidence", "DOUBLE"))


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


def _lit(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


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
    FROM read_parquet({_lit(self.path)}, file_row_number = true)
    WHERE file_row_number BETWEEN {lo} AND {hi} AND article_id IS NOT NULL AND CAST(article_id AS VARCHAR) <> ''
      AND ({where})
    {qualify}"""


def _describe(store: Store, sql: str) -> dict[str, str]:
    return {str(r[0]): str(r[1]) for r in store.rows(f"DESCRIBE {sql}")}


def _open_file(store: Store, number: int, path: str) -> tuple[_File | None, str | None]:
    src = f"read_parquet({_lit(path)})"
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


@dataclass(slots=True)
class _Group:
    article_id: str
    file: _File
    first: int  # 0-based rows
    last: int
    n: int


class _Sized(Protocol):
    article_id: str
    n: int


G = TypeVar("G", bound=_Sized)


@dataclass(slots=True)
class GroupChunk(Generic[G]):
    """One batch: whole groups of records, ``n`` records in all."""

    groups: list[G] = field(default_factory=list)
    n: int = 0


def _groups(store: Store, f: _File, on_problem: ProblemFn) -> Iterator[_Group]:
    """The groups of consecutive rows of one article in ``f``; rows without an article id are reported."""
    src = f"read_parquet({_lit(f.path)}, file_row_number = true)"
    with store_errors(f.path, "reading"):
        for (row,) in store.rows(f"SELECT file_row_number FROM {src} WHERE article_id IS NULL "
                                 "OR CAST(article_id AS VARCHAR) = '' ORDER BY 1"):
            on_problem(ReadFailure(f.path, int(row) + 1, "event record has no 'article_id'"))
        res = store.con.execute(f"""
            WITH o AS (
                SELECT file_row_number AS r, CAST(article_id AS VARCHAR) AS a,
                    CASE WHEN lag(CAST(article_id AS VARCHAR)) OVER w = CAST(article_id AS VARCHAR)
                         THEN 0 ELSE 1 END AS st
                FROM {src} WHERE article_id IS NOT NULL AND CAST(article_id AS VARCHAR) <> ''
                WINDOW w AS (ORDER BY file_row_number)),
            g AS (SELECT r, a, sum(st) OVER (ORDER BY r ROWS UNBOUNDED PRECEDING) AS g FROM o)
            SELECT any_value(a) AS a, min(r) AS lo, max(r) AS hi, count(*) AS n FROM g GROUP BY g ORDER BY g
        """).fetchnumpy()
    for a, lo, hi, n in zip(res["a"].tolist(), res["lo"].tolist(), res["hi"].tolist(), res["n"].tolist(),
                            strict=True):
        yield _Group(str(a), f, int(lo), int(hi), int(n))


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


def _spans(groups: list[_Group]) -> list[tuple[_File, int, int]]:
    """The row ranges of ``groups`` per file (consecutive groups of one file share a range)."""
    spans: list[tuple[_File, int, int]] = []
    for g in groups:
        if spans and spans[-1][0] is g.file and spans[-1][2] + 1 == g.first:
            spans[-1] = (g.file, spans[-1][1], g.last)
        else:
            spans.append((g.file, g.first, g.last))
    return spans


def _source(groups: list[_Group], where: str = "TRUE", dedup: bool = False) -> str:
    """``(seq, article_id, r, ok)`` of the groups' rows: one scan per file range."""
    return " UNION ALL ".join(f.scan(lo, hi, where, dedup) for f, lo, hi in _spans(groups))


def _hashes(store: Store, groups: list[_Group]) -> tuple[dict[str, tuple[str, str | None]], bool]:
    """``{article_id: (content hash, published of its first row)}`` for the groups (ids unique), and
    whether an event id repeats within one of them."""
    sql = " UNION ALL ".join(
        f"""SELECT CAST(article_id AS VARCHAR) AS a, file_row_number AS r, {f.hash_sql} AS h,
                {"CAST(published AS VARCHAR)" if f.has_published else "NULL"} AS p, CAST(event_id AS VARCHAR) AS e
            FROM read_parquet({_lit(f.path)}, file_row_number = true) WHERE file_row_number BETWEEN {lo} AND {hi}"""
        for f, lo, hi in _spans(groups))
    rows = store.rows(f"""SELECT a, 'pq' || CAST(sum(h) AS VARCHAR), arg_min(p, r), count(e) > count(DISTINCT e)
                          FROM ({sql}) t WHERE a IS NOT NULL AND a <> '' GROUP BY a""")
    return {str(a): (str(h), None if p is None else str(p)) for a, h, p, _ in rows}, any(bool(r[3]) for r in rows)


def _failures(files: dict[int, _File], bad: list[tuple[int, str]]) -> list[tuple[int, ReadFailure]]:
    mask = (1 << _ROW_BITS) - 1
    return [(seq, ReadFailure(files[seq >> _ROW_BITS].path, (seq & mask) + 1, problem)) for seq, problem in bad]



def _id_filter(ids: list[str]) -> str:
    return sql_in("CAST(article_id AS VARCHAR)", ids)


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

    def all_groups() -> Iterator[_Group]:
        for f in opened:
            yield from _groups(store, f, on_problem)

    for chunk in chunk_groups(all_groups(), batch_events, batch_articles):
        groups = chunk.groups
        report.articles_read += len(groups)
        hashes, repeats = _hashes(store, groups)
        todo_ids, recheck_ids = plan_records(store, [g.article_id for g in groups],
                                             {a: h for a, (h, _) in hashes.items()})
        todo = [g for g in groups if g.article_id in todo_ids]
        report.unchanged += len(groups) - len(todo)
        problems: list[tuple[int, ReadFailure]] = []
        if recheck_ids:  # bad records are reported on every run
            again = set(recheck_ids)
            recheck = [g for g in groups if g.article_id in again]
            problems += _failures(files, check_records(store, _source(recheck, _id_filter(recheck_ids), repeats)))
        if todo:
            rows = [ArticleRow(article_id=g.article_id, content_hash=hashes[g.article_id][0], title=None, url=None,
                               source=None, published=hashes[g.article_id][1], language=None, text=None,
                               origin=f"{g.file.path}:{g.first + 1}", source_key="") for g in todo]
            src = _source(todo, "TRUE" if len(todo) == len(groups) else _id_filter(sorted(todo_ids)), repeats)
            res = write_batch(store, rows, records=src)
            problems += _failures(files, res.bad)
            report.add(res)
            after_batch(res.mentions)
        for _, failure in sorted(problems, key=lambda p: p[0]):
            on_problem(failure)
        if progress is not None:
            progress(len(groups))
    return number
