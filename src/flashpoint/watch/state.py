"""What the watcher remembers, in the store (tables ``watch_sources`` and ``watch_items``, schema v5).

A source's validators (ETag, Last-Modified) are saved only once every entry of the poll that
brought them has been dealt with, and an item is recorded only after its article is committed: a
watcher killed at any moment polls the feed in full again and skips exactly what it had.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..store.db import Store
from .sources import Source

__all__ = ["WatchState", "SourceState", "ItemState", "ItemRecord", "SourceStatus",
           "STORED", "DUPLICATE", "NON_ENGLISH", "FAILED", "DONE"]

STORED = "stored"  # its article is in the store
DUPLICATE = "duplicate"  # the same story (canonical URL) as an item stored before
NON_ENGLISH = "non_english"  # skipped: not in the watcher's language
FAILED = "failed"  # could not be fetched, read or coded (tried again up to max_attempts)
DONE = (STORED, DUPLICATE, NON_ENGLISH)


def _now() -> _dt.datetime:
    return _dt.datetime.now(_dt.UTC).replace(tzinfo=None)


@dataclass(frozen=True, slots=True)
class SourceState:
    """What the store remembers of a source between runs."""

    url: str
    etag: str | None
    last_modified: str | None
    last_polled: _dt.datetime | None  # UTC
    failures: int  # consecutive failed polls


@dataclass(frozen=True, slots=True)
class ItemState:
    """What the store remembers of a listed address."""

    url: str
    canonical_url: str | None
    article_id: str | None
    status: str
    attempts: int
    title: str | None
    published: str | None


@dataclass(frozen=True, slots=True)
class ItemRecord:
    """One outcome to record for the listed address ``url`` (in canonical form)."""

    url: str
    source_url: str
    status: str
    canonical_url: str | None = None
    article_id: str | None = None
    title: str | None = None
    published: str | None = None
    language: str | None = None
    error: str | None = None
    error_reason: str | None = None


@dataclass(frozen=True, slots=True)
class SourceStatus:
    """A followed source as the store knows it (for status displays)."""

    url: str
    name: str
    kind: str | None
    last_polled: _dt.datetime | None
    last_ok: _dt.datetime | None
    last_status: int | None
    last_error: str | None
    failures: int
    stored: int
    seen: int
    failed: int
    skipped: int


class WatchState:
    """Reads and writes the watcher's tables of ``store``."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- sources --------------------------------------------------------------------------------
    def source(self, url: str) -> SourceState | None:
        rows = self.store.rows("""SELECT source_url, etag, last_modified, last_polled, failures
                                  FROM watch_sources WHERE source_url = ?""", [url])
        if not rows:
            return None
        r = rows[0]
        return SourceState(str(r[0]), r[1], r[2], r[3], int(r[4]))

    def register(self, sources: Iterable[Source]) -> None:
        """Make sure every source has its row (name and tags as the sources file says now)."""
        for s in sources:
            self.store.run("""INSERT INTO watch_sources (source_url, name, tags, failures, polls)
                              VALUES (?, ?, ?, 0, 0)
                              ON CONFLICT (source_url) DO UPDATE SET name = excluded.name, tags = excluded.tags""",
                           [s.url, s.name, list(s.tags)])

    def record_poll(self, url: str, *, ok: bool, status: int | None, kind: str | None = None,
                    etag: str | None = None, last_modified: str | None = None, keep_validators: bool = False,
                    error: str | None = None, error_reason: str | None = None) -> None:
        """A finished poll of the source ``url``: on success its new validators (or, with
        ``keep_validators``, those it had: a 304), on failure the error (validators kept)."""
        now = _now()
        if ok:
            validators = "" if keep_validators else ", etag = ?, last_modified = ?"
            params: list[object] = [now, now, now, status, kind]
            if not keep_validators:
                params += [etag, last_modified]
            self.store.run(f"""UPDATE watch_sources SET first_polled = coalesce(first_polled, ?), last_polled = ?,
                                   last_ok = ?, last_status = ?, kind = coalesce(?, kind),
                                   last_error = NULL, error_reason = NULL, failures = 0, polls = polls + 1
                                   {validators}
                               WHERE source_url = ?""", [*params, url])
        else:
            self.store.run("""UPDATE watch_sources SET first_polled = coalesce(first_polled, ?), last_polled = ?,
                                  last_status = ?, last_error = ?, error_reason = ?, failures = failures + 1,
                                  polls = polls + 1
                              WHERE source_url = ?""", [now, now, status, error, error_reason, url])

    # -- items ----------------------------------------------------------------------------------
    def known(self, urls: list[str]) -> dict[str, ItemState]:
        """What the store knows of ``urls`` (canonical forms), each looked up as a listed address
        and as a story's canonical URL; keyed by the url asked for."""
        if not urls:
            return {}
        rows = self.store.rows("""
            SELECT url, canonical_url, article_id, status, attempts, title, strftime(published, '%Y-%m-%d')
            FROM watch_items
            WHERE url IN (SELECT unnest(CAST(? AS VARCHAR[]))) OR canonical_url IN (SELECT unnest(CAST(? AS VARCHAR[])))
            """, [urls, urls])
        wanted = set(urls)
        items = list(_items(rows))
        out = {st.url: st for st in items if st.url in wanted}
        for st in items:  # a listed address new to us whose story is stored under another
            if st.canonical_url in wanted and st.canonical_url not in out and st.status in (STORED, DUPLICATE):
                out[st.canonical_url] = st
        return out

    def stored_articles(self, article_ids: list[str]) -> set[str]:
        """Which of ``article_ids`` the store holds (committed)."""
        if not article_ids:
            return set()
        rows = self.store.rows("SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(CAST(? AS VARCHAR[])))",
                               [article_ids])
        return {str(r[0]) for r in rows}

    def retries(self, source_url: str, max_attempts: int) -> list[ItemState]:
        """The source's failed items that may be tried again, oldest first."""
        rows = self.store.rows("""
            SELECT url, canonical_url, article_id, status, attempts, title, strftime(published, '%Y-%m-%d')
            FROM watch_items WHERE source_url = ? AND status = ? AND attempts < ? ORDER BY first_seen, url""",
                               [source_url, FAILED, max_attempts])
        return list(_items(rows))

    def record_items(self, records: list[ItemRecord]) -> None:
        """Record outcomes (in one transaction): a new address gets its row, a known one is updated
        (``attempts`` counts the failures)."""
        if not records:
            return
        now = _now()
        with self.store.transaction():
            for r in records:
                failed = 1 if r.status == FAILED else 0
                self.store.run("""
                    INSERT INTO watch_items VALUES (?, ?, ?, ?, ?, ?, CAST(? AS DATE), ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (url) DO UPDATE SET
                        canonical_url = coalesce(excluded.canonical_url, watch_items.canonical_url),
                        article_id = coalesce(excluded.article_id, watch_items.article_id),
                        status = excluded.status, title = coalesce(excluded.title, watch_items.title),
                        published = coalesce(excluded.published, watch_items.published),
                        language = coalesce(excluded.language, watch_items.language),
                        last_seen = excluded.last_seen,
                        attempts = watch_items.attempts + excluded.attempts,
                        last_error = excluded.last_error, error_reason = excluded.error_reason""",
                               [r.url, r.canonical_url, r.source_url, r.article_id, r.status, r.title, r.published,
                                r.language, now, now, failed, r.error, r.error_reason])

    def touch(self, urls: list[str]) -> None:
        """Mark ``urls`` as listed again now."""
        if urls:
            self.store.run("UPDATE watch_items SET last_seen = ? WHERE url IN (SELECT unnest(CAST(? AS VARCHAR[])))",
                           [_now(), urls])

    # -- status ---------------------------------------------------------------------------------
    def status(self) -> list[SourceStatus]:
        """Every source the store has followed, with its items' counts, by name."""
        rows = self.store.rows("""
            SELECT s.source_url, s.name, s.kind, s.last_polled, s.last_ok, s.last_status, s.last_error, s.failures,
                   count(i.url) FILTER (WHERE i.status = 'stored'),
                   count(i.url) FILTER (WHERE i.status = 'duplicate'),
                   count(i.url) FILTER (WHERE i.status = 'failed'),
                   count(i.url) FILTER (WHERE i.status = 'non_english')
            FROM watch_sources s LEFT JOIN watch_items i ON i.source_url = s.source_url
            GROUP BY ALL ORDER BY s.name, s.source_url""")
        return [SourceStatus(str(r[0]), str(r[1]), r[2], r[3], r[4], r[5], r[6], int(r[7]), int(r[8]), int(r[9]),
                             int(r[10]), int(r[11])) for r in rows]


def _items(rows: list[tuple[Any, ...]]) -> Iterator[ItemState]:
    for url, canonical, article_id, status, attempts, title, published in rows:
        yield ItemState(str(url), canonical, article_id, str(status), int(attempts), title, published)
