"""Ingest pre-coded event records: JSON Lines as ``flashpoint code`` writes them (``ingest --events``);
Parquet inputs go to :mod:`.events_parquet`, plain JSON Lines files to :mod:`.events_jsonl` (DuckDB
reads them); this module reads stdin and the files DuckDB cannot, line by line, with the same rules.

The consecutive records of one article form one group, stored as one article (without text, so
without near-duplicate detection) whose content hash is the hash of its lines. Lines are read and
grouped in Python with plain string scans, in a background thread that prepares the next batch while
DuckDB writes the current one; everything else (parsing, checking, storing) happens in DuckDB on
whole batches, in the caller's thread.
"""

from __future__ import annotations

import codecs
import contextlib
import json
import queue
import re
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from ..read.decode import looks_binary
from ..records import ReadFailure, ReadWarning
from .db import Store
from .dedup import refresh_events
from .events_jsonl import ingest_jsonl_file, line_article_id, stageable
from .events_parquet import chunk_groups, ingest_parquet_files, parquet_inputs
from .ingest import IngestReport
from .stage import ArticleRow, Lines, check_records, stage_lines, staged_line_hashes, staged_lines_source
from .write import plan_records, write_batch

__all__ = ["ingest_event_files", "BATCH_EVENTS"]

ProblemFn = Callable[[ReadFailure | ReadWarning], None]  # a failure skips its item; a warning keeps it
BATCH_EVENTS = 1_000_000  # records (and articles) per transaction, at most, by default
BULK_CHECKPOINT = "1GB"  # DuckDB's checkpoint_threshold while event records are loaded
ProgressFn = Callable[[int], None]

_ARTICLE_ID = re.compile(r'"article_id"\s*:\s*"((?:[^"\\]|\\.)*)"')
_EVENT_ID = re.compile(r'"event_id"\s*:\s*"((?:[^"\\]|\\.)*)"')
_PUBLISHED = re.compile(r'"published"\s*:\s*"(\d{4}-\d{2}-\d{2})"')
_AID_KEY = '"article_id": "'
_EID_KEY = '"event_id": "'


def _field(line: str, key: str, pattern: re.Pattern[str]) -> str | None:
    """A string field of a record line: ``key`` is ``"name": "`` as ``json.dumps`` writes it (fast path),
    ``pattern`` the general form (any spacing, escapes)."""
    i = line.find(key)
    if i >= 0:
        start = i + len(key)
        j = line.find('"', start)
        if j > 0 and "\\" not in line[start:j]:
            return line[start:j]
    m = pattern.search(line)
    if m is None:
        return None
    raw = m.group(1)
    return str(json.loads(f'"{raw}"')) if "\\" in raw else raw


def _article_id(line: str) -> tuple[str | None, str | None]:
    """The article id of an event record line, or None and the problem."""
    aid = _field(line, _AID_KEY, _ARTICLE_ID)
    if aid:
        return aid, None
    return line_article_id(line)


@dataclass(slots=True)
class _Group:
    """The consecutive records of one article."""

    article_id: str
    published: str | None
    path: str
    texts: list[str] = field(default_factory=list)
    linenos: list[int | None] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)

    @property
    def n(self) -> int:
        return len(self.texts)


def _binary(path: str) -> bool:
    with open(path, "rb") as fh:
        return looks_binary(fh.read(8192))


def _numbered_lines(path: str, name: str, stdin: IO[str] | None, on_problem: ProblemFn) -> Iterator[tuple[int, str]]:
    """``(line number, text)`` of an event-record file: a byte-order mark dropped, and bytes that are
    not UTF-8 replaced (U+FFFD) with a warning at the first such line (the records are kept: their
    ids and codes are ASCII)."""
    if path == "-":
        yield from enumerate(stdin or sys.stdin, start=1)
        return
    with open(path, "rb") as fh:
        warned = False
        for lineno, raw in enumerate(fh, start=1):
            if lineno == 1:
                raw = raw.removeprefix(codecs.BOM_UTF8)
            try:
                yield lineno, raw.decode("utf-8")
            except UnicodeDecodeError:
                if not warned:
                    warned = True
                    on_problem(ReadWarning(name, lineno, "not UTF-8: undecodable bytes replaced with U+FFFD "
                                                         "(first such line; the records are kept)"))
                yield lineno, raw.decode("utf-8", errors="replace")


def _groups(paths: Iterable[str], on_problem: ProblemFn, stdin: IO[str] | None) -> Iterator[_Group]:
    for path in paths:
        name = "<stdin>" if path == "-" else path
        cur: _Group | None = None
        seen = False
        try:
            if path != "-" and _binary(path):
                on_problem(ReadFailure(name, None, "binary file, not event records (skipped)"))
                continue
            for lineno, raw in _numbered_lines(path, name, stdin, on_problem):
                line = raw.strip()
                if not line:
                    continue
                seen = True
                # fast path, inline: "article_id": "..." as json.dumps writes it
                i = line.find(_AID_KEY)
                j = line.find('"', i + 15) if i >= 0 else -1
                aid: str | None = line[i + 15:j] if j > 0 else None
                if aid is None or not aid or "\\" in aid:
                    aid, problem = _article_id(line)
                    if aid is None:
                        on_problem(ReadFailure(name, lineno, problem or "unreadable event record"))
                        continue
                if cur is None or cur.article_id != aid:
                    if cur is not None:
                        yield cur
                    pub = _PUBLISHED.search(line)
                    cur = _Group(aid, pub.group(1) if pub else None, name)
                i = line.find(_EID_KEY)
                j = line.find('"', i + 13) if i >= 0 else -1
                eid = line[i + 13:j] if j > 0 else _field(line, _EID_KEY, _EVENT_ID)
                if eid:
                    if eid in cur.ids:  # the same record again: one mention per event id and article
                        continue
                    cur.ids.add(eid)
                cur.texts.append(line)
                cur.linenos.append(lineno)
        except OSError as exc:
            on_problem(ReadFailure(name, None, f"cannot read: {exc.strerror or exc}"))
            seen = True
        if not seen:
            on_problem(ReadFailure(name, None, "empty file"))
        if cur is not None:
            yield cur


@dataclass(slots=True)
class _Chunk:
    """One batch as the reader hands it over: its groups, their records and the read problems met
    while reading it (reported by the caller's thread, before the batch's own)."""

    groups: list[_Group]
    lines: Lines  # the records of all the groups
    problems: list[ReadFailure | ReadWarning]


def _chunks(paths: Iterable[str], stdin: IO[str] | None, max_events: int, max_articles: int) -> Iterator[_Chunk]:
    problems: list[ReadFailure | ReadWarning] = []
    for batch in chunk_groups(_groups(paths, problems.append, stdin), max_events, max_articles):
        chunk = batch.groups
        # problems met so far: on lines before the chunk's last group (one group of look-ahead at most)
        taken, problems[:] = list(problems), []
        yield _Chunk(chunk, _lines(chunk), taken)
    if problems:
        yield _Chunk([], Lines(), list(problems))


_END = object()


def _prefetch(items: Iterator[_Chunk], depth: int = 2) -> Iterator[_Chunk]:
    """``items`` produced by a background thread, at most ``depth`` ahead: reading and grouping
    lines (Python) overlaps with DuckDB writing the previous batch (which releases the GIL). The
    consumer's thread does everything that touches the store or calls back."""
    q: queue.Queue[tuple[bool, Any]] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(item: tuple[bool, Any]) -> bool:
        while not stop.is_set():
            try:
                q.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def work() -> None:
        try:
            for item in items:
                if not put((True, item)):
                    return
            put((True, _END))
        except BaseException as exc:  # handed to the consumer, raised there
            put((False, exc))

    thread = threading.Thread(target=work, name="flashpoint-events-reader", daemon=True)
    thread.start()
    try:
        while True:
            ok, item = q.get()
            if not ok:
                raise item
            if item is _END:
                thread.join()
                return
            yield item
    finally:
        # on an error here the reader stops at its next hand-over (not joined: it may be waiting on stdin)
        stop.set()


def _lines(groups: list[_Group]) -> Lines:
    out = Lines()
    for g in groups:
        out.add(g.article_id, g.texts, g.path, g.linenos)
    return out


def _failures(lines: Lines, bad: list[tuple[int, str]]) -> list[tuple[int, ReadFailure]]:
    return [(lines.linenos[i] or 0, ReadFailure(lines.paths[i] or "<events>", lines.linenos[i], problem))
            for i, problem in bad]


def _segments(paths: Iterable[str]) -> Iterator[tuple[str, list[str]]]:
    """Consecutive inputs of one kind: ``("parquet", files)``, ``("jsonl", paths)``, or ``("empty", [folder])``
    for a folder without Parquet files."""
    kind = ""
    run: list[str] = []
    for path in paths:
        files = parquet_inputs(path)
        this = "jsonl" if files is None else "parquet" if files else "empty"
        if run and (this != kind or this == "empty"):
            yield kind, run
            run = []
        kind = this
        run.extend(files or [path])
    if run:
        yield kind, run


def ingest_event_files(store: Store, paths: Iterable[str], *, on_problem: ProblemFn,
                       batch_events: int = BATCH_EVENTS, batch_articles: int = BATCH_EVENTS,
                       refresh_every: int = 1_000_000,
                       progress: ProgressFn | None = None, stdin: IO[str] | None = None) -> IngestReport:
    """Store pre-coded event records: ``flashpoint code`` JSON Lines (``-`` is stdin) or Parquet files
    with the event record's columns (``*.parquet``, ``*.pq``, or a folder of them such as the shards of
    ``flashpoint code --engine ray``; read by DuckDB, see :mod:`.events_parquet`).

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
    with _bulk(store):
        return _ingest_event_files(store, paths, on_problem, batch_events, batch_articles, refresh_every, progress,
                                   stdin)


@contextlib.contextmanager
def _bulk(store: Store) -> Iterator[None]:
    """Settings for a bulk load, restored afterwards. No insertion order to keep: DuckDB inserts faster,
    and nothing the ingest computes depends on row order (every ordered step says ORDER BY). A larger
    write-ahead log before DuckDB checkpoints (:data:`BULK_CHECKPOINT`): every checkpoint in the middle
    of a load costs time that the final one, when the store is closed, does not save (measured: 1.3 s
    of 12 for a million records). Every batch is still committed, and durable, when it ends."""
    with store.with_duckdb(preserve_insertion_order=False, checkpoint_threshold=BULK_CHECKPOINT):
        yield


def _ingest_event_files(store: Store, paths: Iterable[str], on_problem: ProblemFn, batch_events: int,
                        batch_articles: int, refresh_every: int, progress: ProgressFn | None,
                        stdin: IO[str] | None) -> IngestReport:
    report = IngestReport()
    refresh_events(store)  # finish what an interrupted run left
    since_refresh = 0

    def after_batch(mentions: int) -> None:
        nonlocal since_refresh
        since_refresh += mentions
        if since_refresh >= refresh_every:
            refresh_events(store)
            since_refresh = 0

    number = 0
    for kind, run in _segments(paths):
        if kind == "empty":
            on_problem(ReadFailure(run[0], None, "no Parquet files (*.parquet, *.pq) in this folder"))
        elif kind == "parquet":
            number = ingest_parquet_files(store, run, report, on_problem=on_problem, batch_events=batch_events,
                                          batch_articles=batch_articles, after_batch=after_batch,
                                          progress=progress, first_number=number)
        else:
            for path in run:  # a plain file through DuckDB; stdin, compressed or odd files line by line here
                if not (stageable(path) and ingest_jsonl_file(
                        store, path, report, on_problem=on_problem, batch_events=batch_events,
                        batch_articles=batch_articles, after_batch=after_batch, progress=progress)):
                    _ingest_jsonl(store, [path], report, on_problem, batch_events, batch_articles, after_batch,
                                  progress, stdin)
    refresh_events(store)
    return report


def _ingest_jsonl(store: Store, paths: list[str], report: IngestReport, on_problem: ProblemFn, batch_events: int,
                  batch_articles: int, after_batch: Callable[[int], None], progress: ProgressFn | None,
                  stdin: IO[str] | None) -> None:
    for item in _prefetch(_chunks(paths, stdin, batch_events, batch_articles)):
        for failure in item.problems:
            on_problem(failure)
        chunk = item.groups
        if not chunk:
            continue
        report.articles_read += len(chunk)
        stage_lines(store, item.lines)
        hashes = staged_line_hashes(store)
        todo_ids, recheck = plan_records(store, [g.article_id for g in chunk], hashes)
        todo = [g for g in chunk if g.article_id in todo_ids]
        report.unchanged += len(chunk) - len(todo)
        problems: list[tuple[int, ReadFailure]] = []
        if recheck:  # bad records are reported on every run
            problems += _failures(item.lines, check_records(store, staged_lines_source(recheck)))
        if todo:
            rows = [ArticleRow(article_id=g.article_id, content_hash=hashes[g.article_id], title=None, url=None,
                               source=None, published=g.published, language=None, text=None,
                               origin=f"{g.path}:{g.linenos[0]}", source_key="") for g in todo]
            src = staged_lines_source(None if len(todo) == len(chunk) else sorted(todo_ids))
            res = write_batch(store, rows, records=src)
            problems += _failures(item.lines, res.bad)
            report.add(res)
            after_batch(res.mentions)
        store.run("DROP TABLE IF EXISTS _lines")
        for _, failure in sorted(problems, key=lambda p: p[0]):
            on_problem(failure)
        if progress is not None:
            progress(len(chunk))
