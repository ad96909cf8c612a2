"""Ingest articles (coded on the way) into a store, batch by batch (pre-coded events: :mod:`.events_file`).

The input is read in order and cut into batches; per batch: skip articles the store already holds
with the same content hash, recognise near-duplicate copies, code what is left, write the batch in one
transaction (:func:`~.write.write_batch`) and rebuild the events it touched. Running the same input
again changes nothing; an article whose content changed is replaced. Because each batch is atomic and
the outcome does not depend on where batches start, a run killed at any moment and started again ends
with the store an uninterrupted run gives.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..fingerprint import Fingerprint
from ..records import Article, Event, ReadFailure
from .db import Store
from .dedup import refresh_events
from .neardup import mark_copies
from .stage import ArticleRow, Lines
from .write import WriteResult, stored_state, write_batch

__all__ = ["IngestReport", "CodeFn", "ingest_articles", "ingest_coded", "content_hash", "content_hash_sql",
           "source_key", "record_coder", "stored_for_recode", "coded_otherwise_sql"]

CodeFn = Callable[[list[Article]], Iterable[tuple[Article, list[Event]]]]
ProblemFn = Callable[[ReadFailure], None]
ProgressFn = Callable[[int], None]


@dataclass(slots=True)
class IngestReport:
    """Counts of one ingest run."""

    articles_read: int = 0  # articles (or articles' groups of event records) in the input
    unchanged: int = 0  # already stored with the same content: skipped
    stored: int = 0  # articles written (new or replaced), copies included
    replaced: int = 0  # of which replaced an older version
    copies: int = 0  # of which near-duplicates of an original
    reprocessed: int = 0  # copies processed again because their original changed
    mentions: int = 0  # event records (mentions) written
    bad_records: int = 0  # event records skipped as invalid
    batches: int = 0  # transactions committed
    shared_seconds: float = 0.0  # time the writer stood aside for waiting readers

    def add(self, res: WriteResult) -> None:
        self.batches += 1
        self.stored += res.stored
        self.copies += res.copies
        self.replaced += res.replaced
        self.mentions += res.mentions
        self.bad_records += len(res.bad)


def content_hash(a: Article, coded_with: str = "") -> str:
    """SHA-1 over the text, every field that can change the coding or the counts, and the key of the
    coder that codes it (:func:`flashpoint.fingerprint.coding_fingerprint`): an article coded by
    another version, model, lexicon or options is changed, and re-coded. :func:`content_hash_sql`
    is the same hash in SQL."""
    parts = [a.text, a.published or "", a.title or "", a.url or "", a.source or "", a.language or ""]
    if coded_with:
        parts.append(coded_with)
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


def content_hash_sql(alias: str, coded_with: str) -> str:
    """:func:`content_hash` of the stored article ``alias`` (a row of ``articles``) for the coder
    ``coded_with`` (a hex key, inlined), as a DuckDB expression."""
    if not all(c in "0123456789abcdef" for c in coded_with):
        raise ValueError(f"not a coder key: {coded_with!r}")
    fields = [f"{alias}.text", f"strftime({alias}.published, '%Y-%m-%d')", f"{alias}.title", f"{alias}.url",
              f"{alias}.source", f"{alias}.language"]
    parts = [f"coalesce({f}, '')" for f in fields] + ([f"'{coded_with}'"] if coded_with else [])
    return f"sha1(concat_ws(chr(31), {', '.join(parts)}))"


def source_key(source: str | None, url: str | None) -> str:
    """The publisher an article counts for in ``sources``: its source, else its URL's host, else ''."""
    if source and source.strip():
        return source.strip().lower()
    if url:
        host = urlsplit(url).hostname or ""
        return host.lower().removeprefix("www.")
    return ""


def _row(a: Article, h: str) -> ArticleRow:
    return ArticleRow(article_id=a.id, content_hash=h, title=a.title, url=a.url, source=a.source,
                      published=a.published, language=a.language, text=a.text, origin=a.origin,
                      source_key=source_key(a.source, a.url))


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Consecutive runs of at most ``size`` articles, cut early so no id repeats inside a run."""
    chunk: list[Article] = []
    ids: set[str] = set()
    for a in items:
        if len(chunk) >= size or a.id in ids:
            yield chunk
            chunk, ids = [], set()
        chunk.append(a)
        ids.add(a.id)
    if chunk:
        yield chunk


def _pending(store: Store) -> list[Article]:
    rows = store.rows("""SELECT article_id, text, published, title, url, source, language, origin FROM articles
                         WHERE status = 'pending' AND text IS NOT NULL ORDER BY article_id""")
    return [Article(id=str(r[0]), text=str(r[1]), published=r[2].isoformat() if r[2] else None, title=r[3],
                    url=r[4], source=r[5], language=r[6], origin=r[7]) for r in rows]


def _records(events: list[Event]) -> list[str]:
    seen: set[str] = set()
    out = []
    for ev in events:
        if ev.event_id not in seen:  # one mention per event id and article
            seen.add(ev.event_id)
            out.append(json.dumps(ev.to_dict(explain=ev.explain is not None), ensure_ascii=False))
    return out


def _process(store: Store, chunk: list[Article], code: CodeFn | None, report: IngestReport,
             coded_with: str = "") -> list[str]:
    """One batch of articles; returns the ids of copies released for re-processing."""
    hashes = {a.id: content_hash(a, coded_with) for a in chunk}
    state = stored_state(store, list(hashes))
    todo = [a for a in chunk if state.get(a.id, ("", "", 0))[:2] not in ((hashes[a.id], "coded"),
                                                                          (hashes[a.id], "copy"))]
    report.unchanged += len(chunk) - len(todo)
    if not todo:
        return []
    by_id = {a.id: a for a in todo}
    rows = [_row(a, hashes[a.id]) for a in todo]
    coded: dict[str, list[Event]] = {}
    failed: set[str] = set()
    while True:
        rows = [r for r in rows if r.article_id not in failed]
        mark_copies(store, rows)
        originals = [by_id[r.article_id] for r in rows if r.status == "coded" and r.article_id not in coded]
        if not originals or code is None:
            break
        for article, events in code(originals):
            coded[article.id] = events
        lost = {a.id for a in originals} - set(coded)
        if not lost:
            break
        # an original the coder could not code is not stored, so it cannot stand for its copies:
        # judge the batch again without it (its copies become originals and are coded)
        failed |= lost
    lines = Lines()
    for r in rows:
        if r.article_id in coded:
            lines.add(r.article_id, _records(coded[r.article_id]))
    # an original nothing could code (no coder here, or it failed) is left as the store has it
    rows = [r for r in rows if r.status == "copy" or r.article_id in coded]
    if not rows:
        return []
    res = write_batch(store, rows, lines)
    refresh_events(store)
    report.add(res)
    return res.released


def ingest_articles(store: Store, articles: Iterable[Article], code: CodeFn | None, *, batch_size: int = 64,
                    progress: ProgressFn | None = None, coded_with: Fingerprint | None = None,
                    share: bool = False) -> IngestReport:
    """Code and store ``articles``; one transaction per ``batch_size`` articles.

    ``code`` codes a list of articles (e.g. ``Coder(settings).code_stream_local``); with None, only copies
    of stored articles can be stored. Copies left without an original by an earlier interrupted run
    are processed first, and copies released by a batch right after it. ``coded_with`` is the
    fingerprint of ``code``'s coder: articles stored by another coder count as changed and are
    re-coded (see :func:`content_hash`). With ``share``, processes waiting to read the store get in
    between batches (:meth:`Store.let_readers_in`; not for a connection others share, as the server's).
    """
    report = IngestReport()
    refresh_events(store)  # finish what an interrupted run left
    key = ""
    if coded_with is not None and code is not None:
        key, coder, inner = coded_with.key, coded_with, code
        recorded: list[bool] = []

        def code(batch: list[Article]) -> Iterable[tuple[Article, list[Event]]]:
            if not recorded:  # once, when it first codes: an ingest that changes nothing writes nothing
                record_coder(store, coder)
                recorded.append(True)
            return inner(batch)

    def run(chunk: list[Article]) -> None:
        released = _process(store, chunk, code, report, key)
        while released:
            again = [a for a in _pending(store) if a.id in set(released)]
            report.reprocessed += len(again)
            released = []
            for sub in _chunks(again, batch_size):
                released.extend(_process(store, sub, code, report, key))

    for chunk in _chunks(_pending(store), batch_size):
        report.reprocessed += len(chunk)
        run(chunk)
    for chunk in _chunks(articles, batch_size):
        report.articles_read += len(chunk)
        run(chunk)
        if progress is not None:
            progress(len(chunk))
        if share:
            report.shared_seconds += store.let_readers_in()
    refresh_events(store)
    return report


def ingest_coded(store: Store, pairs: Iterable[tuple[Article, list[Event]]], *, batch_size: int = 64) -> IngestReport:
    """Store articles already coded (``(article, events)`` pairs, e.g. from ``code_articles``)."""
    cache: dict[str, list[Event]] = {}

    def code(arts: list[Article]) -> Iterable[tuple[Article, list[Event]]]:
        return [(a, cache.pop(a.id)) for a in arts if a.id in cache]

    def feed() -> Iterator[Article]:
        for article, events in pairs:
            cache[article.id] = list(events)
            yield article

    return ingest_articles(store, feed(), code, batch_size=batch_size)


def record_coder(store: Store, coder: Fingerprint) -> None:
    """Remember what the fingerprint ``coder`` stands for (shown by ``status``)."""
    store.run("INSERT INTO coders VALUES (?, ?, now()) ON CONFLICT (coded_with) DO NOTHING",
              [coder.key, json.dumps(coder.parts, sort_keys=True)])


def coded_otherwise_sql(alias: str, coded_with: str) -> str:
    """SQL that is true for a stored original article ``alias`` that another coder than
    ``coded_with`` coded (its content hash is not the one this coder gives it)."""
    return f"{alias}.status = 'coded' AND {alias}.content_hash <> {content_hash_sql(alias, coded_with)}"


def stored_for_recode(store: Store, coded_with: str, chunk: int = 256) -> Iterator[Article]:
    """The stored original articles not coded by the coder ``coded_with`` (to re-code them from the
    store's own copy of their text), by article id, read ``chunk`` at a time."""
    ids = [str(r[0]) for r in store.rows(f"""
        SELECT a.article_id FROM articles a WHERE {coded_otherwise_sql('a', coded_with)} AND a.text IS NOT NULL
        ORDER BY a.article_id""")]
    for k in range(0, len(ids), chunk):
        rows = store.rows("""
            SELECT article_id, text, strftime(published, '%Y-%m-%d'), title, url, source, language, origin
            FROM articles WHERE article_id IN (SELECT unnest(CAST(? AS VARCHAR[]))) ORDER BY article_id""",
                          [ids[k:k + chunk]])
        for aid, text, published, title, url, source, language, origin in rows:
            yield Article(id=str(aid), text=str(text), published=published, title=title, url=url, source=source,
                          language=language, origin=origin)
