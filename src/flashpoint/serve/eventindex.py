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
builds a new one after a write and uses it only for the store generation it was built in. The
filters mean exactly what :func:`~flashpoint.store.query.where` means in SQL (actor aliases,
organisation/country keys, code prefixes, inclusive dates, CAMEO prefixes, QuadClass); the tests
compare both on many filters.
"""

from __future__ import annotations

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

# the columns the filters read besides EVENT_COLUMNS (search_text: what a text search looks in)
_KEYS = ("source_key", "target_key", "search_text")
_SENTENCES = ("(SELECT event_id, lower(string_agg(DISTINCT sentence, chr(10))) AS sentences FROM event_mentions "
              "GROUP BY event_id)")
_CHUNK = 8192

Mask = npt.NDArray[np.bool_]


class _Codes:
    """One string column as integer codes into its distinct values (None is a value of its own)."""

    def __init__(self, values: Sequence[str | None]) -> None:
        vocab: dict[str | None, int] = {}
        self.codes = np.fromiter((vocab.setdefault(v, len(vocab)) for v in values), dtype=np.int32,
                                 count=len(values))
        self.vocab = vocab

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

    def __init__(self, columns: dict[str, list[Any]], generation: int = 0) -> None:
        missing = [c for c in (*_KEYS, *EVENT_COLUMNS) if c not in columns]
        if missing:
            raise ConfigError(f"events index: missing columns {', '.join(missing)}")
        self.generation = generation
        self.columns = [columns[c] for c in EVENT_COLUMNS]
        n = self.size = len(columns["event_id"])
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
        names = (*_KEYS, *EVENT_COLUMNS)
        select = [f"concat_ws(chr(10), {search_fields_sql('e')}, s.sentences)" if c == "search_text" else f"e.{c}"
                  for c in names]
        cur = store.con.cursor()
        try:
            with store_errors(store.path, "events index"):
                if max_events is not None:
                    count = cur.execute("SELECT count(*) FROM events").fetchone()
                    if count is not None and int(count[0]) > max_events:
                        return None
                cur.execute(f"SELECT {', '.join(select)} FROM events e LEFT JOIN {_SENTENCES} s "
                            f"ON s.event_id = e.event_id ORDER BY e.date NULLS LAST, e.event_id")
                kinds: list[dict[Any, Any] | None] = [
                    None if name == "search_text" else _Days() if str(d[1]) in ("DATE", "TIMESTAMP")
                    else _Shared() if str(d[1]) == "VARCHAR" else None
                    for name, d in zip(names, cur.description or (), strict=True)]
                cols: list[list[Any]] = [[] for _ in names]
                while chunk := cur.fetchmany(_CHUNK):
                    for kind, out, col in zip(kinds, cols, zip(*chunk, strict=True), strict=True):
                        out.extend(col if kind is None else map(kind.__getitem__, col))
        finally:
            cur.close()
        return cls(dict(zip(names, cols, strict=True)), generation)

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
        events = [{name: col[i] for name, col in zip(EVENT_COLUMNS, self.columns, strict=True)}
                  for i in hits[offset:offset + limit].tolist()]
        return EventsPage(events=events, total=len(hits), limit=limit, offset=offset)
