"""The server's hold on one store: the only DuckDB connection, readers that never block on writes.

DuckDB lets one process open a database file (for writing; a second process cannot even read it
while the first holds it). So the server is that process:

* it opens the store once (writable, unless ``read_only``) and keeps the connection;
* reads go through a small pool of **cursors** of that connection (each a connection of its own to
  the same database instance): DuckDB runs them in parallel, each query on a consistent snapshot of
  what was committed when it started (MVCC), so reads never wait for a write and never see half of
  one;
* writes (``POST /api/articles``) go through :meth:`ServerState.ingest`, one at a time (a lock), with
  the store's own ingest (:func:`~flashpoint.store.ingest_articles`: one transaction per batch of
  articles);
* every committed batch bumps :attr:`ServerState.generation`, which invalidates the response cache
  (and, with :attr:`ServerState.instance`, tells an open dashboard that new data arrived);
* with :meth:`ServerState.watch`, a :class:`~flashpoint.watch.Watcher` runs in a background thread
  (``flashpoint serve --watch``) on a connection of its own, taking the same write lock for each of
  its writes, so API writes and watch writes never collide;
* with :meth:`ServerState.alerts`, alerts are evaluated under the write lock after every write
  (:func:`~flashpoint.notify.open_alerts`) and sent by a background
  :class:`~flashpoint.notify.Sender`;
* pages of events (``/api/events``) come from an :class:`~flashpoint.serve.eventindex.EventIndex`,
  an in-memory sorted copy of the events table read in one snapshot: built by :meth:`ServerState.warm`
  before the server answers its first request, and after every write refreshed from the rows that
  changed (:meth:`EventIndex.refreshed`), under the write lock, before the write's generation is
  made visible, so the index is the store's as soon as the generation is. It answers only for the
  generation it was made in. Where a refresh cannot be made (many rows changed, an error), the index
  is built again in a background thread once writes have settled, and until it is ready pages come
  from SQL on a reader, as they do for stores above ``index_limit`` events.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from ..analysis.browse import EventsPage, events_page
from ..config import Settings
from ..errors import CodingError, ConfigError, StoreError, ValidationError
from ..fingerprint import Fingerprint
from ..notify.config import NO_ALERTS, AlertsConfig, DeliverySettings
from ..notify.deliver import Deliverer, Sender
from ..notify.record import EvaluationReport, open_alerts
from ..records import Article, Event
from ..store import EventFilter, IngestReport, Store, flag_event, ingest_articles, open_store, unflag_event
from .actors import ActorBook
from .cache import ResponseCache
from .eventindex import EventIndex

if TYPE_CHECKING:
    from ..watch.settings import WatchSettings
    from ..watch.sources import Source
    from ..watch.watcher import Watcher

__all__ = ["ServerState", "CodeFn", "IngestResult"]

#: ``Coder.code_stream_local``: codes a list of articles, passing those it cannot code to the callback.
CodeFn = Callable[[list[Article], Callable[[CodingError], None] | None], Iterable[tuple[Article, list[Event]]]]
IngestResult = tuple[IngestReport, list[dict[str, Any]]]
log = logging.getLogger("flashpoint.serve")


class ServerState:
    """One open store shared by the request handlers. Close it to release the file."""

    def __init__(self, path: str, *, read_only: bool = False, wait: float = 30.0, code: CodeFn | None = None,
                 settings: Settings | None = None, readers: int = 4, cache_size: int = 512,
                 index_limit: int = 500_000, index_delay: float = 0.5) -> None:
        if readers < 1:
            raise ValidationError("readers", "need at least one reader")
        self.store = open_store(path, read_only=read_only, wait=wait)
        self.path = path
        self.read_only = read_only
        self.generation = 0
        self.instance = uuid.uuid4().hex[:12]  # this run of the server: a restart starts generations anew
        self.base_url: str | None = None  # where the dashboard is (links in alerts); set by run_server
        self.alerts_config: AlertsConfig = NO_ALERTS
        self.watcher: Watcher | None = None
        self._watch_thread: threading.Thread | None = None
        self._watch_stop = threading.Event()
        self._sender: Sender | None = None
        self._delivery = DeliverySettings()
        self._transport: Any = None
        self._on_opened: Callable[[EvaluationReport], None] | None = None
        self.alert_problems: list[str] = []
        self.actors = ActorBook()  # actor names, named groups (serve --groups), the store's actors
        self.cache = ResponseCache(cache_size)
        self._code = code
        self._settings = (settings or Settings()).with_(workers=1)
        self._write_lock = threading.Lock()
        self._readers: queue.LifoQueue[Store] = queue.LifoQueue()
        self._all_readers: list[Store] = []
        # the events index: used while its generation is the store's; rebuilt after writes settle
        self.index_limit = index_limit
        self.index_delay = index_delay
        self._index: EventIndex | None = None
        self._index_wanted = threading.Event()
        self._index_thread: threading.Thread | None = None
        self._index_start = threading.Lock()
        self._index_swap = threading.Lock()  # installing an index: never an older over a newer one
        self._index_tried: int | None = None  # the generation the last build (or refresh) was for
        self._closing = False
        try:
            for _ in range(readers):
                reader = Store(self.store.path, self.store.con.cursor(), True, self.store.settings)
                self._all_readers.append(reader)
                self._readers.put(reader)
        except Exception:
            self.close()
            raise

    # -- reading ------------------------------------------------------------------------------------
    @contextmanager
    def reader(self) -> Iterator[Store]:
        """A read-only view of the store for one request (waits while every reader is busy)."""
        store = self._readers.get()
        try:
            yield store
        finally:
            self._readers.put(store)

    def events_page(self, f: EventFilter, *, limit: int = 50, offset: int = 0,
                    pair: tuple[str, str] | None = None) -> EventsPage:
        """A page of events: from the index when it holds this generation, else from SQL on a reader
        (and the index is rebuilt in the background)."""
        index = self._index
        if index is not None and index.generation == self.generation and not f.exclude_flagged:
            return index.page(f, limit=limit, offset=offset, pair=pair)
        self._want_index()
        with self.reader() as store:
            return events_page(store, f, limit=limit, offset=offset, pair=pair)

    @property
    def index_generation(self) -> int | None:
        """The generation the events index was read in (None: no index)."""
        index = self._index
        return index.generation if index is not None else None

    def warm(self) -> None:
        """Get ready for the first requests: build the events index and run a query on every reader
        (called before the server accepts connections)."""
        self._build_index()
        for reader in self._all_readers:
            try:
                reader.value("SELECT count(*) FROM events")
            except StoreError as exc:  # the requests will say so; starting the server is not the place
                log.warning("warming a reader failed: %s", exc)

    def _build_index(self) -> None:
        if self.index_limit <= 0 or self._closing:
            return
        generation = self.generation  # read before the snapshot: a write meanwhile makes it stale
        self._index_tried = generation
        try:
            index = EventIndex.build(self.store, self.index_limit, generation)
        except StoreError as exc:  # the SQL path keeps answering; the error shows there too
            log.warning("events index not built: %s", exc)
            index = None
        with self._index_swap:
            current = self._index
            if index is None or current is None or current.generation <= generation:
                self._index = index

    def _refresh_index(self, generation: int) -> None:
        """Make the index of the store as a write just left it, labelled ``generation``, from the current
        one and the rows that changed (under the write lock: no other write can come in between);
        when it cannot be made so, the background thread builds it again (:meth:`_want_index`)."""
        index = self._index
        if index is None or self.index_limit <= 0 or self._closing:
            return
        try:
            # past a quarter of the rows, a build is about as dear (and done off the writer's path)
            new = index.refreshed(self.store, generation, max_events=self.index_limit,
                                  max_changed=max(1000, len(index) // 4))
        except Exception as exc:  # noqa: BLE001 - an optimisation: never the write's failure; a build follows
            log.warning("events index not refreshed: %s", exc)
            return
        if new is None:
            return
        self._index_tried = generation
        with self._index_swap:
            current = self._index
            if current is None or current.generation <= generation:
                self._index = new

    def _want_index(self) -> None:
        if (self.index_limit <= 0 or self._closing
                or (self._index_tried is not None and self._index_tried >= self.generation)):
            return
        self._index_wanted.set()
        if self._index_thread is None:
            with self._index_start:
                if self._index_thread is None:
                    self._index_thread = threading.Thread(target=self._index_loop, name="flashpoint-index",
                                                          daemon=True)
                    self._index_thread.start()

    def _index_loop(self) -> None:
        while True:
            self._index_wanted.wait()
            if self._closing:
                return
            self._index_wanted.clear()
            # wait until writes have settled: no new generation for index_delay seconds
            while True:
                seen = self.generation
                time.sleep(self.index_delay)
                if self._closing:
                    return
                if self.generation == seen:
                    break
            if self._index_tried is None or self._index_tried < self.generation:
                self._build_index()

    # -- writing ------------------------------------------------------------------------------------
    def _coder(self) -> CodeFn:
        if self._code is None:
            from ..coding import cached_coder

            self._code = cached_coder(self._settings).code_stream_local  # one process: workers=1
        return self._code

    def _bump(self, _n: int = 0) -> None:
        """A write was committed (called under the write lock): its events index first, then its
        generation, which empties the cache (answers are kept per generation)."""
        generation = self.generation + 1
        self._refresh_index(generation)
        self.generation = generation
        self.cache.clear()
        self._want_index()

    def _cursor(self) -> Store:
        """A connection of its own to the server's database (for a background thread)."""
        return Store(self.store.path, self.store.con.cursor(), self.read_only, self.store.settings)

    # -- live work: the watcher and alerts ----------------------------------------------------------
    def alerts(self, config: AlertsConfig, settings: DeliverySettings | None = None, *,
               on_opened: Callable[[EvaluationReport], None] | None = None, transport: Any = None) -> None:
        """Evaluate ``config``'s rules after every write and send the alerts to its webhooks (from
        :meth:`start` on); ``on_opened`` hears of each evaluation that opened alerts or had problems.
        ``transport``: an httpx transport for the webhooks (tests)."""
        if config.active and self.read_only:
            raise ConfigError("alerts are recorded in the store: not with a read-only server")
        self.alerts_config = config
        self._delivery = settings or DeliverySettings()
        self._on_opened = on_opened
        self._transport = transport

    def watch(self, sources: list[Source], settings: WatchSettings | None = None, *,
              coded_with: Fingerprint | None = None, code: Any = None, fetcher: Any = None,
              progress: Any = None) -> Watcher:
        """Follow ``sources`` in a background thread from :meth:`start` on (``flashpoint serve --watch``);
        articles are coded with the server's coder unless ``code`` is given."""
        if self.read_only:
            raise ConfigError("a read-only server cannot watch sources (it stores nothing)")
        if self.watcher is not None:
            raise ConfigError("this server already watches sources")
        from ..watch.watcher import Watcher  # the HTTP client and the page extractor, only when watching

        def coder(articles: list[Article], on_failure: Any) -> Iterable[tuple[Article, list[Event]]]:
            return (code or self._coder())(articles, on_failure)

        self.watcher = Watcher(self._cursor(), sources, coder, settings=settings, coded_with=coded_with,
                               stop=self._watch_stop, writing=lambda: self._write_lock, after_batch=self._watched,
                               fetcher=fetcher, progress=progress)
        return self.watcher

    def start(self) -> None:
        """Start the live work configured: an evaluation of the alerts (one a killed server missed), their
        sender, and the watcher's thread. Called once the server is ready (its lifespan)."""
        if self.alerts_config.active:
            self.evaluate_alerts()
            if self.alerts_config.webhooks and self._sender is None:
                deliverer = Deliverer(self._cursor(), self.alerts_config.webhooks, self._delivery,
                                      writing=lambda: self._write_lock, base_url=self.base_url,
                                      transport=self._transport)
                self._sender = Sender(deliverer, on_error=lambda exc: log.error("sending alerts failed: %s", exc))
                self._sender.start()
        if self.watcher is not None and self._watch_thread is None:
            self._watch_thread = threading.Thread(target=self._watch_loop, name="flashpoint-watch", daemon=True)
            self._watch_thread.start()

    def _watch_loop(self) -> None:
        assert self.watcher is not None
        try:
            self.watcher.run()
        except Exception:  # noqa: BLE001 - the server keeps serving what it has; the log says why
            log.exception("the watcher stopped")

    def _watched(self, report: IngestReport) -> None:
        """After a batch the watcher stored: a new generation, and the alerts evaluated."""
        if report.stored or report.replaced:
            with self._write_lock:
                self._bump()
        self.evaluate_alerts()

    def evaluate_alerts(self) -> EvaluationReport:
        """Record the alerts that opened (under the write lock) and wake the sender."""
        if not self.alerts_config.active or self.read_only:
            return EvaluationReport()
        with self._write_lock:
            store = self._cursor()
            try:
                report = open_alerts(store, self.alerts_config)
            finally:
                store.close()
        self.alert_problems = report.problems
        if (report.opened or report.problems) and self._on_opened is not None:
            self._on_opened(report)
        if report.opened and self._sender is not None:
            self._sender.wake()
        return report

    def stop_live(self) -> None:
        """Stop the watcher (its open batch is stored first) and the sender; wait for their threads."""
        self._watch_stop.set()
        thread = self._watch_thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=120)
        watcher, self.watcher = self.watcher, None
        if watcher is not None:
            watcher.close()
            watcher.store.close()
        sender, self._sender = self._sender, None
        if sender is not None:
            sender.close()
            sender.deliverer.store.close()

    def ingest(self, articles: list[Article]) -> IngestResult:
        """Code and store ``articles`` (one writer at a time); returns the report and, per article, its
        status, mention count and event ids."""
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only")
        with self._write_lock:
            failed: dict[str, CodingError] = {}
            coder = self._coder()

            def code(batch: list[Article]) -> Iterable[tuple[Article, list[Event]]]:
                return coder(batch, lambda err: failed.__setitem__(err.article_id, err))

            try:
                report = ingest_articles(self.store, articles, code, batch_size=64, progress=self._bump)
            finally:
                self._bump()
            ids = [a.id for a in articles]
            rows = self.store.rows("""SELECT article_id, status, n_mentions, duplicate_of FROM articles
                                      WHERE article_id IN (SELECT unnest(CAST(? AS VARCHAR[])))""", [ids])
            events = dict(self.store.rows("""SELECT article_id, list(DISTINCT event_id ORDER BY event_id)
                                             FROM event_mentions WHERE article_id IN
                                             (SELECT unnest(CAST(? AS VARCHAR[]))) GROUP BY article_id""", [ids]))
        self.evaluate_alerts()
        by_id = {str(r[0]): r for r in rows}
        out = []
        for a in articles:
            r = by_id.get(a.id)
            item = {"id": a.id, "status": r[1] if r else "not_stored", "mentions": int(r[2]) if r else 0,
                    "duplicate_of": r[3] if r else None, "events": list(events.get(a.id) or [])}
            err = failed.get(a.id)
            if err is not None:  # not coded; an earlier coding of it, if any, stays stored
                item.update(status="failed", error={"reason": err.reason, "detail": err.detail})
            out.append(item)
        return report, out

    def flag(self, event_id: str, note: str | None, on: bool = True) -> Any:
        """Flag ``event_id`` as a wrong event (``on``) or remove its flag, as one write (the generation
        grows: cached answers go); the flag (None: no such event) or whether there was one to remove."""
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only")
        with self._write_lock:
            try:
                return flag_event(self.store, event_id, note) if on else unflag_event(self.store, event_id)
            finally:
                self._bump()

    def close(self) -> None:
        self.stop_live()
        self._closing = True
        self._index_wanted.set()
        thread = self._index_thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=60)
        self._index = None
        for reader in self._all_readers:
            reader.close()
        self._all_readers.clear()
        self.store.close()

    def __enter__(self) -> ServerState:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
