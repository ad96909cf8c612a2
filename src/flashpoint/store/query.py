"""Reading a store: one filter type and the functions the CLI (and a future HTTP API) call.

:func:`select_events` builds the one parameterised query behind every read of the events table
(:func:`query_events` rows as dicts, the exports, the DataFrame/Arrow helpers); user values only
ever travel as parameters.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import StoreError, ValidationError
from ..records import Event
from ..schema.fields import record_from_flat
from .codes import actor_aliases
from .db import Store, store_errors
from .stage import actor_key_sql

__all__ = ["EventFilter", "EVENT_COLUMNS", "select_events", "query_events", "iter_events", "events_frame",
           "events_arrow", "query_mentions", "event_mentions", "dyad_timeline", "SEARCH_FIELDS", "search_terms",
           "search_fields_sql", "actor_match_sql"]

EVENT_COLUMNS = (
    "event_id", "global_id", "date", "date_precision", "first_date", "last_date",
    "source_code", "source_name", "source_country", "source_org", "source_sector", "source_ethnicity",
    "target_code", "target_name", "target_country", "target_org", "target_sector", "target_ethnicity",
    "cameo", "cameo_base", "cameo_root", "cameo_name", "goldstein", "quad_class", "plover_type", "plover_mode",
    "location_name", "location_country", "location_lat", "location_lon", "location_admin1", "location_geonameid",
    "location_feature", "is_root", "confidence", "mentions", "articles", "sources",
    "lead_mention_id", "lead_article_id", "trigger", "source_url",
)
# the day the lead article was stored (GDELT's DATEADDED); asked for only by the GDELT export
# the event columns a text search (EventFilter.text) looks in, besides the sentences of its mentions
SEARCH_FIELDS = ("source_name", "source_code", "target_name", "target_code", "cameo", "cameo_name", "trigger",
                 "location_name")
# a mention's fields under the names query_mentions reads them by (its actors from the actors table)
_MENTION_SEARCH = ("m.sentence", "sa.name", "sa.code", "ta.name", "ta.code", "m.cameo", "m.cameo_name", "m.trigger",
                   "m.location_name")
_TERM = re.compile(r'"([^"]*)(?:"|$)|([^\s"]+)')
_ADDED = ("(SELECT CAST(a.ingested_at AS DATE) FROM articles a WHERE a.article_id = events.lead_article_id) "
          "AS date_added")


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to read. ``actor`` matches either side, ``dyad`` is (source, target) in that order.

    An actor value matches an organisation (``EU``), else a country (ISO alpha-3; the CAMEO/GDELT and
    PLOVER spellings such as ``KSV`` and ``KOS`` are accepted too), else the first three letters of
    the code (``IGO``); a longer value also matches as a code prefix (``SRBGOV`` matches ``SRBGOVJUD``). ``cameo`` is a code prefix (``17`` matches 170-1724); ``since``/``until`` are inclusive
    YYYY-MM-DD dates on the event date.
    """

    actor: str | None = None
    dyad: tuple[str, str] | None = None
    since: str | None = None
    until: str | None = None
    cameo: str | None = None
    quad: int | None = None
    limit: int | None = None
    min_confidence: float | None = None  # only events at least this confident (0-1)
    exclude_flagged: bool = False  # leave out the events flagged as wrong (table event_flags)
    place: str | None = None  # only events at this place (its location_name, as the map shows it)
    text: str | None = None  # only events whose text holds every word or "quoted phrase" (search_terms)

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            v = getattr(self, name)
            if v is not None:
                try:
                    _dt.date.fromisoformat(v)
                except ValueError:
                    raise ValidationError(name, f"not a date (YYYY-MM-DD): {v!r}") from None
        if self.quad is not None and self.quad not in (1, 2, 3, 4):
            raise ValidationError("quad", f"must be 1, 2, 3 or 4, not {self.quad}")
        if self.cameo is not None and not (self.cameo.isdigit() and 1 <= len(self.cameo) <= 4):
            raise ValidationError("cameo", f"not a CAMEO code prefix: {self.cameo!r}")
        if self.min_confidence is not None and not 0.0 <= self.min_confidence <= 1.0:
            raise ValidationError("min_confidence", f"must be from 0 to 1, not {self.min_confidence}")
        if self.limit is not None and self.limit < 0:
            raise ValidationError("limit", "must be 0 or more")


def search_terms(text: str | None) -> list[str]:
    """What a text search looks for: the words and ``"quoted phrases"`` of ``text``, lower-cased, white
    space inside a phrase made one space, each once. An event matches when every term occurs (as a
    substring, ignoring case) in one of its :data:`SEARCH_FIELDS` or in a sentence it was coded from."""
    out: list[str] = []
    for m in _TERM.finditer(text or ""):
        term = " ".join((m.group(1) if m.group(1) is not None else m.group(2)).split()).lower()
        if term and term not in out:
            out.append(term)
    return out


def search_fields_sql(prefix: str = "") -> str:
    """SQL for an event's :data:`SEARCH_FIELDS`, lower-cased, one per line (fixed text)."""
    p = f"{prefix}." if prefix else ""
    return f"lower(concat_ws(chr(10), {', '.join(p + c for c in SEARCH_FIELDS)}))"


def _text(terms: list[str], params: list[Any], mentions: bool) -> str:
    """SQL matching every term (parameters only): in an event's fields or the sentences of its mentions,
    or (``mentions``) in a mention's own sentence and fields."""
    clauses = []
    for term in terms:
        if mentions:
            clauses.append(f"contains(lower(concat_ws(chr(10), {', '.join(_MENTION_SEARCH)})), ?)")
            params.append(term)
            continue
        clauses.append(f"(contains({search_fields_sql()}, ?) OR event_id IN "
                       "(SELECT event_id FROM event_mentions WHERE contains(lower(sentence), ?)))")
        params.extend([term, term])
    return " AND ".join(clauses)


def actor_match_sql(role: str, value: str, params: list[Any]) -> str:
    """SQL matching one side of an events row (``role``: ``source`` or ``target``) against an actor value,
    as every filter matches it (see :class:`EventFilter`); values go to ``params``."""
    if role not in ("source", "target"):
        raise ValueError(f"role must be source or target, not {role!r}")
    return _side(role, value, params)


def _side(role: str, value: str, params: list[Any]) -> str:
    """SQL matching one side (``source``/``target``, fixed strings) against ``value`` (parameters only).

    ``{role}_key`` is the organisation, else the country, else the code's first three letters, so a
    country or organisation is one equality; a longer value is also a code prefix. ``COUNTRY:Group``
    (``XKX:Serb``) matches the actors of that country the lexicon marks with that ethnic group, and
    ``A|B`` matches either (a named actor group)."""
    clauses: list[str] = []
    for part in value.split("|"):
        part = part.strip()
        if not part:
            continue
        country, colon, group = part.partition(":")
        if colon:
            for code in actor_aliases(country.strip()):
                clauses.append(f"({role}_country = ? AND lower({role}_ethnicity) = lower(?))")
                params.extend([code, group.strip()])
            continue
        for code in actor_aliases(part):
            clauses.append(f"{role}_key = ?")
            params.append(code)
            if len(code) > 3:
                clauses.append(f"starts_with({role}_code, ?)")
                params.append(code)
    return "(" + (" OR ".join(clauses) or "FALSE") + ")"


def where(f: EventFilter, params: list[Any], date_col: str = "date", quad_col: str = "quad_class",
          conf_col: str = "confidence", mentions: bool = False) -> str:
    """The WHERE clause (fixed SQL with ``?`` placeholders) for ``f``; appends values to ``params``.
    ``mentions``: the rows are mentions as :func:`query_mentions` reads them (a text search looks in
    each mention's own sentence)."""
    clauses: list[str] = ["TRUE"]
    if f.actor:
        clauses.append(f"({_side('source', f.actor, params)} OR {_side('target', f.actor, params)})")
    if f.dyad:
        clauses.append(_side("source", f.dyad[0], params))
        clauses.append(_side("target", f.dyad[1], params))
    if f.since:
        clauses.append(f"{date_col} >= CAST(? AS DATE)")
        params.append(f.since)
    if f.until:
        clauses.append(f"{date_col} <= CAST(? AS DATE)")
        params.append(f.until)
    if f.cameo:
        clauses.append("starts_with(cameo, ?)")
        params.append(f.cameo)
    if f.quad:
        clauses.append(f"{quad_col} = ?")
        params.append(f.quad)
    if f.min_confidence is not None:
        clauses.append(f"{conf_col} >= ?")
        params.append(f.min_confidence)
    if f.exclude_flagged:
        clauses.append("event_id NOT IN (SELECT event_id FROM event_flags)")
    if f.place:
        clauses.append("location_name = ?")
        params.append(f.place)
    terms = search_terms(f.text)
    if terms:
        clauses.append(_text(terms, params, mentions))
    return " AND ".join(clauses)


def select_events(f: EventFilter, date_added: bool = False) -> tuple[str, list[Any]]:
    """The query (and its parameters) for the events matching ``f``, ordered by date then id.

    Columns: :data:`EVENT_COLUMNS`, and ``date_added`` last when asked for."""
    params: list[Any] = []
    cols = ", ".join(EVENT_COLUMNS) + (f", {_ADDED}" if date_added else "")
    sql = (f"SELECT {cols} FROM events WHERE {where(f, params)} "
           "ORDER BY date NULLS LAST, event_id")
    if f.limit is not None:
        sql += " LIMIT ?"
        params.append(f.limit)
    return sql, params


def _jsonable(v: Any) -> Any:
    return v.isoformat() if isinstance(v, (_dt.date, _dt.datetime)) else v


def iter_events(store: Store, f: EventFilter, chunk: int = 10000,
                date_added: bool = False) -> Iterator[dict[str, Any]]:
    """Stream the matching events as dicts (dates as YYYY-MM-DD strings). Read it to its end."""
    sql, params = select_events(f, date_added)
    names = (*EVENT_COLUMNS, "date_added") if date_added else EVENT_COLUMNS
    with store_errors(store.path, "events query"):
        cur = store.con.cursor()
        try:
            cur.execute(sql, params)
            while True:
                rows = cur.fetchmany(chunk)
                if not rows:
                    break
                for r in rows:
                    yield {k: _jsonable(v) for k, v in zip(names, r, strict=True)}
        finally:
            cur.close()


def query_events(store: Store, f: EventFilter) -> list[dict[str, Any]]:
    """The matching de-duplicated events as dicts: the one data function behind CLI and API reads."""
    return list(iter_events(store, f))


def events_frame(store: Store, f: EventFilter) -> Any:
    """The matching events as a pandas DataFrame (needs pandas)."""
    sql, params = select_events(f)
    try:
        import pandas  # noqa: F401
    except ImportError:
        raise StoreError("events_frame needs pandas (pip install pandas)") from None
    with store_errors(store.path, "events query"):
        return store.con.sql(sql, params=params).df()


def events_arrow(store: Store, f: EventFilter) -> Any:
    """The matching events as a pyarrow Table (needs pyarrow)."""
    sql, params = select_events(f)
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise StoreError("events_arrow needs pyarrow (pip install pyarrow)") from None
    with store_errors(store.path, "events query"):
        rel = store.con.sql(sql, params=params)
        return rel.to_arrow_table() if hasattr(rel, "to_arrow_table") else rel.arrow()


# -- mentions as the typed records they were stored from --------------------------------------------

# the mention columns under the record's flat names (schema/fields.py): read back by name
_MENTION_SELECT = """
SELECT m.*, m.mention_id AS event_id,
    sa.name AS source_name, sa.code AS source_code, sa.country AS source_country, sa.org AS source_org,
    sa.sector AS source_sector, sa.ethnicity AS source_ethnicity,
    ta.name AS target_name, ta.code AS target_code, ta.country AS target_country, ta.org AS target_org,
    ta.sector AS target_sector, ta.ethnicity AS target_ethnicity
FROM {source} m
LEFT JOIN actors sa ON sa.actor_id = m.source_actor_id
LEFT JOIN actors ta ON ta.actor_id = m.target_actor_id
"""


def _mention_events(store: Store, sql: str, params: list[Any]) -> list[Event]:
    """The stored mentions of ``sql`` as Events, every column read by its name."""
    with store_errors(store.path, "query"):
        cur = store.con.execute(sql, params)
        names = [d[0] for d in cur.description]
        rows = cur.fetchall()
    return [_event(dict(zip(names, r, strict=True))) for r in rows]


def _event(row: dict[str, Any]) -> Event:
    for k in ("published", "date"):
        row[k] = row[k].isoformat() if row.get(k) is not None else None
    for k in ("version", "explain"):
        row[k] = json.loads(row[k]) if row.get(k) else None
    row["version"] = row["version"] or {}
    if row.get("quad_class") is None:
        row["quad_class"] = 0
    for role in ("source", "target"):  # the actor's key columns come from the actors table
        if row.get(f"{role}_code") is None:
            row[f"{role}_text"] = None
        else:
            row[f"{role}_implied"] = bool(row.get(f"{role}_implied"))
    row["negated"] = bool(row.get("negated"))
    return Event.from_dict(record_from_flat(row))


def query_mentions(store: Store, f: EventFilter, article_id: str | None = None) -> list[Event]:
    """The raw coded mentions matching ``f`` (and ``article_id``) as :class:`Event` records."""
    params: list[Any] = []
    inner = ("SELECT mm.*, sa2.code AS source_code, ta2.code AS target_code, "
             f"{actor_key_sql('sa2')} AS source_key, {actor_key_sql('ta2')} AS target_key FROM mentions mm "
             "LEFT JOIN actors sa2 ON sa2.actor_id = mm.source_actor_id "
             "LEFT JOIN actors ta2 ON ta2.actor_id = mm.target_actor_id")
    clause = where(f, params, "m.date", "m.quad_class", "m.confidence", mentions=True)
    sql = _MENTION_SELECT.format(source=f"({inner})") + f" WHERE {clause}"
    if article_id is not None:
        sql += " AND m.article_id = ?"
        params.append(article_id)
    sql += " ORDER BY m.article_id, m.sentence_index, m.mention_id"
    if f.limit is not None:
        sql += " LIMIT ?"
        params.append(f.limit)
    return _mention_events(store, sql, params)


def event_mentions(store: Store, event_id: str) -> list[Event]:
    """Every coded mention of one de-duplicated event: each leads back to its article and sentence."""
    sql = _MENTION_SELECT.format(source="event_mentions") + " WHERE m.event_id = ? ORDER BY m.article_id, m.mention_id"
    return _mention_events(store, sql, [event_id])


_INTERVALS = {"day": "day", "week": "week", "month": "month", "quarter": "quarter", "year": "year"}


def dyad_timeline(store: Store, source: str, target: str, interval: str = "month",
                  f: EventFilter | None = None) -> list[dict[str, Any]]:
    """Events from ``source`` to ``target`` per ``interval``: counts, mentions, Goldstein sum, per QuadClass."""
    if interval not in _INTERVALS:
        raise ValidationError("interval", f"must be one of {', '.join(_INTERVALS)}")
    base = f or EventFilter()
    flt = dataclasses.replace(base, dyad=(source, target), limit=None)
    params: list[Any] = [_INTERVALS[interval]]
    sql = f"""SELECT CAST(date_trunc(?, date) AS DATE) AS period, count(*) AS events, sum(mentions) AS mentions,
                     round(sum(goldstein), 2) AS goldstein, count(*) FILTER (quad_class = 1) AS quad1,
                     count(*) FILTER (quad_class = 2) AS quad2, count(*) FILTER (quad_class = 3) AS quad3,
                     count(*) FILTER (quad_class = 4) AS quad4
              FROM events WHERE date IS NOT NULL AND {where(flt, params)} GROUP BY period ORDER BY period"""
    cols = ("period", "events", "mentions", "goldstein", "quad1", "quad2", "quad3", "quad4")
    return [{k: _jsonable(v) for k, v in zip(cols, r, strict=True)} for r in store.rows(sql, params)]
