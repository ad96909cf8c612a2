"""Opening a store: the DuckDB file, its lock, migrations and settings.

DuckDB lets one process open a database file for writing (it takes an OS file lock). A second
process that tries (to write or to read) gets a lock error; :func:`open_store` retries for ``wait``
seconds and then raises :class:`~flashpoint.errors.StoreError` with a clear message, or at once
:class:`~flashpoint.errors.StoreHeldByServer` when the holder is a ``flashpoint serve`` that
advertises itself beside the store (:mod:`.holder`). Every DuckDB
error is turned into a ``StoreError``; the library never prints.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import re
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import duckdb

from ..errors import StoreError, StoreFailure, StoreHeldByServer
from .holder import read_holder
from .schema import MIGRATIONS, MIGRATIONS_TABLE, SCHEMA_VERSION
from .settings import StoreSettings

__all__ = ["Store", "open_store", "DEFAULT_DB", "store_errors", "waiting_readers", "READER_TURN_SECONDS"]

DEFAULT_DB = "flashpoint.duckdb"
_LOCK_RE = re.compile(r"lock", re.IGNORECASE)
_PID_RE = re.compile(r"PID (\d+)")


@contextmanager
def store_errors(path: str, doing: str) -> Iterator[None]:
    """Turn DuckDB errors raised inside the block into StoreError naming the store and the step."""
    try:
        yield
    except StoreError:
        raise
    except _FAILURES as exc:  # the machine or the file, not the request
        raise StoreFailure(f"{path}: {doing} failed: {exc}") from exc
    except duckdb.Error as exc:
        raise StoreError(f"{path}: {doing} failed: {exc}") from exc


# DuckDB's errors that mean the store failed under a valid operation (I/O, a full disk, a failed
# commit, memory, corruption), as opposed to an operation that was not valid
_FAILURES = (duckdb.OperationalError, duckdb.FatalException, duckdb.InternalException)


READER_TURN_SECONDS = 30.0  # a writer waits at most this long, between batches, for waiting readers to get in
WRITER_RETURN_SECONDS = 600.0  # ... and up to this long for them to be done
_FRESH_SECONDS = 2.0  # a waiting reader renews its mark at least this often


class Store:
    """An open event store. Use :func:`open_store`; close it (or use ``with``) to release the lock."""

    def __init__(self, path: str, con: duckdb.DuckDBPyConnection, read_only: bool, settings: StoreSettings,
                 reconnect: Callable[[], duckdb.DuckDBPyConnection] | None = None) -> None:
        self.path = path
        self.con = con
        self.read_only = read_only
        self.settings = settings
        self._reconnect = reconnect

    # -- sharing with readers ------------------------------------------------------------------
    def let_readers_in(self, max_wait: float = READER_TURN_SECONDS) -> float:
        """Between two committed batches of a long write: if other processes wait to read this
        store (``flashpoint status``, ``events``, ``timeline``), close it, let them in, and open it
        again once they are in (or after ``max_wait`` seconds). DuckDB lets one process write *or*
        several read, so without this a reader waits for the whole run. Returns the seconds given
        up (0 when nobody waited). Only for a connection nobody else shares (not the server's)."""
        if self.read_only or self._reconnect is None or not waiting_readers(self.path):
            return 0.0
        start = time.monotonic()
        self.con.close()
        while time.monotonic() - start < max_wait and waiting_readers(self.path):
            time.sleep(0.02)
        self.con = self._reconnect()
        return time.monotonic() - start

    # -- plumbing -------------------------------------------------------------------------------
    def rows(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple[Any, ...]]:
        """Run a query and fetch every row (a DuckDB result must be read to its end)."""
        with store_errors(self.path, "query"):
            return self.con.execute(sql, params or []).fetchall()

    def run(self, sql: str, params: Sequence[Any] | None = None) -> None:
        """Run a statement that returns no rows the caller needs."""
        with store_errors(self.path, "statement"):
            self.con.execute(sql, params or [])
            self.con.complete()

    def value(self, sql: str, params: Sequence[Any] | None = None) -> Any:
        rows = self.rows(sql, params)
        return rows[0][0] if rows else None

    @contextmanager
    def with_duckdb(self, **values: Any) -> Iterator[None]:
        """DuckDB settings ``values`` (fixed names, e.g. ``preserve_insertion_order=False``) for the block;
        each one's value before is set again afterwards, whatever happens."""
        before = {name: self.value(f"SELECT current_setting('{name}')") for name in values}
        for name, value in values.items():
            self.run(f"SET {name} = ?", [value])
        try:
            yield
        finally:
            for name, value in before.items():
                self.run(f"SET {name} = ?", [value])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit of work: committed at the end of the block, rolled back on any error."""
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only")
        with store_errors(self.path, "transaction"):
            self.con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            with contextlib.suppress(duckdb.Error):
                self.con.execute("ROLLBACK")
            raise
        with store_errors(self.path, "commit"):
            self.con.execute("COMMIT")

    def close(self) -> None:
        with contextlib.suppress(duckdb.Error):
            self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema ---------------------------------------------------------------------------------
    def schema_version(self) -> int:
        return int(self.value("SELECT coalesce(max(version), 0) FROM schema_migrations") or 0)


_MEMORY_RE = re.compile(r"\s*\d+(\.\d+)?\s*([KMGT]i?B|B)?\s*", re.IGNORECASE)


def _memory(value: str) -> str:
    """A memory size such as ``4GB`` or ``512MiB`` (checked: it goes into a SET statement)."""
    if not _MEMORY_RE.fullmatch(value):
        raise duckdb.InvalidInputException(f"not a memory size (e.g. 4GB, 512MiB): {value}")
    return value.strip()


def _marks(path: str) -> str:
    return path + ".readers"


def waiting_readers(path: str) -> bool:
    """Whether a process is waiting to read the store at ``path`` (its mark is fresh)."""
    folder = _marks(path)
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return False
    now = time.time()
    return any(now - e.stat().st_mtime < _FRESH_SECONDS for e in entries if e.is_file())


@contextmanager
def _waiting_mark(path: str) -> Iterator[Callable[[], None]]:
    """A mark that this process waits to read ``path`` (renew it with the callable); gone afterwards.
    Where the folder cannot be written, the reader waits unmarked (the writer cannot know)."""
    mark = os.path.join(_marks(path), str(os.getpid()))

    def renew() -> None:
        with contextlib.suppress(OSError):
            os.makedirs(_marks(path), exist_ok=True)
            with open(mark, "a", encoding="utf-8"):
                os.utime(mark)

    try:
        yield renew
    finally:
        with contextlib.suppress(OSError):
            os.remove(mark)
        with contextlib.suppress(OSError):
            os.rmdir(_marks(path))  # only when no other reader's mark is left in it


def _connect(path: str, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    with _waiting_mark(path) as mark:
        return _connect_marked(path, read_only, wait, mark)


def _connect_marked(path: str, read_only: bool, wait: float, mark: Callable[[], None]) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + max(0.0, wait)
    delay = 0.05
    while True:
        try:
            con = duckdb.connect(path, read_only=read_only)
            con.execute("SET enable_progress_bar = false")  # the library never prints
            return con
        except duckdb.IOException as exc:
            msg = str(exc)
            if not _LOCK_RE.search(msg):
                raise StoreError(f"cannot open store {path}: {msg}") from exc
            pid = _PID_RE.search(msg)
            holder = read_holder(path)
            if holder is not None and (pid is None or int(pid.group(1)) == holder.pid):
                # a server keeps the store for its lifetime: say so now rather than wait for it
                raise StoreHeldByServer(path, holder.url, holder.pid) from None
            if read_only:
                mark()  # a writer between batches lets a marked reader in
            if time.monotonic() >= deadline:
                who = f"process {pid.group(1)}" if pid else "another process"
                raise StoreError(
                    f"store {path} is in use by {who} (one writer at a time; readers wait for it too); "
                    f"gave up after {wait:g}s — try again when it has finished, or pass a longer --wait"
                ) from exc
            time.sleep(delay)
            delay = min(delay * 2, 0.2 if read_only else 0.5)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open store {path}: {exc}") from exc


def _migrate(store: Store, settings: StoreSettings | None) -> None:
    store.run(MIGRATIONS_TABLE)
    current = store.schema_version()
    if current > SCHEMA_VERSION:
        raise StoreError(f"{store.path}: schema version {current} is newer than this flashpoint's "
                         f"({SCHEMA_VERSION}): upgrade flashpoint to use it")
    for mig in MIGRATIONS:
        if mig.version <= current:
            continue
        with store.transaction():
            for stmt in mig.statements:
                store.run(stmt)
            if mig.version == 1:
                for key, value in (settings or StoreSettings()).to_pairs():
                    store.run("INSERT INTO store_settings VALUES (?, ?)", [key, value])
            store.run("INSERT INTO schema_migrations VALUES (?, ?, ?)",
                      [mig.version, mig.name, _dt.datetime.now(_dt.UTC).replace(tzinfo=None)])


def open_store(path: str = DEFAULT_DB, *, read_only: bool = False, wait: float = 30.0,
               settings: StoreSettings | None = None, memory_limit: str | None = None) -> Store:
    """Open (creating and migrating when writable) the store at ``path``.

    ``wait``: seconds to keep retrying while another process holds the file. ``settings``: used only
    when the store is created; an existing store keeps its own (see :func:`flashpoint.store.dedup.update_settings`).
    ``memory_limit``: DuckDB's memory limit for this connection (``"4GB"``; default 80% of the
    machine's memory); what does not fit, temporary tables included, spills to disk.
    """
    empty = os.path.isfile(path) and os.path.getsize(path) == 0  # left by a store that could not be created
    if read_only and (not os.path.exists(path) or empty):
        raise StoreError(f"no store at {path} (create one with: flashpoint ingest INPUT... --db {path})")
    created = not os.path.exists(path) or empty
    if not read_only:
        parent = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(parent):
            raise StoreError(f"cannot create store {path}: no directory {parent}")
        if empty:
            os.remove(path)  # an empty file holds nothing; DuckDB would refuse it for ever

    def connect(wait: float = wait) -> duckdb.DuckDBPyConnection:
        con = _connect(path, read_only, wait)
        if memory_limit is not None:
            try:
                con.execute(f"SET memory_limit = '{_memory(memory_limit)}'")
            except duckdb.Error as exc:
                con.close()
                raise StoreError(f"{path}: memory limit {memory_limit!r} not accepted: {exc}") from exc
        return con

    store: Store | None = None
    try:
        # a writer that let readers in waits for them to finish, however long that takes within reason
        store = Store(path, connect(), read_only, settings or StoreSettings(),
                      reconnect=lambda: connect(max(wait, WRITER_RETURN_SECONDS)))
        tables = {r[0] for r in store.rows("SELECT table_name FROM information_schema.tables")}
        if tables and "schema_migrations" not in tables:
            raise StoreError(f"{path} is a DuckDB database but not a flashpoint store (it has other tables); "
                             "flashpoint leaves it alone: pass another --db")
        if read_only:
            if not tables:
                raise StoreError(f"{path} is not a flashpoint store")
            version = store.schema_version()
            if version > SCHEMA_VERSION:
                raise StoreError(f"{path}: schema version {version} is newer than this flashpoint's "
                                 f"({SCHEMA_VERSION}): upgrade flashpoint to read it")
            if version < SCHEMA_VERSION:
                raise StoreError(f"{path}: schema version {version} needs migrating to "
                                 f"{SCHEMA_VERSION}; run flashpoint ingest (or open it writable) once")
        else:
            _migrate(store, settings)
        store.settings = StoreSettings.from_pairs(
            [(str(k), str(v)) for k, v in store.rows("SELECT key, value FROM store_settings")])
    except BaseException:
        if store is not None:
            store.close()
        if created and not read_only:
            _remove_new(path)  # a store that could not be created (a full disk) must not block the next run
        raise
    return store


def _remove_new(path: str) -> None:
    """Remove the files of a store this call was creating and could not finish."""
    for p in (path, path + ".wal"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(p)
