"""The one route of pre-coded event records into the store: group → plan → batch → write.

Every input is staged first (:mod:`.events_jsonl` for JSON Lines, :mod:`.events_parquet` for Parquet)
as a :class:`Source`: SQL that yields its rows as one relation with the same columns whatever the
input was (see :data:`COLUMNS`). Everything after that is this module's, the same for every input:

* **group**: the consecutive rows of one article (same ``aid``) in one input form a group, stored as one
  article; rows without an article (reported when staged) neither form nor break a group;
* **batch**: whole groups, at most ``batch_events`` rows and ``batch_articles`` groups, never two groups
  of one article (the later one replaces the earlier, in the next batch): :func:`chunk_bounds`;
* **plan**: per batch, each group's content hash (:data:`_HASH`), its ``published`` (its first row's) and
  whether it is new or changed (``todo``: stored) or unchanged with bad records stored (``recheck``:
  checked again, so that bad records are reported on every run); both from :func:`~.write.plan_sql`;
* **write**: the rows of the ``todo`` groups, a repeated event id within a group skipped (the first row
  is kept), go through :func:`~.write.write_batch` in one transaction; bad records are reported with
  their input and 1-based line (row), in input order within the batch.

A batch reads each input's row range (``row BETWEEN``, which DuckDB pushes into the Parquet scan or the
staged table), so no row is read in Python and a batch's records are parsed once, when stored.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ..records import ReadFailure, ReadWarning
from .db import Store, store_errors
from .ingest import IngestReport
from .stage import check_records, pre_coded_article_rows, sql_str
from .write import plan_sql, write_batch

__all__ = ["COLUMNS", "Source", "Route", "chunk_bounds"]

# The relation every input is staged as: one row per line (JSON Lines) or row (Parquet).
COLUMNS = {
    "row": "0-based line or row number in the input (messages say row + 1)",
    "aid": "the article id, NULL when the row has none (reported when staged)",
    "eid": "the event id, NULL when the row has none (such rows are never repeats of one another)",
    "pub": "the published date the article takes from its first row (a 'YYYY-MM-DD' text or NULL)",
    "h": "the row's content hash (UBIGINT)",
    "kind": "'jl' (JSON Lines: the hash sees each line's place) or 'pq' (Parquet: rows summed)",
    "r": "the record: a struct of the shape EVENT_JSON_TYPE describes, NULL when it is not readable",
}
_ROW_BITS = 40  # seq = source number << 40 | row: one BIGINT orders and locates every row of a run
ProblemFn = Callable[[ReadFailure | ReadWarning], None]
ProgressFn = Callable[[int], None]
AfterFn = Callable[[int], None]

# A group's content hash: JSON Lines sum the hash of each line with its place in the group (so the same
# lines give the same hash whichever reader staged them); Parquet sums the rows' hashes (a pure
# reordering of an article's rows, which changes nothing stored, is not seen). The prefix says which.
_HASH = "any_value(x.kind) || CAST(sum(CASE WHEN x.kind = 'jl' THEN hash(x.h, x.row - g.lo) ELSE x.h END) AS VARCHAR)"


@dataclass(slots=True)
class Source:
    """One staged input: ``select`` is SQL yielding its rows as :data:`COLUMNS`.

    ``done`` is False for an input read as a stream whose rest is not staged yet (stdin): its last group
    may go on, so it waits; the route sets ``resume`` to the first row it did not store, and the stager
    stages the rows from there again with the next part of the stream."""

    number: int
    name: str
    select: str
    done: bool = True
    resume: int | None = None

    def rows(self, cols: str, lo: int, hi: int, where: str = "TRUE") -> str:
        """``src`` and ``cols`` of the rows ``lo`` .. ``hi`` that have an article and that ``where`` holds for."""
        return (f"SELECT {self.number} AS src, {cols} FROM ({self.select}) s "
                f"WHERE row BETWEEN {lo} AND {hi} AND aid IS NOT NULL AND ({where})")


def chunk_bounds(n: np.ndarray, prev: np.ndarray, max_events: int, max_articles: int) -> list[tuple[int, int]]:
    """Batches of whole groups, as ``(first, end)`` index ranges, from the groups' sizes ``n`` and, for each
    group, the 1-based number of the group before it of the same article (``prev``, 0: none). A batch
    closes once it holds ``max_events`` records (the group that fills it is still in) or ``max_articles``
    groups, and before a group whose article it holds already. Found with a search per batch."""
    ends = np.cumsum(n)
    out: list[tuple[int, int]] = []
    i, total = 0, len(n)
    while i < total:
        before = int(ends[i - 1]) if i else 0
        end = min(int(np.searchsorted(ends, before + max_events, side="left")) + 1, i + max_articles, total)
        again = np.flatnonzero(prev[i + 1:end] > i)  # a group whose article has a group in this batch
        if len(again):
            end = i + 1 + int(again[0])
        out.append((i, end))
        i = end
    return out


# ``_eg0``: a row per group of one source (consecutive rows of one article, rows without one left out)
_GROUPS = """
INSERT INTO _eg0
WITH o AS (SELECT row, aid, CASE WHEN lag(aid) OVER (ORDER BY row) = aid THEN 0 ELSE 1 END AS st
           FROM (SELECT row, aid FROM ({select}) s WHERE aid IS NOT NULL) t),
g AS (SELECT row, aid, sum(st) OVER (ORDER BY row ROWS UNBOUNDED PRECEDING) AS g FROM o)
SELECT {src}, any_value(aid), min(row), max(row), count(*) FROM g GROUP BY g"""

_TABLES = ("_eg0", "_eg", "_eb")


class Route:
    """Stores the staged sources of a run, round after round, into ``report``."""

    def __init__(self, store: Store, report: IngestReport, *, on_problem: ProblemFn, batch_events: int,
                 batch_articles: int, after_batch: AfterFn, progress: ProgressFn | None) -> None:
        self.store = store
        self.report = report
        self.on_problem = on_problem
        self.batch_events = batch_events
        self.batch_articles = batch_articles
        self.after_batch = after_batch
        self.progress = progress
        self.sources: dict[int, Source] = {}

    def run(self, sources: list[Source]) -> None:
        """Group, plan and store the rows staged in ``sources`` (the groups an unfinished source may still
        extend excepted, see :class:`Source`)."""
        self.sources = {s.number: s for s in sources}
        try:
            n, prev = self._group(sources)
            for first, end in chunk_bounds(n, prev, self.batch_events, self.batch_articles):
                self._batch(first + 1, end)
                if self.progress is not None:
                    self.progress(end - first)
        finally:
            for table in _TABLES:
                self.store.run(f"DROP TABLE IF EXISTS {table}")

    def _group(self, sources: list[Source]) -> tuple[np.ndarray, np.ndarray]:
        """``_eg(gno, src, aid, lo, hi, n, prev)``: the groups numbered from 1 in input order, ``prev`` the
        number of the group before of the same article (0: none). Returns ``n`` and ``prev``."""
        store = self.store
        store.run("CREATE OR REPLACE TEMP TABLE _eg0 (src INTEGER, aid VARCHAR, lo BIGINT, hi BIGINT, n BIGINT)")
        for s in sources:
            with store_errors(s.name, "reading"):  # a file that breaks while read is named
                store.con.execute(_GROUPS.format(select=s.select, src=s.number))
            if not s.done:  # its last group may go on in the part of the stream not staged yet
                last = store.value("SELECT max(lo) FROM _eg0 WHERE src = ?", [s.number])
                s.resume = None if last is None else int(last)
                store.run("DELETE FROM _eg0 WHERE src = ? AND lo = ?", [s.number, s.resume])
        store.run("""CREATE OR REPLACE TEMP TABLE _eg AS
                     WITH g AS (SELECT row_number() OVER (ORDER BY src, lo) AS gno, * FROM _eg0)
                     SELECT *, coalesce(lag(gno) OVER (PARTITION BY aid ORDER BY gno), 0) AS prev FROM g""")
        res = store.con.execute("SELECT n, prev FROM _eg ORDER BY gno").fetchnumpy()
        return np.asarray(res["n"], dtype=np.int64), np.asarray(res["prev"], dtype=np.int64)

    def _spans(self, first: int, last: int) -> list[tuple[Source, int, int]]:
        """The row range of each source that the groups ``first`` .. ``last`` cover (a source's groups are
        consecutive)."""
        return [(self.sources[int(s)], int(lo), int(hi)) for s, lo, hi in self.store.rows(
            "SELECT src, min(lo), max(hi) FROM _eg WHERE gno BETWEEN ? AND ? GROUP BY src ORDER BY src",
            [first, last])]

    def _plan(self, spans: list[tuple[Source, int, int]], first: int, last: int) -> tuple[int, int, bool]:
        """``_eb``: the groups ``first`` .. ``last`` with their content hash, published date and plan. Returns
        how many are ``todo`` and ``recheck``, and whether an event id repeats within a group."""
        rows = " UNION ALL ".join(s.rows("row, aid, eid, pub, h, kind", lo, hi) for s, lo, hi in spans)
        self.store.run(f"""CREATE OR REPLACE TEMP TABLE _eb AS
            WITH g AS (SELECT * FROM _eg WHERE gno BETWEEN {first} AND {last}),
            p AS (SELECT g.gno, {_HASH} AS hash, arg_min_null(x.pub, x.row) AS pub,
                      count(x.eid) > count(DISTINCT x.eid) AS repeats
                  FROM ({rows}) x JOIN g ON g.src = x.src AND g.aid = x.aid GROUP BY g.gno)
            SELECT g.gno, g.src, g.aid, g.lo, p.hash, p.pub, p.repeats, {plan_sql("a", "p.hash")}
            FROM g JOIN p USING (gno) LEFT JOIN articles a ON a.article_id = g.aid""")
        todo, recheck, repeats = self.store.rows("SELECT count(*) FILTER (todo), count(*) FILTER (recheck), "
                                                 "coalesce(bool_or(repeats), false) FROM _eb")[0]
        return int(todo), int(recheck), bool(repeats)

    @staticmethod
    def _records(spans: list[tuple[Source, int, int]], where: str, dedup: bool) -> str:
        """``(seq, article_id, r, ok)`` of the rows in ``spans`` that ``where`` holds for; with ``dedup`` only
        the first row of an event id within an article (a window over the rows: only when there are repeats)."""
        rows = " UNION ALL ".join(s.rows("row, aid, eid, r", lo, hi, where) for s, lo, hi in spans)
        qualify = ("QUALIFY eid IS NULL OR row_number() OVER (PARTITION BY aid, eid ORDER BY src, row) = 1"
                   if dedup else "")
        return f"""SELECT (CAST(src AS BIGINT) << {_ROW_BITS}) | row AS seq, aid AS article_id, r, r IS NOT NULL AS ok
                   FROM ({rows}) x {qualify}"""

    def _failures(self, bad: list[tuple[int, str]]) -> list[tuple[int, ReadFailure]]:
        mask = (1 << _ROW_BITS) - 1
        return [(seq, ReadFailure(self.sources[seq >> _ROW_BITS].name, (seq & mask) + 1, problem))
                for seq, problem in bad]

    def _origins(self) -> str:
        """SQL of a planned group's origin, ``input:line`` (its first line or row, 1-based)."""
        names = [f"WHEN {n} THEN {sql_str(s.name + ':')}" for n, s in self.sources.items()]
        return f"(CASE src {' '.join(names)} END) || (lo + 1)"

    def _batch(self, first: int, last: int) -> None:
        """Store the groups ``first`` .. ``last``."""
        report, groups = self.report, last - first + 1
        report.articles_read += groups
        spans = self._spans(first, last)
        todo, recheck, repeats = self._plan(spans, first, last)
        report.unchanged += groups - todo
        problems: list[tuple[int, ReadFailure]] = []
        which = "aid IN (SELECT aid FROM _eb WHERE {})"
        if recheck:  # bad records are reported on every run
            problems += self._failures(check_records(self.store, self._records(spans, which.format("recheck"),
                                                                               repeats)))
        if todo:
            only = "TRUE" if todo == groups else which.format("todo")
            res = write_batch(self.store, records=self._records(spans, only, repeats),
                              articles=pre_coded_article_rows("_eb", self._origins()))
            problems += self._failures(res.bad)
            report.add(res)
            self.after_batch(res.mentions)
        for _, failure in sorted(problems, key=lambda p: p[0]):
            self.on_problem(failure)
