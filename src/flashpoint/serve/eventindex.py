"""An in-memory copy of the events table, pre-sorted, for paging through events without a query.

:func:`~flashpoint.analysis.browse.events_page` asks DuckDB for a page of the matching events and
their count: two scans of the table and a top-N sort, some 10-40 ms on 100k events, however small
the page. :class:`EventIndex` holds the events table (the columns of
:data:`~flashpoint.store.EVENT_COLUMNS`, already in the page order: date, nulls last, then id) in
memory, with the columns the filters look at encoded as small integers in NumPy arrays. A page is
then a few vector comparisons, a count and a slice: well under a millisecond.

A text search (:attr:`EventFilter.text <flashpoint.store.EventFilter>`) looks in a copy of each event's
searched text (its :data:`~flashpoint.store.SEARCH_FIELDS` and the sentences of its mentions,
lower-cased, as UTF-8 in one ``bytes``): only the events the other filters let through are looked at,
one ``bytes.find`` each, or, when they are many, one scan of the whole text.

It is a snapshot: :meth:`EventIndex.build` reads the table on one cursor (one consistent MVCC
snapshot) and the copy never changes. Whoever holds it (the server, :mod:`flashpoint.serve.state`)
makes a new one after a write and uses it only for the store generation it was made in. The
filters mean exactly what :func:`~flashpoint.store.query.where` means in SQL (actor aliases,
organisation/country keys, code prefixes, inclusive dates, CAMEO prefixes, QuadClass); the tests
compare both on many filters.

After a write, :meth:`EventIndex.refreshed` makes the next index from this one and the rows that
changed, instead of reading the whole table again (a full build of 100,000 events is about a
second of Python holding the GIL, long enough to stall a server's event loop). Each index keeps a
64-bit hash of every row: DuckDB's ``hash`` of all the columns the index holds and of what else its
search text is made of, its mentions' sentences (a fingerprint of them: the sum of their hashes,
the same in any order), so a write that changes only what an event's search finds (a mention's
sentence edited, a mention joining or leaving the event, which leaves the events row as it was)
changes the hash too. A refresh asks DuckDB, in one read transaction (one snapshot), for the ids and hashes of the
table in page order, finds those this index does not hold, reads only those rows (their search
text included), and assembles the new index from the rows of this one that are still there and the
new rows, in the new order (the search text spliced from the old text's unchanged runs and the new
rows'). A row whose any column or sentence changed has another hash, so it is read again; a row
that went has no hash left. The tests check that a refreshed index equals one built from scratch
after every kind of write, its search text included.
"""

from __future__ import annotations

import copy
import datetime as _dt
from array import array
from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from ..analysis.browse import MAX_PAGE, EventsPage
from ..analysis.filters import pair_filters
from ..errors import ConfigError, ValidationError
from ..store import EVENT_COLUMNS, EventFilter, Store, actor_aliases, search_fields_sql, search_terms, store_errors

__all__ = ["EventIndex"]

_ORDER = "ORDER BY e.date NULLS LAST, e.event_id"
# the columns the filters read besides EVENT_COLUMNS (search_text: what a text search looks in)
_KEYS = ("source_key", "target_key", "search_text")
_NAMES = (*_KEYS, *EVENT_COLUMNS)
_COLUMNS = tuple(c for c in _NAMES if c != "search_text")  # those the events table holds
# the sentences of each event's mentions, each distinct one once (sorted: the same text in every read),
# and their fingerprint (the sum of their hashes: the same sentences, the same value, in any order; a
# sentence told twice counts twice, which at worst reads again a row whose text did not change);
# {only} restricts both to some events (empty: all)
_SENTENCES = ("(SELECT event_id, lower(string_agg(DISTINCT sentence, chr(10) ORDER BY sentence)) AS sentences "
              "FROM event_mentions {only} GROUP BY event_id)")
_PRINTS = "(SELECT event_id, sum(hash(sentence)) AS sentences FROM event_mentions {only} GROUP BY event_id)"
_ONLY = "event_id IN (SELECT unnest(CAST(? AS VARCHAR[])))"
# a row's fingerprint: any change of a column the index holds, or of the sentences its search text holds,
# changes it (e: the events row, f: its sentences' fingerprint)
_HASH = f"hash({', '.join('e.' + c for c in _COLUMNS)}, f.sentences)"
_SELECT = ", ".join(f"concat_ws(chr(10), {search_fields_sql('e')}, s.sentences) AS search_text" if c == "search_text"
                    else f"e.{c}" for c in _NAMES)
_CHUNK = 8192

Mask = npt.NDArray[np.bool_]


def _rows_sql(only: bool) -> str:
    """The index's columns (:data:`_NAMES`), then the row hash, of every event in page order (``only``:
    of the events whose ids three parameters give, each the same list of ids)."""
    where = f"WHERE {_ONLY}" if only else ""
    return (f"SELECT {_SELECT}, {_HASH} AS row_hash FROM events e "
            f"LEFT JOIN {_PRINTS.format(only=where)} f ON f.event_id = e.event_id "
            f"LEFT JOIN {_SENTENCES.format(only=where)} s ON s.event_id = e.event_id "
            f"{f'WHERE e.{_ONLY}' if only else ''} {_ORDER}")


def _offsets(values: npt.NDArray[np.int64]) -> array[int]:
    """Offsets into a search text as :meth:`EventIndex._search` reads them (``bisect`` wants a sequence)."""
    out = array("q")
    out.frombytes(np.ascontiguousarray(values, dtype=np.int64).tobytes())
    return out


class _Codes:
    """One string column as integer codes into its distinct values (None is a value of its own)."""

    def __init__(self, values: Sequence[str | None]) -> None:
        vocab: dict[str | None, int] = {}
        self.codes = np.fromiter((vocab.setdefault(v, len(vocab)) for v in values), dtype=np.int32,
                                 count=len(values))
        self.vocab = vocab

    def merged(self, new: _Codes, src: npt.NDArray[np.intp]) -> _Codes:
        """The column whose row ``k`` is row ``src[k]`` of this one followed by ``new``'s rows (both unchanged).
        The vocabulary grows by ``new``'s values; a value no row holds any more may stay (it matches nothing)."""
        vocab = dict(self.vocab)
        remap = np.fromiter((vocab.setdefault(v, len(vocab)) for v in new.vocab), dtype=np.int32, count=len(new.vocab))
        out = _Codes.__new__(_Codes)
        out.codes = np.concatenate([self.codes, remap[new.codes]])[src]
        out.vocab = vocab
        return out

    def equal(self, value: str) -> Mask:
        code = self.vocab.get(value)
        if code is None:
            return np.zeros(len(self.codes), dtype=np.bool_)
        return np.asarray(self.codes == code)

    def equal_folded(self, value: str) -> Mask:
        """Equal ignoring case."""
        folded = value.lower()
        hits = [c for v, c in self.vocab.items() if v is not None and v.lower() == folded]
        if not hits:
            return np.zeros(len(self.codes), dtype=np.bool_)
        return np.isin(self.codes, np.asarray(hits, dtype=np.int32))

    def prefixed(self, prefix: str) -> Mask:
        hits = [c for v, c in self.vocab.items() if v is not None and v.startswith(prefix)]
        if not hits:
            return np.zeros(len(self.codes), dtype=np.bool_)
        if len(hits) == 1:
            return np.asarray(self.codes == hits[0])
        return np.isin(self.codes, np.asarray(hits, dtype=np.int32))


class _Shared(dict[Any, Any]):
    """Each distinct value once (a store repeats its actor codes, names and CAMEO names a lot)."""

    def __missing__(self, v: Any) -> Any:
        self[v] = v
        return v


class _Days(dict[Any, Any]):
    """Dates as the pages give them (YYYY-MM-DD strings), each converted once."""

    def __missing__(self, v: Any) -> Any:
        out = v.isoformat() if isinstance(v, (_dt.date, _dt.datetime)) else v
        self[v] = out
        return out


class EventIndex:
    """The events of one snapshot of a store, sorted as pages show them, with their filter columns encoded.

    Build it with :meth:`build`; :meth:`page` answers what :func:`~flashpoint.analysis.browse.events_page`
    answers, from memory. ``generation`` is a label for its holder (the store generation it was read in)."""

    def __init__(self, columns: dict[str, list[Any]], generation: int = 0,
                 hashes: Sequence[int] | npt.NDArray[np.uint64] | None = None) -> None:
        missing = [c for c in _NAMES if c not in columns]
        if missing:
            raise ConfigError(f"events index: missing columns {', '.join(missing)}")
        self.generation = generation
        n = self.size = len(columns["event_id"])
        # object arrays (the values themselves, as read): a refresh reorders them in one step
        self.columns = [np.fromiter(columns[c], dtype=object, count=n) for c in EVENT_COLUMNS]
        # the rows' fingerprints (None: this index cannot be refreshed, only built again)
        self.hashes = None if hashes is None else np.asarray(hashes, dtype=np.uint64).reshape(n)
        self.source_key = _Codes(columns["source_key"])
        self.target_key = _Codes(columns["target_key"])
        self.source_code = _Codes(columns["source_code"])
        self.target_code = _Codes(columns["target_code"])
        self.country = {r: _Codes(columns[f"{r}_country"]) for r in ("source", "target")}
        self.ethnicity = {r: _Codes(columns[f"{r}_ethnicity"]) for r in ("source", "target")}
        self.cameo = _Codes(columns["cameo"])
        self.place = _Codes(columns["location_name"])
        self.quad = np.fromiter((q or 0 for q in columns["quad_class"]), dtype=np.int8, count=n)
        self.confidence = np.fromiter((c if c is not None else np.nan for c in columns["confidence"]),
                                      dtype=np.float64, count=n)
        self.date = np.array([d if d is not None else "NaT" for d in columns["date"]], dtype="datetime64[D]").reshape(n)
        # every event's search text, one after the other, "\n" between them (a term never holds one)
        texts = [(t or "").encode("utf-8") for t in columns["search_text"]]
        self.text = b"\n".join(texts)
        self.text_start, self.text_end = array("q"), array("q")
        at = 0
        for t in texts:
            self.text_start.append(at)
            at += len(t)
            self.text_end.append(at)
            at += 1

    def __len__(self) -> int:
        return self.size

    @classmethod
    def build(cls, store: Store, max_events: int | None = None, generation: int = 0) -> EventIndex | None:
        """The index of ``store``'s events, read in one query (one snapshot); None when the store holds
        more than ``max_events`` events (the copy would take too much memory: pages then come from SQL)."""
        cur = store.con.cursor()
        try:
            with store_errors(store.path, "events index"):
                if max_events is not None:
                    count = cur.execute("SELECT count(*) FROM events").fetchone()
                    if count is not None and int(count[0]) > max_events:
                        return None
                return cls._read(cur, _rows_sql(only=False), [], generation)
        finally:
            cur.close()

    @classmethod
    def _read(cls, cur: Any, sql: str, params: list[Any], generation: int) -> EventIndex:
        """The index of the rows ``sql`` gives (the columns of :data:`_NAMES`, then the row hash)."""
        cur.execute(sql, params)
        kinds: list[dict[Any, Any] | None] = [
            None if d[0] == "search_text" else _Days() if str(d[1]) in ("DATE", "TIMESTAMP")
            else _Shared() if str(d[1]) == "VARCHAR" else None
            for d in cur.description or ()]
        cols: list[list[Any]] = [[] for _ in kinds]
        while chunk := cur.fetchmany(_CHUNK):
            for kind, out, col in zip(kinds, cols, zip(*chunk, strict=True), strict=True):
                out.extend(col if kind is None else map(kind.__getitem__, col))
        return cls(dict(zip(_NAMES, cols, strict=False)), generation, hashes=cols[-1])

    def refreshed(self, store: Store, generation: int, max_events: int | None = None,
                  max_changed: int | None = None) -> EventIndex | None:
        """The index of ``store``'s events now, made from this one and the rows that changed since it
        was read (see the module's doc); None when it cannot be: this index has no hashes, the store
        holds more than ``max_events`` events, more than ``max_changed`` rows changed (a build is
        then no dearer), or two rows share a hash. This index is left as it is."""
        old = self.hashes
        if old is None:
            return None
        cur = store.con.cursor()
        try:
            with store_errors(store.path, "events index"):
                cur.execute("BEGIN TRANSACTION")  # one snapshot for both queries
                try:
                    got = cur.execute(f"SELECT e.event_id, {_HASH} AS row_hash FROM events e LEFT JOIN "
                                      f"{_PRINTS.format(only='')} f ON f.event_id = e.event_id {_ORDER}").fetchnumpy()
                    hashes = np.asarray(got["row_hash"], dtype=np.uint64)
                    n = len(hashes)
                    if max_events is not None and n > max_events:
                        return None
                    by_hash = np.argsort(old, kind="stable")
                    sorted_old = old[by_hash]
                    at = np.searchsorted(sorted_old, hashes)
                    found = np.zeros(n, dtype=np.bool_)
                    if len(old):
                        inside = at < len(old)
                        found[inside] = sorted_old[at[inside]] == hashes[inside]
                    fresh = np.flatnonzero(~found)
                    if max_changed is not None and len(fresh) > max_changed:
                        return None
                    sorted_new = np.sort(hashes)
                    if bool(np.any(sorted_old[1:] == sorted_old[:-1]) or np.any(sorted_new[1:] == sorted_new[:-1])):
                        return None  # two rows with one hash: which is which is not sure
                    if len(fresh):
                        ids = np.asarray(got["event_id"], dtype=object)[fresh].tolist()
                        new = self._read(cur, _rows_sql(only=True), [ids, ids, ids], generation)
                    else:
                        new = EventIndex({c: [] for c in _NAMES}, generation, hashes=[])
                finally:
                    cur.execute("ROLLBACK")
        finally:
            cur.close()
        if new.hashes is None or not np.array_equal(new.hashes, hashes[fresh]):
            return None  # the rows read are not the rows asked for (cannot happen in one snapshot)
        src = np.empty(n, dtype=np.intp)
        src[found] = by_hash[at[found]]  # a row this index holds: where it is here
        src[fresh] = len(old) + np.arange(len(fresh), dtype=np.intp)  # a new row: after this index's rows
        if n == len(old) and np.array_equal(src, np.arange(n)):  # nothing changed: the same rows, relabelled
            out = copy.copy(self)
            out.generation = generation
            return out
        return self._merged(new, src, hashes, generation)

    def _merged(self, new: EventIndex, src: npt.NDArray[np.intp], hashes: npt.NDArray[np.uint64],
                generation: int) -> EventIndex:
        """The index whose row ``k`` is row ``src[k]`` of this index's rows followed by ``new``'s."""
        out = EventIndex.__new__(EventIndex)
        out.generation = generation
        out.size = len(src)
        out.hashes = hashes
        out.columns = [np.concatenate([a, b])[src] for a, b in zip(self.columns, new.columns, strict=True)]
        for name in ("source_key", "target_key", "source_code", "target_code", "cameo", "place"):
            setattr(out, name, getattr(self, name).merged(getattr(new, name), src))
        out.country = {r: self.country[r].merged(new.country[r], src) for r in ("source", "target")}
        out.ethnicity = {r: self.ethnicity[r].merged(new.ethnicity[r], src) for r in ("source", "target")}
        out.quad = np.concatenate([self.quad, new.quad])[src]
        out.confidence = np.concatenate([self.confidence, new.confidence])[src]
        out.date = np.concatenate([self.date, new.date])[src]
        out.text, out.text_start, out.text_end = self._spliced(new, src)
        return out

    def _spliced(self, new: EventIndex, src: npt.NDArray[np.intp]) -> tuple[bytes, array[int], array[int]]:
        """The search text of the rows ``src`` picks (as :meth:`_merged`), laid out as :meth:`__init__` lays
        it out: rows that follow each other here, or in ``new``, keep doing so, so each run of them is
        copied in one slice (the line breaks between them with it), and the text in one join."""
        n, mine = len(src), len(self)
        start = np.concatenate([np.frombuffer(self.text_start, dtype=np.int64),
                                np.frombuffer(new.text_start, dtype=np.int64)])[src]
        end = np.concatenate([np.frombuffer(self.text_end, dtype=np.int64),
                              np.frombuffer(new.text_end, dtype=np.int64)])[src]
        runs: list[memoryview] = []
        if n:
            # a run begins at the first row, after a row not right before it, and at new's first row
            cut = np.flatnonzero((src[1:] != src[:-1] + 1) | (src[1:] == mine)) + 1
            firsts, lasts = np.concatenate([[0], cut]), np.concatenate([cut - 1, [n - 1]])
            texts = (memoryview(self.text), memoryview(new.text))
            runs = [texts[theirs][a:b] for theirs, a, b in zip((src[firsts] >= mine).tolist(), start[firsts].tolist(),
                                                                end[lasts].tolist(), strict=True)]
        lengths = end - start
        at = np.zeros(n, dtype=np.int64)
        np.cumsum(lengths[:-1] + 1, out=at[1:])
        return b"\n".join(runs), _offsets(at), _offsets(at + lengths)

    # -- filters: the meaning of flashpoint.store.query.where ----------------------------------------
    def _side(self, role: str, value: str) -> Mask:
        key, code = (self.source_key, self.source_code) if role == "source" else (self.target_key, self.target_code)
        mask = np.zeros(self.size, dtype=np.bool_)
        for part in value.split("|"):
            part = part.strip()
            if not part:
                continue
            country, colon, group = part.partition(":")
            if colon:  # COUNTRY:Group
                eth = self.ethnicity[role].equal_folded(group.strip())
                for alias in actor_aliases(country.strip()):
                    mask |= self.country[role].equal(alias) & eth
                continue
            for alias in actor_aliases(part):
                mask |= key.equal(alias)
                if len(alias) > 3:
                    mask |= code.prefixed(alias)
        return mask

    def mask(self, f: EventFilter) -> Mask:
        """Which events (in page order) match ``f``, but for its text search (:meth:`page` looks for that
        once in the events the rest lets through)."""
        m = np.ones(self.size, dtype=np.bool_)
        if f.actor:
            m &= self._side("source", f.actor) | self._side("target", f.actor)
        if f.dyad:
            m &= self._side("source", f.dyad[0])
            m &= self._side("target", f.dyad[1])
        if f.since:
            m &= self.date >= np.datetime64(f.since, "D")
        if f.until:
            m &= self.date <= np.datetime64(f.until, "D")
        if f.cameo:
            m &= self.cameo.prefixed(f.cameo)
        if f.quad:
            m &= self.quad == f.quad
        if f.min_confidence is not None:
            m &= self.confidence >= f.min_confidence  # NaN (no confidence) never passes, as in SQL
        if f.place:
            m &= self.place.equal(f.place)
        return m

    def _search(self, terms: list[str], rows: npt.NDArray[np.intp]) -> npt.NDArray[np.intp]:
        """The ``rows`` (sorted) whose search text holds every term (the longest first: likely the rarest, it
        leaves the fewest events to look at for the others)."""
        for needle in sorted((t.encode("utf-8") for t in terms), key=len, reverse=True):
            if not len(rows):
                break
            if len(rows) * 4 < self.size:  # a few candidates: look at each
                find, start, end = self.text.find, self.text_start, self.text_end
                keep = np.fromiter((find(needle, start[i], end[i]) >= 0 for i in rows.tolist()), dtype=np.bool_,
                                   count=len(rows))
                rows = rows[keep]
            else:  # many: one scan of the whole text, skipping to the next event after each hit
                rows = rows[np.isin(rows, self._scan(needle), assume_unique=True)]
        return rows

    def _scan(self, needle: bytes) -> npt.NDArray[np.intp]:
        found: list[int] = []
        find, end = self.text.find, self.text_end
        pos = find(needle)
        while pos >= 0:
            row = bisect_right(end, pos)
            found.append(row)
            pos = find(needle, end[row])
        return np.asarray(found, dtype=np.intp)

    def page(self, f: EventFilter, *, limit: int = 50, offset: int = 0,
             pair: tuple[str, str] | None = None) -> EventsPage:
        """What :func:`~flashpoint.analysis.browse.events_page` gives for the same arguments."""
        if not 0 <= limit <= MAX_PAGE:
            raise ValidationError("limit", f"must be 0 to {MAX_PAGE}, not {limit}")
        if offset < 0:
            raise ValidationError("offset", f"must be 0 or more, not {offset}")
        filters = pair_filters(f, pair)
        m = self.mask(filters[0])
        for other in filters[1:]:
            m |= self.mask(other)
        hits = np.flatnonzero(m)
        terms = search_terms(f.text)
        if terms:
            hits = self._search(terms, hits)
        rows = hits[offset:offset + limit]
        values = [col[rows].tolist() for col in self.columns]  # column by column: a few numpy calls
        events = [dict(zip(EVENT_COLUMNS, row, strict=True)) for row in zip(*values, strict=True)]
        return EventsPage(events=events, total=len(hits), limit=limit, offset=offset)
