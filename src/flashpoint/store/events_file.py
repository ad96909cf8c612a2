"""Ingest pre-coded event records (``flashpoint ingest --events``): JSON Lines as ``flashpoint code`` writes
them, stdin included, and Parquet files such as the shards of ``flashpoint code --engine ray``.

One route for every input: each is staged (:mod:`.events_jsonl`, :mod:`.events_parquet`) as a source of
rows with the same columns, and one loop groups, plans, batches and writes them
(:mod:`.events_batches`). Inputs are staged in rounds, in the order given: a round takes inputs until
the lines it copied reach a batch (Parquet files are read where they lie and cost nothing to stage)
or it holds :data:`ROUND_SOURCES` inputs, is stored, and its staged lines are dropped; stdin (and any
input Python reads) is copied a batch of lines at a time, each part stored before the next is read.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from typing import IO

from ..records import ReadFailure, ReadWarning
from .db import Store
from .dedup import refresh_events
from .events_batches import Route, Source
from .events_jsonl import LineCopy, jsonl_file_source
from .events_parquet import parquet_inputs, parquet_source
from .ingest import IngestReport

__all__ = ["ingest_event_files", "BATCH_EVENTS", "ROUND_SOURCES"]

ProblemFn = Callable[[ReadFailure | ReadWarning], None]  # a failure skips its item; a warning keeps it
ProgressFn = Callable[[int], None]
BATCH_EVENTS = 1_000_000  # records (and articles) per transaction, at most, by default
BULK_CHECKPOINT = "1GB"  # DuckDB's checkpoint_threshold while event records are loaded
ROUND_SOURCES = 256  # inputs staged together, at most (a batch may span them)


def ingest_event_files(store: Store, paths: Iterable[str], *, on_problem: ProblemFn,
                       batch_events: int = BATCH_EVENTS, batch_articles: int = BATCH_EVENTS,
                       refresh_every: int = 1_000_000,
                       progress: ProgressFn | None = None, stdin: IO[str] | None = None) -> IngestReport:
    """Store pre-coded event records: ``flashpoint code`` JSON Lines (``-`` is stdin) or Parquet files
    with the event record's columns (``*.parquet``, ``*.pq``, or a folder of them).

    The records of one article must be consecutive (as ``code`` writes them). Invalid records are
    reported through ``on_problem`` (file and line, or file and 1-based row), on every run, and skipped.
    One transaction per batch (at most ``batch_events`` records and ``batch_articles`` articles); the
    events table is rebuilt for what changed every ``refresh_every`` records and at the end.

    The default batch (:data:`BATCH_EVENTS` records) is large for DuckDB's sake: a batch of more than
    one row group (122,880 rows) is written straight to the database file and on every core, where a
    batch of 100,000 records goes through the write-ahead log first (16.7 s against 11.1 s for a
    million records on two cores); and every batch leaves a partly filled row group, which the next
    checkpoint merges with its neighbours (0.12 s each; 0.6 s per million records in batches of
    250,000, 4 s for ten million in batches of a million).
    """
    report = IngestReport()
    since_refresh = 0

    def after_batch(mentions: int) -> None:
        nonlocal since_refresh
        since_refresh += mentions
        if since_refresh >= refresh_every:
            refresh_events(store)
            since_refresh = 0

    route = Route(store, report, on_problem=on_problem, batch_events=batch_events, batch_articles=batch_articles,
                  after_batch=after_batch, progress=progress)
    with _bulk(store), _Staging(store, on_problem, stdin, round_lines=max(batch_events, 1)) as staging:
        refresh_events(store)  # finish what an interrupted run left
        for sources in staging.rounds(paths):
            route.run(sources)
        refresh_events(store)
    return report


@contextlib.contextmanager
def _bulk(store: Store) -> Iterator[None]:
    """Settings for a bulk load, restored afterwards. No insertion order to keep: DuckDB inserts faster,
    and nothing the ingest computes depends on row order (every ordered step says ORDER BY). A larger
    write-ahead log before DuckDB checkpoints (:data:`BULK_CHECKPOINT`): every checkpoint in the middle
    of a load costs time that the final one, when the store is closed, does not save (measured: 1.3 s
    of 12 for a million records). Every batch is still committed, and durable, when it ends."""
    with store.with_duckdb(preserve_insertion_order=False, checkpoint_threshold=BULK_CHECKPOINT):
        yield


class _Staging:
    """Stages the inputs of a run round by round (see the module docstring) and drops what it staged."""

    def __init__(self, store: Store, on_problem: ProblemFn, stdin: IO[str] | None, round_lines: int) -> None:
        self.store = store
        self.on_problem = on_problem
        self.stdin = stdin
        self.round_lines = round_lines
        self.number = 0  # the next source's number
        self.pending: list[Source] = []
        self.lines = 0  # lines copied for the pending sources
        self.copies: list[LineCopy] = []
        self.tables: set[int] = set()  # the sources with a staged line table (``_el<number>``)

    def __enter__(self) -> _Staging:
        return self

    def __exit__(self, *exc: object) -> None:
        for copy in self.copies:
            copy.close()
        for number in self.tables:
            self.store.run(f"DROP TABLE IF EXISTS _el{number}")

    def _next(self) -> int:
        self.number += 1
        return self.number - 1

    def _round(self, *more: Source) -> Iterator[list[Source]]:
        """The pending sources (and ``more``) as one round; once it is stored, the tables of those that are
        done are dropped."""
        sources = [*self.pending, *more]
        self.pending, self.lines = [], 0
        yield sources
        for s in sources:
            if s.done and s.number in self.tables:
                self.store.run(f"DROP TABLE _el{s.number}")
                self.tables.remove(s.number)

    def rounds(self, paths: Iterable[str]) -> Iterator[list[Source]]:
        """The sources of each round, staged; the caller stores a round before asking for the next."""
        for path in paths:
            files = parquet_inputs(path)
            if files == []:
                self.on_problem(ReadFailure(path, None, "no Parquet files (*.parquet, *.pq) in this folder"))
            for f in files or []:
                source = parquet_source(self.store, self._next(), f, self.on_problem)
                if source is not None:
                    self.pending.append(source)
                if len(self.pending) >= ROUND_SOURCES:
                    yield from self._round()
            if files is None:
                yield from self._lines(path)
            if self.lines >= self.round_lines or len(self.pending) >= ROUND_SOURCES:
                yield from self._round()
        if self.pending:
            yield from self._round()

    def _lines(self, path: str) -> Iterator[list[Source]]:
        """Stage the JSON Lines input ``path``: read by DuckDB if it can, else copied by Python, a round's
        worth of lines at a time (every part but the last stored as a round of its own)."""
        number = self._next()
        self.tables.add(number)
        staged = jsonl_file_source(self.store, number, path, self.on_problem)
        if staged is not None:
            self.pending.append(staged[0])
            self.lines += staged[1]
            return
        copy = LineCopy(self.store, number, path, self.on_problem, self.stdin)
        self.copies.append(copy)
        while True:
            self.lines += copy.stage(max(self.round_lines - self.lines, 1))
            if copy.source.done:
                self.pending.append(copy.source)
                return
            yield from self._round(copy.source)
