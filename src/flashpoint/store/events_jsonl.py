"""Staging pre-coded event records from JSON Lines (as ``flashpoint code`` writes them).

Every line lands in a temporary table, one per input, with what the route needs of it (its article id,
event id, ``published`` and hash, found by DuckDB) next to its text; the text is parsed in full
(``from_json``) only when a batch stores its article. Two ways in:

* a local file, plain or compressed as DuckDB reads it (``.gz``, ``.zst``), is read by DuckDB
  (``read_csv`` with one column, on every core, in file order so that row ids number the lines) in
  strict mode: a file DuckDB cannot read so (a carriage return, a byte-order mark it does not drop, text
  that is not UTF-8) fails at once, having staged nothing, and is read by Python instead;
* stdin, and the files DuckDB cannot read, are read by Python (:class:`LineCopy`) line by line: a
  byte-order mark dropped, bytes that are not UTF-8 replaced (U+FFFD, with a warning at the first such
  line: the records' ids and codes are ASCII), ``.gz``, ``.bz2`` and ``.xz`` decompressed, each line
  stripped; the lines are copied into the table part by part, so stdin is stored as it comes.

The rules are the same either way: blank lines are skipped; a line that is not a JSON object with an
``article_id`` is reported (``FILE:LINE: problem``, in :func:`line_article_id`'s words) and skipped; a
line only Python can read (a lone surrogate escape) takes the article id Python finds and is reported
when parsed; a line's hash is DuckDB's ``hash`` of the line stripped of surrounding white space; the
article's ``published`` is its first line's when that is a ``YYYY-MM-DD`` date; a binary or empty input
is one problem. The table is dropped once its rows are stored; DuckDB keeps it within its
``memory_limit`` (``--memory-limit``), spilling the rest to disk.
"""

from __future__ import annotations

import bz2
import codecs
import gzip
import io
import json
import lzma
import os
import sys
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import IO

import numpy as np

from ..errors import StoreError
from ..read.decode import looks_binary
from ..records import ReadFailure, ReadWarning
from .db import Store
from .events_batches import Source
from .stage import EVENT_JSON_TYPE

__all__ = ["LineCopy", "jsonl_file_source", "line_article_id", "line_table"]

ProblemFn = Callable[[ReadFailure | ReadWarning], None]

COPY_LINES = 100_000  # lines Python hands DuckDB at a time, at most
# what DuckDB decompresses itself, and what Python does (DuckDB reads the others as they are)
_DUCKDB_ONLY = (".zst",)
_NOT_FOR_DUCKDB = (".bz2", ".xz", ".zip")
_READ_ERRORS = (OSError, EOFError, lzma.LZMAError)  # a file that cannot be read or decompressed

# white space Python's str.strip() removes from a JSON line (besides rarer Unicode spaces)
_WS = "' ' || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)"
# a line stripped of surrounding white space: trim() only where it does not start with "{" and end with
# "}" as JSON objects do (trim copies the line; this test copies nothing)
_STRIPPED = f"CASE WHEN starts_with(l.j, '{{') AND ends_with(l.j, '}}') THEN l.j ELSE trim(l.j, {_WS}) END"
# strict: a carriage return (DuckDB would end a line there and the line numbers would drift) or text that
# is not UTF-8 is an error, not a guess
_READ = ("read_csv(?, columns = {'j': 'VARCHAR'}, delim = chr(1), quote = '', escape = '', header = false, "
         "auto_detect = false, strict_mode = true, new_line = '\\n')")
_DATE = "'[0-9]{4}-[0-9]{2}-[0-9]{2}'"


def _line_columns(lines: str, keep: str = "") -> str:
    """SELECT of a staged line table's columns from ``lines`` (fixed SQL with a text column ``j``, and the
    column ``keep`` if given): what the route needs of each line, found by DuckDB (NULL where the line is
    not JSON; :func:`_check` looks at those)."""
    outer, inner = (f"{keep}, ", f"l.{keep}, ") if keep else ("", "")
    return f"""
        SELECT {outer}j, NULLIF(x[1], '') AS aid, NULLIF(x[2], '') AS eid,
            CASE WHEN regexp_full_match(x[3], {_DATE}) THEN x[3] END AS pub, h, false AS fixed
        FROM (SELECT {inner}l.j, try(json_extract_string(l.j, ['$.article_id', '$.event_id', '$.published'])) AS x,
                  hash({_STRIPPED}) AS h
              FROM {lines} l)"""


def line_table(table: str, row: str) -> str:
    """The :class:`~.events_batches.Source` SQL of the staged line table ``table`` whose line numbers
    (0-based) are ``row``. Only the lines DuckDB could not read but Python could (``fixed``) may make
    ``from_json`` fail (a type that does not fit gives NULL, not an error): only they pay for ``try``."""
    return f"""SELECT {row} AS row, aid, eid, pub, h, 'jl' AS kind,
        CASE WHEN fixed THEN try(from_json(j, '{EVENT_JSON_TYPE}')) ELSE from_json(j, '{EVENT_JSON_TYPE}') END AS r
    FROM {table}"""


def line_article_id(text: str) -> tuple[str | None, str | None]:
    """(article id, problem) of an event record line, by parsing it in Python: the words every problem
    with a line that is not an event record of an article is reported in."""
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


def _check(store: Store, table: str, row: str, name: str, on_problem: ProblemFn, since: int = 0) -> None:
    """Look at the lines (from ``since``) where DuckDB found no article: report those that are no event
    record of an article, and give the others the article Python finds (``fixed``)."""
    odd = store.rows(f"SELECT {row} AS line, j FROM {table} WHERE aid IS NULL AND trim(j, {_WS}) <> '' "
                     f"AND {row} >= ? ORDER BY line", [since])
    fixes: list[tuple[int, str]] = []
    for line, text in odd:
        aid, problem = line_article_id(str(text))
        if aid is None:
            on_problem(ReadFailure(name, int(line) + 1, problem or "unreadable event record"))
        else:
            fixes.append((int(line), aid))
    if fixes:
        store.run(f"""UPDATE {table} SET aid = f.aid, fixed = true
                      FROM (SELECT unnest(CAST(? AS BIGINT[])) AS line, unnest(CAST(? AS VARCHAR[])) AS aid) f
                      WHERE {table}.{row} = f.line""", [[f[0] for f in fixes], [f[1] for f in fixes]])


def _open(path: str) -> io.BufferedIOBase:
    """``path`` as Python reads it: decompressed by its suffix where Python can (``.zst`` it cannot)."""
    suffix = os.path.splitext(path)[1].lower()
    if suffix == ".gz":
        return gzip.open(path, "rb")
    if suffix == ".bz2":
        return bz2.open(path, "rb")
    if suffix == ".xz":
        return lzma.open(path, "rb")
    return open(path, "rb")


def _binary(path: str) -> bool:
    with _open(path) as fh:
        return looks_binary(fh.read(8192))


def jsonl_file_source(store: Store, number: int, path: str, on_problem: ProblemFn) -> tuple[Source, int] | None:
    """Stage the JSON Lines file ``path`` as DuckDB reads it: its source and how many lines it has; None,
    having staged nothing, when DuckDB cannot read it so (stdin, a binary or odd file: see :class:`LineCopy`)."""
    if path == "-" or not os.path.isfile(path) or path.lower().endswith(_NOT_FOR_DUCKDB):
        return None
    try:
        if not path.lower().endswith(_DUCKDB_ONLY) and _binary(path):
            return None
    except _READ_ERRORS:
        return None
    table = f"_el{number}"
    try:
        # with insertion order kept, DuckDB reads the file on every core and still stores the rows in file
        # order, so row ids number the lines (row_number() OVER () would number them on one core)
        with store.with_duckdb(preserve_insertion_order=True):
            store.run(f"CREATE OR REPLACE TEMP TABLE {table} AS {_line_columns(_READ)}", [path])
    except StoreError:
        store.run(f"DROP TABLE IF EXISTS {table}")
        return None
    _check(store, table, "rowid", path, on_problem)
    lines = int(store.value(f"SELECT count(*) FROM {table}") or 0)
    if not store.value(f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE trim(j, {_WS}) <> '' LIMIT 1)"):
        on_problem(ReadFailure(path, None, "empty file"))
    return Source(number, path, line_table(table, "rowid")), lines


def _decoded(fh: io.BufferedIOBase, name: str, on_problem: ProblemFn) -> Iterator[tuple[int, str]]:
    """``(0-based line number, text)`` of a file's lines: a byte-order mark dropped, and bytes that are not
    UTF-8 replaced (U+FFFD) with a warning at the first such line."""
    warned = False
    for i, raw in enumerate(fh):
        if i == 0:
            raw = raw.removeprefix(codecs.BOM_UTF8)
        try:
            yield i, raw.decode("utf-8")
        except UnicodeDecodeError:
            if not warned:
                warned = True
                on_problem(ReadWarning(name, i + 1, "not UTF-8: undecodable bytes replaced with U+FFFD "
                                                    "(first such line; the records are kept)"))
            yield i, raw.decode("utf-8", errors="replace")


class LineCopy:
    """An input read line by line in Python (stdin, or a file DuckDB cannot read as it is), copied into
    its staged line table part by part (see :meth:`stage`)."""

    def __init__(self, store: Store, number: int, path: str, on_problem: ProblemFn,
                 stdin: IO[str] | None = None) -> None:
        self.store = store
        self.name = "<stdin>" if path == "-" else path
        self.table = f"_el{number}"
        self.on_problem = on_problem
        store.run(f"""CREATE OR REPLACE TEMP TABLE {self.table} (row BIGINT, j VARCHAR, aid VARCHAR, eid VARCHAR,
                      pub VARCHAR, h UBIGINT, fixed BOOLEAN)""")
        self.source = Source(number, self.name, line_table(self.table, "row"), done=False)
        self._seen = False  # a non-blank line was read
        self._lines = self._read(path, stdin)

    def _read(self, path: str, stdin: IO[str] | None) -> Generator[tuple[int, str], None, None]:
        """``(0-based line number, stripped text)`` of the input's non-blank lines; a binary, unreadable or
        empty input is reported."""
        try:
            if path == "-":
                yield from self._nonblank(enumerate(stdin or sys.stdin))
            elif _binary(path):
                self.on_problem(ReadFailure(self.name, None, "binary file, not event records (skipped)"))
                return
            else:
                with _open(path) as fh:
                    yield from self._nonblank(_decoded(fh, self.name, self.on_problem))
        except _READ_ERRORS as exc:
            self.on_problem(ReadFailure(self.name, None, f"cannot read: {getattr(exc, 'strerror', None) or exc}"))
            return
        if not self._seen:
            self.on_problem(ReadFailure(self.name, None, "empty file"))

    def _nonblank(self, numbered: Iterable[tuple[int, str]]) -> Iterator[tuple[int, str]]:
        for i, line in numbered:
            if text := line.strip():
                self._seen = True
                yield i, text

    def stage(self, max_lines: int) -> int:
        """Drop the rows the route stored (all before ``source.resume``) and copy up to ``max_lines`` more
        lines; at the end of the input the source is ``done``. Returns the lines copied."""
        if self.source.resume is None:
            self.store.run(f"DELETE FROM {self.table}")
        else:
            self.store.run(f"DELETE FROM {self.table} WHERE row < ?", [self.source.resume])
        copied = 0
        while copied < max_lines and not self.source.done:
            rows: list[int] = []
            texts: list[str] = []
            for i, text in self._lines:
                rows.append(i)
                texts.append(text)
                if len(rows) >= min(COPY_LINES, max_lines - copied):
                    break
            else:
                self.source.done = True
            if rows:
                self._copy(rows, texts)
                copied += len(rows)
        return copied

    def close(self) -> None:
        """Stop reading (the input is closed; an unfinished stream is not read further)."""
        self._lines.close()

    def _copy(self, rows: list[int], texts: list[str]) -> None:
        arr = np.empty(len(texts), dtype=object)
        arr[:] = texts
        self.store.con.register("_py_lines", {"row": np.array(rows, dtype=np.int64), "j": arr})
        try:
            self.store.run(f"INSERT INTO {self.table} {_line_columns('_py_lines', 'row')}")
        finally:
            self.store.con.unregister("_py_lines")
        _check(self.store, self.table, "row", self.name, self.on_problem, since=rows[0])
