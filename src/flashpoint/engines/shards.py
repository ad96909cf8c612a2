"""The Parquet layout of coded events (one row per event) and of articles between Ray stages.

Event shards hold the documented event record (README, ``schema/event.schema.json``) as typed columns,
plus the record itself as a JSON line and where it came from:

=================  ================================================================================
column             type
=================  ================================================================================
event_id ...       the record's fields under their own names and in its order, typed from
                   ``schema/fields.py``: scalars as such (dates stay ``YYYY-MM-DD`` strings, as in
                   the JSON record), spans (``span``, ``trigger_span``) as ``list<int64>``
source, target     ``struct<text, span list<int64>, name, code, country, org, sector, ethnicity,
                   implied bool>`` or null
plover             ``struct<type, mode>``
location           ``struct<name, country, lat double, lon double, admin1, geonameid int64,
                   feature>`` or null
version            ``struct<flashpoint, lexicon, ontology>``
explain            JSON text (only with ``explain``; null otherwise)
record             the event record exactly as ``flashpoint code`` writes it on one JSONL line
                   (lossless; what ``flashpoint ingest --events`` reads)
origin             the input item (``file:line`` or ``file:row``)
input_index        position of the input file among the expanded inputs (0-based)
input_row          line (JSONL), row (Parquet, 1-based) or article ordinal in the file (others)
event_index        position of the event among its article's events (0-based)
=================  ================================================================================

Sorting by ``(input_index, input_row, event_index)`` restores the local engine's output order.
"""

from __future__ import annotations

import glob
import json
import os
from collections.abc import Iterable, Iterator
from typing import Any

import pyarrow as pa

from ..records import Article, Event
from ..schema.fields import EVENT_FIELDS, arrow_type

__all__ = ["ARTICLE_SCHEMA", "EVENT_SCHEMA", "ORDER_COLUMNS", "article_table", "articles_of", "event_table",
           "event_row", "iter_records"]

ORDER_COLUMNS = ("input_index", "input_row", "event_index")

_ARTICLE_FIELDS = ("id", "text", "published", "title", "url", "source", "language", "origin")

ARTICLE_SCHEMA = pa.schema(
    [pa.field("input_index", pa.int64()), pa.field("input_row", pa.int64())]
    + [pa.field(f, pa.string()) for f in _ARTICLE_FIELDS]
)

# the record's columns (typed as the record's one definition says) and where each row came from
EVENT_SCHEMA = pa.schema(
    [(f.name, arrow_type(f)) for f in EVENT_FIELDS]
    + [("record", pa.string()), ("origin", pa.string()), ("input_index", pa.int64()), ("input_row", pa.int64()),
       ("event_index", pa.int64())]
)


def article_table(rows: Iterable[tuple[int, int, Article]]) -> pa.Table:
    """``(input_index, input_row, article)`` triples as a table of :data:`ARTICLE_SCHEMA`."""
    data = [{"input_index": i, "input_row": r, **{f: getattr(a, f) for f in _ARTICLE_FIELDS}} for i, r, a in rows]
    return pa.Table.from_pylist(data, schema=ARTICLE_SCHEMA)


def articles_of(table: pa.Table) -> list[tuple[int, int, Article]]:
    """The inverse of :func:`article_table`."""
    out = []
    for row in table.to_pylist():
        art = Article(**{f: row.get(f) for f in _ARTICLE_FIELDS})
        out.append((int(row["input_index"]), int(row["input_row"]), art))
    return out


def event_row(ev: Event, explain: bool, origin: str | None, input_index: int, input_row: int,
              event_index: int) -> dict[str, Any]:
    """One event as a row of :data:`EVENT_SCHEMA`."""
    d = ev.to_dict(explain)
    row = dict(d)
    row["explain"] = json.dumps(d["explain"], ensure_ascii=False) if d.get("explain") is not None else None
    row["record"] = json.dumps(d, ensure_ascii=False)
    row.update(origin=origin, input_index=input_index, input_row=input_row, event_index=event_index)
    return row


def event_table(rows: list[dict[str, Any]]) -> pa.Table:
    """Rows from :func:`event_row` as a table of :data:`EVENT_SCHEMA` (also when empty)."""
    return pa.Table.from_pylist(rows, schema=EVENT_SCHEMA)


def iter_records(shard_dir: str, batch_rows: int = 10_000) -> Iterator[str]:
    """The ``record`` JSON lines of the shards in a local folder, in input order (sorted with DuckDB,
    which spills to disk when the output is larger than memory)."""
    if not glob.glob(os.path.join(glob.escape(shard_dir), "*.parquet")):
        return
    import duckdb

    con = duckdb.connect()
    try:
        order = ", ".join(ORDER_COLUMNS)
        cur = con.execute(f"SELECT record FROM read_parquet(?) ORDER BY {order}",
                          [os.path.join(shard_dir, "*.parquet")])
        while True:
            chunk = cur.fetchmany(batch_rows)
            if not chunk:
                break
            for (record,) in chunk:
                yield str(record)
    finally:
        con.close()
