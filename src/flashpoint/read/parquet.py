"""Articles from a Parquet file: one record per row, read by DuckDB (no pyarrow needed).

A row is a record like a JSON Lines line's (``text`` or the ``--text-column``, and optionally
``id``, ``published``, ``title``, ``url``, ``source``, ``language``); the article id is the row's
``id``, else ``<stem>-<row>`` (1-based). Rows are read in file order, a batch at a time, so a file of
any size is read in constant memory. A bad row is a :class:`ReadFailure` naming the file and row; a
file that is not Parquet is one failure. The Ray engine reads the same way from shared storage.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb

from ..records import Article, ReadFailure, ReadWarning
from .records import record_items

__all__ = ["PARQUET_SUFFIXES", "Row", "parquet_rows", "numbered"]

PARQUET_SUFFIXES = (".parquet", ".pq")
BATCH_ROWS = 1024

# an article with its position in the file (line, row or ordinal), or a problem
Row = tuple[int, Article] | ReadFailure | ReadWarning


def numbered(row: int, items: list[Article | ReadFailure | ReadWarning]) -> Iterator[Row]:
    """``items`` of the record at ``row``, its article as ``(row, article)``."""
    for it in items:
        yield (row, it) if isinstance(it, Article) else it


def parquet_rows(path: str, published: str | None = None, text_column: str = "text") -> Iterator[Row]:
    """``(row, article)`` for each good row of the Parquet file ``path``, and the failures and warnings."""
    stem = Path(path).stem
    con = duckdb.connect()
    try:
        try:
            cur = con.execute("SELECT * FROM read_parquet(?)", [path])
        except duckdb.IOException as exc:
            message = "no such file" if not Path(path).exists() else f"cannot read: {exc}"
            yield ReadFailure(path, None, message)
            return
        except duckdb.Error as exc:
            yield ReadFailure(path, None, f"not a readable Parquet file ({str(exc).splitlines()[0]})")
            return
        names = [d[0] for d in cur.description]
        if text_column not in names:  # not articles (event shards, another table): one message, not one a row
            yield ReadFailure(path, None, f"no '{text_column}' column (columns: {', '.join(names[:12])})")
            return
        row = 0
        while batch := cur.fetchmany(BATCH_ROWS):
            for values in batch:
                row += 1
                yield from numbered(row, record_items(dict(zip(names, values, strict=True)), f"{stem}-{row}",
                                                      f"{path}:{row}", path, row, published, text_column))
    finally:
        con.close()
