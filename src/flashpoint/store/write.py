"""Writing one batch of articles and their event records in one transaction.

A batch replaces whatever the store held for its article ids (their mentions, index entries and
rows), adds the new rows, and marks what it touched for the events rebuild (the articles it stored;
the keys and dates of the mentions it removed; see :func:`~.dedup.refresh_events`). Either all of it is committed or none of it: a process killed at
any moment leaves the store as it was after the last whole batch.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from .db import Store
from .dedup import touch_articles, touch_from
from .stage import (
    MENTION_COLS,
    ArticleRow,
    Lines,
    parse_lines,
    parse_records,
    stage_article_rows,
    stage_articles,
    stage_lines,
)

__all__ = ["WriteResult", "write_batch", "stored_state", "plan_sql"]


@dataclass(slots=True)
class WriteResult:
    """What a batch did: articles stored (``copies`` of them near-duplicate copies), copies released for
    re-processing, bad lines ``(index in lines, problem)``, mentions stored, stored articles replaced."""

    stored: int = 0
    copies: int = 0
    released: list[str] = field(default_factory=list)
    bad: list[tuple[int, str]] = field(default_factory=list)
    mentions: int = 0
    replaced: int = 0


def stored_state(store: Store, ids: list[str]) -> dict[str, tuple[str, str, int]]:
    """``{article_id: (content_hash, status, n_problems)}`` for the stored ones among ``ids``."""
    if not ids:
        return {}
    rows = store.rows("SELECT article_id, content_hash, status, n_problems FROM articles "
                      "WHERE article_id IN (SELECT unnest(CAST(? AS VARCHAR[])))", [ids])
    return {str(a): (str(h), str(s), int(n)) for a, h, s, n in rows}


def plan_sql(stored: str, content_hash: str) -> str:
    """The plan of a batch of pre-coded articles, as SQL columns ``todo`` (new, or changed since stored:
    to store) and ``recheck`` (unchanged, but its stored version had bad records: checked again, so that
    bad records are reported on every run): ``stored`` is the alias of ``articles`` LEFT JOINed on the
    article id, ``content_hash`` the new hash."""
    return (f"{stored}.content_hash IS DISTINCT FROM {content_hash} AS todo, "
            f"coalesce({stored}.content_hash = {content_hash} AND {stored}.n_problems > 0, false) AS recheck")


def _replace_old(store: Store, result: WriteResult) -> None:
    """Remove the stored versions of the staged articles, releasing their near-duplicate copies."""
    result.replaced = int(store.value(
        "SELECT count(*) FROM articles a JOIN _stage_articles s USING (article_id)") or 0)
    if not result.replaced:
        return
    touch_from(store, "SELECT m.* FROM mentions m JOIN _stage_articles s USING (article_id)")
    # an old version that was a copy: its original loses one copy
    touch_from(store, """SELECT m.* FROM mentions m JOIN articles a ON m.article_id = a.duplicate_of
                         JOIN _stage_articles s ON s.article_id = a.article_id WHERE a.status = 'copy'""")
    # copies of an old version no longer have an original: they are processed again
    result.released = [str(r[0]) for r in store.rows(
        """SELECT a.article_id FROM articles a JOIN _stage_articles s ON a.duplicate_of = s.article_id
           WHERE a.status = 'copy' AND a.article_id NOT IN (SELECT article_id FROM _stage_articles)
           ORDER BY a.article_id""")]
    if result.released:
        store.run("""UPDATE articles SET status = 'pending', duplicate_of = NULL, similarity = NULL
                     WHERE article_id IN (SELECT unnest(CAST(? AS VARCHAR[])))""", [result.released])
    for table in ("mentions", "article_bands", "articles"):
        store.run(f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM _stage_articles)")


def write_batch(store: Store, rows: list[ArticleRow] | None = None, lines: Lines | None = None, *,
                records: str | None = None, articles: str | None = None) -> WriteResult:
    """Store the articles ``rows`` (replacing stored versions) and their event records, atomically.

    The articles are ``rows``, or those of ``articles``: fixed SQL yielding the columns of
    :class:`~.stage.ArticleRow` but ``buckets`` (see :func:`~.stage.stage_article_rows`). The records
    are the JSON lines ``lines``, or those of ``records``: fixed SQL yielding ``(seq, article_id, r, ok)``
    over records staged already (see :func:`~.stage.parse_records`), e.g. Parquet rows or lines DuckDB read."""
    result = WriteResult()
    now = _dt.datetime.now(_dt.UTC).replace(tzinfo=None)
    with store.transaction():
        if articles is not None:
            stage_article_rows(store, articles)
        else:
            stage_articles(store, rows or [])
        result.stored, result.copies = store.rows(
            "SELECT count(*), count(*) FILTER (status = 'copy') FROM _stage_articles")[0]
        if records is None:
            stage_lines(store, lines or Lines())
        _replace_old(store, result)
        if records is None:
            result.bad = parse_lines(store, store.settings.event_actor_key)
        else:
            result.bad = parse_records(store, store.settings.event_actor_key, records)
        store.run(f"INSERT INTO mentions BY NAME SELECT {MENTION_COLS} FROM _parsed WHERE problem IS NULL")
        result.mentions = int(store.value("SELECT count(*) FROM _parsed WHERE problem IS NULL") or 0)
        touch_articles(store, "SELECT article_id FROM _stage_articles")
        store.run("""INSERT INTO articles BY NAME
                     SELECT s.*, CAST(coalesce(n.n, 0) AS INTEGER) AS n_mentions,
                         CAST(coalesce(n.bad, 0) AS INTEGER) AS n_problems, CAST(? AS TIMESTAMP) AS ingested_at
                     FROM _stage_articles s
                     LEFT JOIN (SELECT article_id, count(*) FILTER (problem IS NULL) AS n,
                                       count(*) FILTER (problem IS NOT NULL) AS bad
                                FROM _parsed GROUP BY article_id) n USING (article_id)""",
                  [now])
        store.run("INSERT INTO article_bands SELECT * FROM _stage_bands")
        # a new copy counts once more for every event of its original
        touch_from(store, """SELECT m.* FROM mentions m JOIN _stage_articles s ON m.article_id = s.duplicate_of
                             WHERE s.status = 'copy'""")
    return result
