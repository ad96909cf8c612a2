"""Reading a store: one filter type and the functions the CLI (and a future HTTP API) call.

:func:`select_events` builds the one parameterised query behind every read of the events table
(:func:`query_events` rows as dicts, the exports, the DataFrame/Arrow helpers); user values only
ever travel as parameters.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import StoreError, ValidationError
from ..records import Actor, Event, Location
from .codes import actor_aliases
from .db import Store, store_errors

__all__ = ["EventFilter", "EVENT_COLUMNS", "select_events", "query_events", "iter_events", "events_frame",
           "events_arrow", "query_mentions", "event_mentions", "dyad_timeline"]

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


def _side(role: str, value: str, params: list[Any]) -> str:
    """SQL matching one side (``source``/``target``, fixed strings) against ``value`` (parameters only).

    ``{role}_key`` is the organisation, else the country, else the code's first three letters, so a
    country or organisation is one equality; a longer value is also a code prefix."""
    clauses: list[str] = []
    for code in actor_aliases(value):
        clauses.append(f"{role}_key = ?")
        params.append(code)
        if len(code) > 3:
            clauses.append(f"starts_with({role}_code, ?)")
            params.append(code)
    return "(" + " OR ".join(clauses) + ")"


def where(f: EventFilter, params: list[Any], date_col: str = "date", quad_col: str = "quad_class",
          conf_col: str = "confidence") -> str:
    """The WHERE clause (fixed SQL with ``?`` placeholders) for ``f``; appends values to ``params``."""
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

_MENTION_SELECT = """
SELECT m.mention_id, m.article_id, m.published, m.sentence_index, m.sentence, m.sentence_start, m.sentence_end,
    m.trigger, m.source_text, m.source_start, m.source_end, sa.name, sa.code, sa.country, sa.org, sa.sector,
    sa.ethnicity, m.target_text, m.target_start, m.target_end, ta.name, ta.code, ta.country, ta.org, ta.sector,
    ta.ethnicity, m.cameo, m.cameo_root, m.cameo_name, m.goldstein, m.quad_class, m.plover_type, m.plover_mode,
    m.date, m.date_precision, m.date_text, m.location_name, m.location_country, m.location_lat, m.location_lon,
    m.location_admin1, m.location_geonameid, m.location_feature, m.negated, m.confidence, m.version, m.explain
FROM {source} m
LEFT JOIN actors sa ON sa.actor_id = m.source_actor_id
LEFT JOIN actors ta ON ta.actor_id = m.target_actor_id
"""


def _date(v: Any) -> str | None:
    return v.isoformat() if v is not None else None


def _actor(r: tuple[Any, ...], i: int) -> Actor | None:
    text, start, end, name, code, country, org, sector, ethnicity = r[i:i + 9]
    if code is None:
        return None
    return Actor(text=text, span=(int(start or 0), int(end or 0)), name=name, code=code, country=country, org=org,
                 sector=sector, ethnicity=ethnicity)


def _event(r: tuple[Any, ...]) -> Event:
    loc = None
    if r[36] is not None:
        loc = Location(name=r[36], country=r[37], lat=r[38], lon=r[39], admin1=r[40],
                       geonameid=int(r[41]) if r[41] is not None else None, feature=r[42])
    return Event(
        event_id=r[0], article_id=r[1], published=_date(r[2]), sentence_index=int(r[3]), sentence=r[4],
        span=(int(r[5] or 0), int(r[6] or 0)), trigger=r[7], source=_actor(r, 8), target=_actor(r, 17),
        cameo=r[26], cameo_root=r[27], cameo_name=r[28], goldstein=r[29],
        quad_class=int(r[30]) if r[30] is not None else 0, plover={"type": r[31], "mode": r[32]},
        date=_date(r[33]), date_precision=r[34], date_text=r[35], location=loc, negated=bool(r[43]),
        confidence=r[44], version=json.loads(r[45]) if r[45] else {}, explain=json.loads(r[46]) if r[46] else None)


def query_mentions(store: Store, f: EventFilter, article_id: str | None = None) -> list[Event]:
    """The raw coded mentions matching ``f`` (and ``article_id``) as :class:`Event` records."""
    params: list[Any] = []
    inner = ("SELECT mm.*, sa2.code AS source_code, ta2.code AS target_code, "
             "coalesce(sa2.org, sa2.country, substr(sa2.code, 1, 3)) AS source_key, "
             "coalesce(ta2.org, ta2.country, substr(ta2.code, 1, 3)) AS target_key FROM mentions mm "
             "LEFT JOIN actors sa2 ON sa2.actor_id = mm.source_actor_id "
             "LEFT JOIN actors ta2 ON ta2.actor_id = mm.target_actor_id")
    clause = where(f, params, "m.date", "m.quad_class", "m.confidence")
    sql = _MENTION_SELECT.format(source=f"({inner})") + f" WHERE {clause}"
    if article_id is not None:
        sql += " AND m.article_id = ?"
        params.append(article_id)
    sql += " ORDER BY m.article_id, m.sentence_index, m.mention_id"
    if f.limit is not None:
        sql += " LIMIT ?"
        params.append(f.limit)
    return [_event(r) for r in store.rows(sql, params)]


def event_mentions(store: Store, event_id: str) -> list[Event]:
    """Every coded mention of one de-duplicated event: each leads back to its article and sentence."""
    sql = _MENTION_SELECT.format(source="event_mentions") + " WHERE m.event_id = ? ORDER BY m.article_id, m.mention_id"
    return [_event(r) for r in store.rows(sql, [event_id])]


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
