"""The watcher: polls its sources, fetches what is new, stores it through :func:`~flashpoint.store.ingest_articles`.

>>> with Watcher(store, load_sources("sources.toml"), code) as w:     # doctest: +SKIP
...     report = w.poll_once()            # every source once (flashpoint watch --once)
...     w.run()                           # or: until w.stop is set, each source at its interval

One poll of a source: a conditional GET of its listing (a 304 costs nothing more); its entries in
the canonical form of their addresses; those the store has seen are skipped without a request; each
new one is fetched, its main text extracted (:func:`flashpoint.read.html.extract_page`), its story
identified by its canonical URL (a story already stored from another feed or address is recorded as a
duplicate), its language identified (another language than ``settings.language`` is skipped and
counted), and the articles go into the store in batches, coded on the way (content hash,
near-duplicate merging and event de-duplication apply as for ``flashpoint ingest``). Then what became
of each item, and the listing's validators, are recorded (:mod:`.state`).

A failing source or item is recorded and reported, never raised: the others go on. The library
never prints; ``progress`` receives each item's outcome and each finished source.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field

from ..errors import CodingError, FeedError, FetchError
from ..fingerprint import Fingerprint
from ..read.decode import decode_bytes
from ..read.html import extract_page
from ..records import Article, Event
from ..store.db import Store
from ..store.ingest import IngestReport, ingest_articles
from .feeds import Entry, Listing, parse_listing
from .fetch import FEED_ACCEPT, PAGE_ACCEPT, Fetcher, Response, Stopped
from .language import identify_language
from .settings import WatchSettings
from .sources import Source
from .state import DONE, DUPLICATE, FAILED, NON_ENGLISH, STORED, ItemRecord, WatchState
from .urls import article_id_for, canonical_url, pick_canonical

__all__ = ["Watcher", "WatchCodeFn", "ItemOutcome", "SourceReport", "PollReport", "ProgressFn", "Writing", "BatchFn",
           "NEW", "SEEN", "NO_TEXT", "NOT_HTML", "NOT_CODED", "BROKEN_PAGE",
           "FEED_UNREADABLE"]

#: codes articles, passing each one it cannot code to the callback (``engines.local.code_stream``'s shape)
WatchCodeFn = Callable[[list[Article], Callable[[CodingError], None]], Iterable[tuple[Article, list[Event]]]]

NEW = "new"  # an item outcome: stored now
SEEN = "seen"  # an item outcome: seen before (or the same story as one stored)
NO_TEXT = "no_text"  # an item's failure reason: the page has no article text
NOT_HTML = "not_html"  # ... the address serves something else than a page
NOT_CODED = "not_coded"  # ... the article could not be coded or stored
BROKEN_PAGE = "broken_page"  # ... the extractor failed on the page
FEED_UNREADABLE = "feed_unreadable"  # a source's failure reason when its listing could not be read (a FeedError)


@dataclass(frozen=True, slots=True)
class ItemOutcome:
    """What became of one listed address: ``status`` is :data:`NEW`, :data:`SEEN`, ``duplicate``,
    ``non_english`` or ``failed``; ``reason`` a failure's reason (a :class:`FetchError` reason or
    :data:`NO_TEXT`, :data:`NOT_HTML`, :data:`NOT_CODED`); ``detail`` what to tell a person (the
    error, the language found, the story it duplicates)."""

    url: str
    status: str
    reason: str | None = None
    detail: str | None = None


@dataclass(slots=True)
class SourceReport:
    """One poll of one source. ``error`` is set when the source itself failed (its listing could not
    be fetched or read); ``warning`` when its listing was broken but gave entries; ``waiting`` counts
    new items left for the next poll (more than ``max_new``)."""

    source: Source
    kind: str | None = None
    status: int | None = None
    listed: int = 0
    new: int = 0
    seen: int = 0
    failed: int = 0
    skipped: int = 0
    waiting: int = 0
    not_modified: bool = False
    stopped: bool = False
    error: FetchError | FeedError | None = None
    warning: str | None = None
    failures: list[ItemOutcome] = field(default_factory=list)


@dataclass(slots=True)
class PollReport:
    """One round over the sources: a report per source, and the store's counts for what was ingested."""

    sources: list[SourceReport] = field(default_factory=list)
    ingest: IngestReport = field(default_factory=IngestReport)
    stopped: bool = False

    def total(self, name: str) -> int:
        """The sum of the sources' ``name`` count (``new``, ``seen``, ``failed``, ``skipped``, ...)."""
        return sum(int(getattr(r, name)) for r in self.sources)

    @property
    def failed_sources(self) -> list[SourceReport]:
        return [r for r in self.sources if r.error is not None]

    @property
    def ok(self) -> bool:
        """No source and no item failed."""
        return not self.failed_sources and self.total("failed") == 0


ProgressFn = Callable[[SourceReport, ItemOutcome | None], None]
#: a context manager factory taken around every write to the store (a server's write lock)
Writing = Callable[[], AbstractContextManager[object]]
#: called after each batch of articles is stored (and its items recorded), outside ``writing``
BatchFn = Callable[[IngestReport], None]


def _add(total: IngestReport, part: IngestReport) -> None:
    for f in dataclasses.fields(IngestReport):
        setattr(total, f.name, getattr(total, f.name) + getattr(part, f.name))


class Watcher:
    """Follows ``sources`` into ``store``. ``code`` codes articles (:data:`WatchCodeFn`); ``coded_with``
    is its coder's fingerprint (re-coding on change, as ``ingest``). ``stop``: set it to end
    :meth:`run` (and any wait in progress) soon. ``share``: let waiting readers into the store
    between batches and while idle (not for a connection others share, as the server's).
    ``writing``: taken around every write (a server passes its write lock, and a connection of the
    watcher's own; fetching and reading run outside it). ``after_batch``: called with each stored
    batch's counts (a server bumps its generation and evaluates alerts there).
    ``fetcher``: the HTTP side (tests give one with an ``httpx`` transport)."""

    def __init__(self, store: Store, sources: Sequence[Source], code: WatchCodeFn, *,
                 settings: WatchSettings | None = None, coded_with: Fingerprint | None = None,
                 stop: threading.Event | None = None, share: bool = False, progress: ProgressFn | None = None,
                 fetcher: Fetcher | None = None, writing: Writing | None = None,
                 after_batch: BatchFn | None = None) -> None:
        self.store = store
        self.sources = list(sources)
        self.settings = settings or WatchSettings()
        self.stop = stop or threading.Event()
        self.state = WatchState(store)
        self.fetcher = fetcher or Fetcher(self.settings, self.stop)
        self._code = code
        self._coded_with = coded_with
        self._share = share
        self._progress = progress
        self._writing = writing or nullcontext
        self._after_batch = after_batch
        with self._writing():
            self.state.register(self.sources)

    def close(self) -> None:
        self.fetcher.close()

    def __enter__(self) -> Watcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- rounds ---------------------------------------------------------------------------------
    def poll_once(self) -> PollReport:
        """Poll every source once, in order (until ``stop`` is set)."""
        return self._round(self.sources)

    def _round(self, sources: Iterable[Source]) -> PollReport:
        report = PollReport()
        for source in sources:
            if self.stop.is_set():
                report.stopped = True
                break
            rep = self.poll_source(source, report.ingest)
            report.sources.append(rep)
            report.stopped = report.stopped or rep.stopped
        return report

    def interval(self, source: Source) -> float:
        return source.interval if source.interval is not None else self.settings.interval

    def run(self, on_poll: Callable[[PollReport], None] | None = None) -> None:
        """Poll each source when it is due (its ``interval`` after its last poll, as the store
        remembers it: a restarted watcher does not poll early) until ``stop`` is set."""
        due: dict[str, float] = {}
        now = time.time()
        for s in self.sources:
            st = self.state.source(s.url)
            last = st.last_polled.replace(tzinfo=_dt.UTC).timestamp() if st and st.last_polled else None
            due[s.url] = now if last is None else min(last + self.interval(s), now + self.interval(s))
        while not self.stop.is_set():
            ready = [s for s in self.sources if due[s.url] <= time.time()]
            if ready:
                report = self._round(ready)
                for s in ready:
                    due[s.url] = time.time() + self.interval(s)
                if on_poll is not None:
                    on_poll(report)
                continue
            wait = min(due.values()) - time.time()
            # idle: wake at least every second so that waiting readers get the store
            if self.stop.wait(max(0.0, min(wait, 1.0))):
                break
            if self._share:
                self.store.let_readers_in()

    # -- one source -----------------------------------------------------------------------------
    def poll_source(self, source: Source, ingest: IngestReport | None = None) -> SourceReport:
        """Poll ``source`` once; failures are recorded and reported, never raised."""
        rep = SourceReport(source)
        total = ingest if ingest is not None else IngestReport()
        before = self.state.source(source.url)
        try:
            resp = self.fetcher.get(source.url, etag=before.etag if before else None,
                                    last_modified=before.last_modified if before else None, accept=FEED_ACCEPT)
            rep.status = resp.status
            listing = None if resp.not_modified else self._listing(resp, source)
        except (FetchError, FeedError) as exc:
            rep.error = exc
            status, reason = (exc.status, exc.reason) if isinstance(exc, FetchError) else (None, FEED_UNREADABLE)
            with self._writing():
                self.state.record_poll(source.url, ok=False, status=status, error=str(exc), error_reason=reason)
            self._emit(rep, None)
            return rep
        except Stopped:
            rep.stopped = True
            return rep
        rep.not_modified = listing is None
        if listing is not None:
            rep.kind, rep.listed, rep.warning = listing.kind, len(listing.entries), listing.problem
        try:
            self._items(source, list(listing.entries) if listing else [], listing, rep, total)
        except Stopped:
            rep.stopped = True  # what was stored is recorded; the validators are not: the next poll reads it all
            return rep
        with self._writing():
            self.state.record_poll(source.url, ok=True, status=resp.status, kind=rep.kind,
                                   etag=None if rep.waiting else resp.etag,
                                   last_modified=None if rep.waiting else resp.last_modified,
                                   keep_validators=resp.not_modified)
        self._emit(rep, None)
        return rep

    def _listing(self, resp: Response, source: Source) -> Listing:
        listing = _parse(resp, source.kind)
        if listing.kind != "sitemapindex":
            return listing
        # a sitemap index: its newest child sitemaps, read whole (their entries are what counts)
        children = sorted(listing.entries, key=lambda e: e.published or "", reverse=True)
        entries: list[Entry] = []
        problems: list[str] = []
        for child in children[:self.settings.sitemap_children]:
            try:
                sub = _parse(self.fetcher.get(child.url, accept=FEED_ACCEPT), "sitemap")
            except (FetchError, FeedError) as exc:
                problems.append(str(exc))
                continue
            entries.extend(sub.entries)
        if problems and not entries:
            raise FeedError(resp.final_url, f"no child sitemap could be read ({problems[0]})")
        return Listing("sitemapindex", tuple(entries), None, listing.skipped, "; ".join(problems) or None)

    # -- its items ------------------------------------------------------------------------------
    def _items(self, source: Source, entries: list[Entry], listing: Listing | None, rep: SourceReport,
               total: IngestReport) -> None:
        s = self.settings
        keyed: dict[str, Entry] = {}
        for e in entries:
            keyed.setdefault(canonical_url(e.url), e)
        for item in self.state.retries(source.url, s.max_attempts):  # failed before: tried again
            keyed.setdefault(item.url, Entry(url=item.url, title=item.title, published=item.published))
        known = self.state.known(list(keyed))
        todo: list[tuple[str, Entry]] = []
        again: list[str] = []
        records: list[ItemRecord] = []
        for key, e in keyed.items():
            k = known.get(key)
            if k is not None and k.url != key:  # a new address of a story stored under another
                records.append(ItemRecord(key, source.url, DUPLICATE, k.canonical_url, k.article_id, e.title,
                                          e.published))
                self._seen(rep, e.url)
            elif k is not None and (k.status in DONE or k.attempts >= s.max_attempts):
                again.append(key)
                self._seen(rep, e.url)
            else:
                todo.append((key, e))
        # stored by a run that was stopped before it could record them
        stored = self.state.stored_articles([article_id_for(key) for key, _ in todo])
        for key, e in [(k, e) for k, e in todo if article_id_for(k) in stored]:
            records.append(ItemRecord(key, source.url, STORED, key, article_id_for(key), e.title, e.published))
            self._seen(rep, e.url)
        todo = [(k, e) for k, e in todo if article_id_for(k) not in stored]
        with self._writing():
            self.state.touch(again)
            self.state.record_items(records)
        if len(todo) > s.max_new:  # the newest first; the rest wait for the next poll
            todo.sort(key=lambda ke: ke[1].published or "", reverse=True)
            rep.waiting = len(todo) - s.max_new
            todo = todo[:s.max_new]
        pending: list[tuple[Article, ItemRecord]] = []
        try:
            for key, e in todo:
                got = self._fetch_item(source, key, e, listing, pending)
                if isinstance(got, ItemRecord):
                    with self._writing():
                        self.state.record_items([got])
                    self._outcome(rep, e.url, got)
                    continue
                pending.append(got)
                if len(pending) >= s.commit_every:
                    self._flush(pending, rep, total)
                    pending = []
        except Stopped:
            self._flush(pending, rep, total)  # asked to stop: what was fetched is stored first
            raise
        self._flush(pending, rep, total)

    def _seen(self, rep: SourceReport, url: str) -> None:
        rep.seen += 1
        self._emit(rep, ItemOutcome(url, SEEN))

    def _outcome(self, rep: SourceReport, url: str, rec: ItemRecord) -> None:
        if rec.status == FAILED:
            rep.failed += 1
            out = ItemOutcome(url, FAILED, rec.error_reason, rec.error)
            rep.failures.append(out)
        elif rec.status == NON_ENGLISH:
            rep.skipped += 1
            out = ItemOutcome(url, NON_ENGLISH, None, rec.language)
        elif rec.status == DUPLICATE:
            rep.seen += 1
            out = ItemOutcome(url, DUPLICATE, None, rec.canonical_url)
        else:
            rep.new += 1
            out = ItemOutcome(url, NEW, None, rec.canonical_url)
        self._emit(rep, out)

    def _fetch_item(self, source: Source, key: str, e: Entry, listing: Listing | None,
                    pending: list[tuple[Article, ItemRecord]]) -> ItemRecord | tuple[Article, ItemRecord]:
        """The article at ``e`` with the record to make once it is stored, or the record of why not."""
        def fail(reason: str, detail: str) -> ItemRecord:
            return ItemRecord(key, source.url, FAILED, title=e.title, published=e.published, error=detail,
                              error_reason=reason)

        try:
            resp = self.fetcher.get(e.url, accept=PAGE_ACCEPT)
        except FetchError as exc:
            return fail(exc.reason, str(exc))
        ctype = (resp.content_type or "").split(";")[0].strip().lower()
        if ctype and not (ctype.startswith("text/") or "html" in ctype or "xml" in ctype):
            return fail(NOT_HTML, f"{resp.final_url}: not a web page ({ctype})")
        html = _decode(resp)
        if html is None:
            return fail(NOT_HTML, f"{resp.final_url}: not text")
        try:
            page = extract_page(html)
        except Exception as exc:  # noqa: BLE001 - one page the extractor chokes on must not stop the watch
            return fail(BROKEN_PAGE, f"{resp.final_url}: the page could not be read ({type(exc).__name__}: {exc})")
        if page is None or len(page.text) < self.settings.min_chars:
            size = 0 if page is None else len(page.text)
            return fail(NO_TEXT, f"{resp.final_url}: no article text found ({size} characters of main text)")
        canonical = pick_canonical(page.canonical, resp.final_url)
        aid = article_id_for(canonical)
        dup = any(a.id == aid for a, _ in pending)  # the same story, listed twice in this poll
        if not dup and canonical != key:
            k = self.state.known([canonical]).get(canonical)
            dup = (k is not None and k.status in (STORED, DUPLICATE)) or bool(self.state.stored_articles([aid]))
        if dup:
            return ItemRecord(key, source.url, DUPLICATE, canonical, aid, e.title, e.published)
        lang = identify_language(page.text, page.language, e.language,
                                 listing.language if listing else None, source.language)
        if lang.language != self.settings.language:
            return ItemRecord(key, source.url, NON_ENGLISH, canonical, None, e.title or page.title,
                              e.published or page.date, lang.language)
        article = Article(id=aid, text=page.text, published=e.published or page.date, title=e.title or page.title,
                          url=canonical, source=source.name, language=lang.language, origin=e.url)
        return article, ItemRecord(key, source.url, STORED, canonical, aid, article.title, article.published,
                                   lang.language)

    def _flush(self, pending: list[tuple[Article, ItemRecord]], rep: SourceReport, total: IngestReport) -> None:
        """Store the fetched articles (coded on the way), then record their items."""
        if not pending:
            return
        failures: dict[str, CodingError] = {}

        def code(batch: list[Article]) -> Iterable[tuple[Article, list[Event]]]:
            return self._code(batch, lambda err: failures.__setitem__(err.article_id, err))

        with self._writing():
            part = ingest_articles(self.store, [a for a, _ in pending], code, batch_size=self.settings.commit_every,
                                   coded_with=self._coded_with, share=self._share)
            _add(total, part)
            stored = self.state.stored_articles([a.id for a, _ in pending])
            records = []
            for a, rec in pending:
                if a.id not in stored:
                    err = failures.get(a.id)
                    detail = f"{a.origin}: {err.detail if err else 'not stored'}"
                    rec = dataclasses.replace(rec, status=FAILED, article_id=None, error=detail,
                                              error_reason=NOT_CODED)
                records.append(rec)
            self.state.record_items(records)
        if self._after_batch is not None:
            self._after_batch(part)
        for (a, _), rec in zip(pending, records, strict=True):
            self._outcome(rep, a.origin or a.url or a.id, rec)

    def _emit(self, rep: SourceReport, item: ItemOutcome | None) -> None:
        if self._progress is not None:
            self._progress(rep, item)


def _parse(resp: Response, kind: str | None) -> Listing:
    """:func:`parse_listing`; a parser that fails on the listing in a way of its own is a FeedError too."""
    try:
        return parse_listing(resp.body, resp.final_url, resp.content_type, kind)
    except FeedError:
        raise
    except Exception as exc:  # noqa: BLE001 - one listing the parsers choke on must not stop the watch
        raise FeedError(resp.final_url, f"could not be read ({type(exc).__name__}: {exc})") from exc


def _decode(resp: Response) -> str | None:
    charset = resp.charset
    if charset:
        try:
            return resp.body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            charset = None  # a wrong or unknown declared charset: detect the encoding instead
    dec = decode_bytes(resp.body)
    return None if dec is None else dec.text
