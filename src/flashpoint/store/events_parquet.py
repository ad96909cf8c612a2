"""Staging pre-coded event records from Parquet: the shards ``flashpoint code --engine ray`` writes, or any
file with the event record's columns (``ingest --events``).

A Parquet file is not copied: its :class:`~.events_batches.Source` reads it where it lies
(``read_parquet``, the row number as ``row``), packing the typed columns into the record struct, so no
JSON is parsed and no row passes through Python; a batch's ``row BETWEEN`` filter prunes whole row
groups. What is Parquet's own:

* the record's columns are those of the event record (:func:`~flashpoint.schema.fields.parquet_columns`);
  ``article_id``, ``event_id``, ``cameo``, ``sentence_index`` and ``sentence`` are required, the others
  may be missing (NULL), nested ones are structs (missing parts NULL), ``version`` and ``explain``
  structs, maps or JSON text;
* a row's content hash covers every column except where the row came from (``record``, ``origin``,
  ``input_index``, ``input_row``, ``event_index``);
* a file that is not Parquet or lacks a required column is one problem (``FILE: ...``), and rows
  without an article id are reported (``FILE:ROW``, 1-based) when the file is staged.

Grouping, batches and problems are those of every input (:mod:`.events_batches`).
"""

from __future__ import annotations

import os
from collections.abc import Callable

from ..errors import StoreError
from ..records import ReadFailure
from ..schema.fields import EVENT_FIELDS, parquet_columns
from .db import Store, store_errors
from .events_batches import Source
from .stage import sql_str

__all__ = ["PARQUET_SUFFIXES", "is_parquet", "parquet_inputs", "parquet_source"]

PARQUET_SUFFIXES = (".parquet", ".pq")
REQUIRED = ("article_id", "event_id", "cameo", "sentence_index", "sentence")
# where a row came from (Ray shards): not content
_POSITION = ("record", "origin", "input_index", "input_row", "event_index")

ProblemFn = Callable[[ReadFailure], None]

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


def _describe(store: Store, sql: str) -> dict[str, str]:
    return {str(r[0]): str(r[1]) for r in store.rows(f"DESCRIBE {sql}")}


def _record_sql(store: Store, src: str, cols: dict[str, str]) -> str:
    """The struct ``r`` from the columns ``cols`` of the file ``src``: the fields of EVENT_JSON_TYPE, in its
    order (the record's one definition), so that it is the struct a JSON line is parsed into."""
    parts = {name: f"CAST({_q(name)} AS {typ})" if name in cols else f"CAST(NULL AS {typ})" for name, typ in _SCALARS}
    for name, fields in _STRUCTS.items():
        typ = cols.get(name, "")
        if not typ.startswith("STRUCT"):
            parts[name] = f"CAST(NULL AS STRUCT({', '.join(f'{_q(f)} {t}' for f, t in fields)}))"
            continue
        have = set(_describe(store, f"SELECT {_q(name)}.* FROM {src}"))
        inner = ", ".join(f"'{f}': " + (f"CAST({_q(name)}.{_q(f)} AS {t})" if f in have else f"CAST(NULL AS {t})")
                          for f, t in fields)
        parts[name] = f"CASE WHEN {_q(name)} IS NOT NULL THEN {{{inner}}} END"
    for name in ("version", "explain"):
        typ = cols.get(name, "")
        if typ.startswith(("STRUCT", "MAP")):  # as the JSON record writes it: keys with null values left out
            expr = f"CAST(json_merge_patch('{{}}', to_json({_q(name)})) AS JSON)"
        elif typ:
            expr = f"try(json(CAST({_q(name)} AS VARCHAR)))"
        else:
            expr = "CAST(NULL AS JSON)"
        parts[name] = f"CASE WHEN {_q(name)} IS NOT NULL THEN {expr} END" if typ else expr
    return "{" + ", ".join(f"'{f.name}': {parts[f.name]}" for f in EVENT_FIELDS) + "}"


def parquet_source(store: Store, number: int, path: str, on_problem: ProblemFn) -> Source | None:
    """The :class:`~.events_batches.Source` of the Parquet file ``path``, or None (reported) when it cannot
    be read as event records. Rows without an article id are reported here."""
    src = f"read_parquet({sql_str(path)})"
    if not os.path.isfile(path):
        on_problem(ReadFailure(path, None, "cannot read: no such file"))
        return None
    try:
        cols = _describe(store, f"SELECT * FROM {src}")
    except StoreError as exc:  # not Parquet, truncated, ...
        on_problem(ReadFailure(path, None, f"cannot read Parquet: {str(exc).splitlines()[0]}"))
        return None
    missing = [c for c in REQUIRED if c not in cols]
    if missing:
        on_problem(ReadFailure(path, None, f"not event records: no column {', '.join(repr(c) for c in missing)}"))
        return None
    content = [_q(c) for c in cols if c not in _POSITION]
    pub = "CAST(published AS VARCHAR)" if "published" in cols else "CAST(NULL AS VARCHAR)"
    select = f"""SELECT file_row_number AS row, NULLIF(CAST(article_id AS VARCHAR), '') AS aid,
        NULLIF(CAST(event_id AS VARCHAR), '') AS eid, {pub} AS pub, hash({', '.join(content)}) AS h, 'pq' AS kind,
        {_record_sql(store, src, cols)} AS r
    FROM read_parquet({sql_str(path)}, file_row_number = true)"""
    with store_errors(path, "reading"):
        for (row,) in store.rows(f"SELECT row FROM ({select}) s WHERE aid IS NULL ORDER BY 1"):
            on_problem(ReadFailure(path, int(row) + 1, "event record has no 'article_id'"))
    return Source(number, path, select)
