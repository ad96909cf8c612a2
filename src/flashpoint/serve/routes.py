"""The JSON API under ``/api/``: thin handlers over the library's data functions.

Every read goes through :meth:`ServerState.reader` and the same functions the CLI uses
(:meth:`ServerState.events_page`, :func:`~flashpoint.analysis.timeline.dyad_timeline_both`,
:func:`~flashpoint.analysis.alerts.escalation_alerts`, :func:`~flashpoint.analysis.network.actor_network`,
:func:`~flashpoint.store.store_status`); answers are cached per store generation.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import asdict
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Path, Query, Request
from fastapi.responses import FileResponse, Response
from pydantic import BaseModel, Field
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool

from .._version import __version__
from ..analysis.alerts import escalation_alerts
from ..analysis.browse import MAX_PAGE, event_detail
from ..analysis.geo import event_places
from ..analysis.network import actor_network
from ..analysis.timeline import dyad_timeline_both
from ..notify.record import recorded_alerts
from ..read.records import RecordProblem, article_from_record
from ..records import Article
from ..store import EventFilter, Store, export_events, query_mentions, search_terms, store_status
from .borders import borders_json, parse_bbox, parse_countries
from .cache import cache_key
from .errors import ERROR_RESPONSES, ApiError
from .params import (
    Actor,
    Cameo,
    Day,
    ExcludeFlagged,
    GroupBy,
    MinConfidence,
    Pair,
    Place,
    Quad,
    Search,
    actor_value,
    dates,
    event_filter,
    pair_of,
)
from .state import ServerState

__all__ = ["router", "ArticleIn", "ArticlesIn", "MAX_ARTICLES", "API_MAX_CHARS"]

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)
MAX_ARTICLES = 100
# one article longer than this is refused (413): the server codes while it holds the store's write
# lock, and a 2 MB dump would keep every other writer waiting for a minute; `flashpoint ingest`
# codes any length (in segments, beside the server's store or into another)
API_MAX_CHARS = 200_000
Freq = Literal["day", "week", "month", "quarter", "year"]


def _state(request: Request) -> ServerState:
    state: ServerState = request.app.state.fp
    return state


def _resolved(state: ServerState, f: EventFilter,
              pair: tuple[str, str] | None = None) -> tuple[EventFilter, tuple[str, str] | None]:
    """``f`` and ``pair`` with their actor values read as the actor box reads them (names, groups);
    404 ``unknown_actor`` for one that names nothing."""
    book = state.actors
    f = dataclasses.replace(f, actor=book.resolve(state, f.actor, "actor"),
                            dyad=book.resolve_pair(state, f.dyad, "dyad"))
    return f, book.resolve_pair(state, pair, "pair")


def _encode(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _cached(request: Request, compute: Callable[[Store], Any], media_type: str = "application/json",
            encode: Callable[[Any], bytes] = _encode) -> Response:
    """Answer from the cache, or compute on a reader and remember the encoded answer (for the
    generation the store was in before computing it, so a write meanwhile makes it stale)."""
    state = _state(request)

    def run() -> tuple[str, bytes]:
        with state.reader() as store:
            return media_type, encode(compute(store))

    media, body = state.cache.get_or_compute(cache_key(request.url.path, request.query_params.multi_items()),
                                             state.generation, run)
    return Response(body, media_type=media)


@router.get("/events", summary="events matching filters, a page at a time")
async def list_events(request: Request, actor: Actor = None, dyad: Pair = None,
                pair: Annotated[str | None, Query(description="A,B: events of A to B or of B to A",
                                                  max_length=130)] = None,
                since: Day = None, until: Day = None, cameo: Cameo = None, quad: Quad = None,
                min_confidence: MinConfidence = None, exclude_flagged: ExcludeFlagged = False, place: Place = None,
                q: Search = None, limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
                offset: Annotated[int, Query(ge=0, le=100_000_000)] = 0) -> Response:
    """The de-duplicated events (same filters as ``flashpoint events``; ``q`` a text search), ordered by
    date then id: ``{"total", "limit", "offset", "next_offset", "events": [...]}``."""
    f = event_filter(actor, dyad, since, until, cameo, quad, min_confidence, exclude_flagged, place, q)
    p = pair_of(pair, "pair")
    if p is not None and f.dyad is not None:
        raise ApiError(400, "pair: cannot be combined with dyad", "pair")
    state = _state(request)
    f, p = _resolved(state, f, p)
    generation = state.generation

    def run() -> tuple[str, bytes]:
        return "application/json", _encode(state.events_page(f, limit=limit, offset=offset, pair=p).to_dict())

    key = cache_key(request.url.path, request.query_params.multi_items())
    if state.index_generation == generation and not search_terms(f.text):
        # a page from the in-memory index takes about a millisecond: answer it here, on the event
        # loop, rather than hand it to a worker thread (and wait for the thread and the GIL); a text
        # search can take tens of milliseconds, even from the index
        media, body = state.cache.get_or_compute_now(key, generation, run)
    else:  # from SQL or a search: on a worker thread, the event loop keeps serving
        media, body = await run_in_threadpool(state.cache.get_or_compute, key, generation, run)
    return Response(body, media_type=media)


@router.get("/events/{event_id}", summary="one event with its mentions and source sentences")
def get_event(request: Request,
              event_id: Annotated[str, Path(pattern=r"^[A-Za-z0-9_-]{1,64}$")]) -> Response:
    """The event (its row, as in ``/api/events``) and ``mention_records``: per mention the event record
    (sentence, trigger, actors), the ``article`` and ``highlights`` (``role`` trigger, source or target;
    ``start``/``end`` offsets in the sentence, ``text``)."""
    def compute(st: Store) -> Any:
        detail = event_detail(st, event_id)
        if detail is None:
            raise ApiError(404, f"no event {event_id}", "event_id")
        return detail

    return _cached(request, compute)


class FlagIn(BaseModel):
    note: str | None = Field(None, max_length=2000, description="why the event is wrong")


@router.post("/events/{event_id}/flag", summary="flag an event as wrong", status_code=201)
def flag(request: Request, event_id: Annotated[str, Path(pattern=r"^[A-Za-z0-9_-]{1,64}$")],
         body: Annotated[FlagIn | None, Body()] = None) -> Response:
    """Store a "wrong event" flag with the event (again: replaces the note); the analyses leave flagged
    events out with ``exclude_flagged=true``. 404 for an unknown event, 403 on a read-only server."""
    state = _state(request)
    if state.read_only:
        raise ApiError(403, "the server opened the store read-only", code="read_only")
    found = state.flag(event_id, body.note if body else None)
    if found is None:
        raise ApiError(404, f"no event {event_id}", "event_id")
    return Response(_encode({"flag": found.to_dict(), "generation": state.generation}), status_code=201,
                    media_type="application/json")


@router.delete("/events/{event_id}/flag", summary="remove an event's wrong-event flag")
def unflag(request: Request, event_id: Annotated[str, Path(pattern=r"^[A-Za-z0-9_-]{1,64}$")]) -> Response:
    """``{"removed": true}`` when the event had a flag, ``false`` when not."""
    state = _state(request)
    if state.read_only:
        raise ApiError(403, "the server opened the store read-only", code="read_only")
    removed = state.flag(event_id, None, on=False)
    return Response(_encode({"removed": bool(removed), "generation": state.generation}),
                    media_type="application/json")


@router.get("/timeline", summary="a dyad's timeline, both directions")
def timeline(request: Request, a: Annotated[str, Query(max_length=64, description="first actor (e.g. SRB)")],
             b: Annotated[str, Query(max_length=64, description="second actor (e.g. XKX)")],
             freq: Freq = "month", since: Day = None, until: Day = None,
             format: Literal["json", "svg"] = "json",
             measure: Literal["goldstein", "cci"] = "goldstein", exclude_flagged: ExcludeFlagged = False) -> Response:
    """Per period and direction: events by QuadClass, Goldstein sum and mean, conflict-cooperation index
    (``format=svg``: the chart)."""
    s, u = dates(since, until)
    state = _state(request)
    book = state.actors
    ra, rb = book.resolve(state, actor_value(a, "a"), "a"), book.resolve(state, actor_value(b, "b"), "b")
    assert ra is not None and rb is not None
    if format == "svg":
        return _cached(request, lambda st: dyad_timeline_both(st, ra, rb, freq, s, u, exclude_flagged).chart(measure=measure)
                       .to_svg(), "image/svg+xml", lambda t: str(t).encode("utf-8"))

    def compute(st: Store) -> Any:
        d = dyad_timeline_both(st, ra, rb, freq, s, u, exclude_flagged).to_dict()
        d["names"] = {ra: book.names.name(ra), rb: book.names.name(rb)}
        return d

    return _cached(request, compute)


@router.get("/alerts", summary="escalation alerts")
def alerts(request: Request, dyad: Pair = None, freq: Freq = "month",
           window: Annotated[int, Query(ge=2, le=520)] = 6,
           threshold: Annotated[float, Query(gt=0, le=1000)] = 3.0,
           min_count: Annotated[int, Query(ge=1, le=100_000)] = 3,
           since: Day = None, until: Day = None,
           drivers: Annotated[int, Query(ge=0, le=100)] = 10, group_by: GroupBy = "actor",
           top: Annotated[int | None, Query(ge=1, le=1000, description="the strongest alerts across all pairs, "
                                                                      "highest z first")] = None,
           exclude_flagged: ExcludeFlagged = False) -> Response:
    """Periods where conflict events rise above a rolling robust baseline (median/MAD of the previous
    ``window`` periods), each with the events that drove it; without ``dyad``, every pair of actor keys
    (``group_by``); each alert has ``a_name`` and ``b_name``."""
    s, u = dates(since, until)
    state = _state(request)
    names = state.actors.names
    d = state.actors.resolve_pair(state, pair_of(dyad, "dyad"), "dyad")

    def compute(st: Store) -> Any:
        out = []
        for al in escalation_alerts(st, d, freq=freq, window=window, threshold=threshold, min_count=min_count,
                                    since=s, until=u, drivers=drivers, group_by=group_by, top=top,
                                    exclude_flagged=exclude_flagged):
            row = al.to_dict()
            row["a_name"], row["b_name"] = names.name(al.a), names.name(al.b)
            out.append(row)
        return {"alerts": out}

    return _cached(request, compute)


@router.get("/network", summary="the actor network")
def network(request: Request, since: Day = None, until: Day = None, actor: Actor = None, cameo: Cameo = None,
            quad: Quad = None, min_confidence: MinConfidence = None, level: Literal["key", "code"] = "key",
            top: Annotated[int, Query(ge=1, le=300)] = 40,
            min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
            format: Literal["json", "svg"] = "json", group_by: GroupBy = "actor",
            exclude_flagged: ExcludeFlagged = False,
            fold_groups: Annotated[bool, Query(description="each named actor group of the server (serve --groups) "
                                                           "is one node")] = False) -> Response:
    """Nodes (actor keys by ``group_by``, with names and layout positions) and directed edges (events,
    cooperation, conflict, mean Goldstein). ``fold_groups``: each named actor group is one node (``group``:
    its name); ``groups`` lists them and ``overlaps`` the actors that matched several (each counted once)."""
    state = _state(request)
    f, _ = _resolved(state, event_filter(actor, None, since, until, cameo, quad, min_confidence,
                                                   exclude_flagged))
    names = state.actors.names
    groups = state.actors.groups if fold_groups else []
    if format == "svg":
        return _cached(request, lambda st: actor_network(st, f, level=level, top=top, min_events=min_events,
                                                         group_by=group_by, groups=groups).chart().to_svg(),
                       "image/svg+xml", lambda t: str(t).encode("utf-8"))

    def compute(st: Store) -> Any:
        d = actor_network(st, f, level=level, top=top, min_events=min_events, group_by=group_by,
                          groups=groups).to_dict()
        for node in d["nodes"]:
            node["name"] = node["group"] or names.name(node["id"])
        for overlap in d["overlaps"]:
            overlap["name"] = names.name(overlap["actor"])
        return d

    return _cached(request, compute)


@router.get("/places", summary="where events happened")
def places(request: Request, actor: Actor = None, dyad: Pair = None,
           pair: Annotated[str | None, Query(max_length=130, description="A,B: either direction")] = None,
           since: Day = None, until: Day = None, cameo: Cameo = None, quad: Quad = None,
           min_confidence: MinConfidence = None, top: Annotated[int, Query(ge=1, le=2000)] = 300,
           exclude_flagged: ExcludeFlagged = False) -> Response:
    """Places with coordinates of the matching events: counts, cooperation, conflict, mean Goldstein."""
    f = event_filter(actor, dyad, since, until, cameo, quad, min_confidence, exclude_flagged)
    p = pair_of(pair, "pair")
    if p is not None and f.dyad is not None:
        raise ApiError(400, "pair: cannot be combined with dyad", "pair")
    f, p = _resolved(_state(request), f, p)
    return _cached(request, lambda st: {"places": [x.to_dict() for x in event_places(st, f, pair=p, top=top)]})


@router.get("/borders", summary="country borders for a map (Natural Earth 1:50m)")
def borders(request: Request,
            bbox: Annotated[str | None, Query(max_length=100, description="west,south,east,north in degrees: only "
                                              "the polygons that reach into this box")] = None,
            countries: Annotated[str | None, Query(max_length=1200, description="only these countries: ISO 3166-1 "
                                                   "alpha-3 codes, comma-separated (SRB,XKX)")] = None) -> Response:
    """Country outlines from the borders shipped with flashpoint (``flashpoint/data/geo/README.md`` has
    the format): ``{"version", "source", "licence", "precision", "countries": {CODE: {"name", "bbox",
    "label", "polygons"}}}``. The data never changes while the server runs: answers carry an ``ETag``
    and a matching ``If-None-Match`` is answered 304."""
    try:
        box = parse_bbox(bbox) if bbox else None
    except ValueError as exc:
        raise ApiError(400, f"bbox: {exc}", "bbox") from None
    try:
        codes = parse_countries(countries) if countries is not None else None
    except ValueError as exc:
        raise ApiError(400, f"countries: {exc}", "countries") from None
    body = borders_json(box, codes)
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    headers = {"ETag": etag, "Cache-Control": "no-cache"}
    if etag in [t.strip() for t in request.headers.get("if-none-match", "").split(",")]:
        return Response(status_code=304, headers=headers)
    return Response(body, media_type="application/json", headers=headers)


@router.get("/actors", summary="actors whose code or name starts with (or contains) q, for the actor box")
def actors(request: Request, q: Annotated[str, Query(max_length=200)] = "",
           limit: Annotated[int, Query(ge=1, le=200)] = 20, key: Annotated[str | None, Query(max_length=200)] = None
           ) -> Response:
    """``{"actors": [{"key", "name", "events"}]}``: named actor groups first, then the store's actors (keys
    under every grouping and full codes), most events first. With ``key``: ``{"key", "value", "name"}``, what
    the actor box makes of it (404 ``unknown_actor`` when nothing)."""
    state = _state(request)
    book = state.actors
    if key is not None:
        value = book.resolve(state, actor_value(key, "key"), "key")
        return Response(_encode({"key": key, "value": value, "name": book.names.name(value)}),
                        media_type="application/json")
    found = book.names.suggest(q, book.catalog(state), limit=limit)
    return Response(_encode({"q": q, "actors": [x.to_dict() for x in found]}), media_type="application/json")


@router.get("/status", summary="what the store holds")
def status(request: Request, top: Annotated[int, Query(ge=1, le=1000)] = 10,
           coded_with: Annotated[str | None, Query(pattern=r"^[0-9a-f]{1,40}$",
                                                   description="a coder's fingerprint key: count the coded "
                                                               "articles another coder coded")] = None) -> Response:
    """Counts, date range and top actor pairs of the store, the store's ``generation`` (it grows with
    every write; with ``instance`` it tells a page that new data arrived) and the server's state (never
    cached)."""
    state = _state(request)
    with state.reader() as st:
        d = store_status(st, top=top, coded_with=coded_with).to_dict()
    d["path"] = state.path
    d["generation"] = state.generation
    d["instance"] = state.instance
    cache = state.cache
    watcher = state.watcher
    d["server"] = {"version": __version__, "read_only": state.read_only, "generation": state.generation,
                   "cache": {"size": cache.size, "hits": cache.hits, "misses": cache.misses},
                   "index": {"generation": state.index_generation},
                   "watch": {"sources": len(watcher.sources)} if watcher is not None else None,
                   "alerts": {"rules": len(state.alerts_config.rules), "webhooks": len(state.alerts_config.webhooks),
                              "problems": state.alert_problems},
                   "groups": [{"name": g.name, "value": g.value} for g in state.actors.groups]}
    return Response(_encode(d), media_type="application/json")


@router.get("/generation", summary="the store's generation (cheap: for pages that poll)")
def generation(request: Request) -> Response:
    """``{"generation", "instance"}``: the generation grows with every write the server makes (API or
    watcher); ``instance`` changes when the server restarts. A page that remembers both and sees either
    change knows new data arrived."""
    state = _state(request)
    return Response(_encode({"generation": state.generation, "instance": state.instance}),
                    media_type="application/json", headers={"Cache-Control": "no-store"})


_EXPORT_TYPES = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson; charset=utf-8",
                 "gdelt": "text/tab-separated-values; charset=utf-8", "plover": "application/x-ndjson; charset=utf-8",
                 "parquet": "application/vnd.apache.parquet"}


@router.get("/export", summary="events (or mentions) in an export format, as flashpoint events writes them")
def export(request: Request, actor: Actor = None, dyad: Pair = None, since: Day = None, until: Day = None,
           cameo: Cameo = None, quad: Quad = None, min_confidence: MinConfidence = None,
           exclude_flagged: ExcludeFlagged = False, place: Place = None, q: Search = None,
           limit: Annotated[int | None, Query(ge=0, le=1_000_000_000)] = None,
           format: Literal["csv", "jsonl", "gdelt", "plover", "parquet"] = "jsonl",
           mentions: bool = False) -> Response:
    """The matching events in the format ``flashpoint events --format`` writes (``mentions=true``: the
    coded mentions as JSON Lines of event records; ``q`` then searches each mention's own sentence and
    fields), built in a temporary file and streamed. Headers
    ``X-Flashpoint-Written`` and ``X-Flashpoint-Skipped`` (events the format cannot express) count them.
    ``flashpoint events --db`` uses it when this server holds the store."""
    f = dataclasses.replace(event_filter(actor, dyad, since, until, cameo, quad, min_confidence, exclude_flagged,
                                         place, q), limit=limit)
    if mentions and format != "jsonl":
        raise ApiError(400, "format: mentions come as jsonl", "format")
    state = _state(request)
    f, _ = _resolved(state, f)
    fd, tmp = tempfile.mkstemp(prefix="flashpoint-export-", suffix="." + format)
    os.close(fd)
    try:
        with state.reader() as st:
            if mentions:
                events = query_mentions(st, f)
                with open(tmp, "w", encoding="utf-8") as out:
                    for e in events:
                        out.write(json.dumps(e.to_dict(explain=e.explain is not None), ensure_ascii=False) + "\n")
                written, skipped = len(events), 0
            elif format == "parquet":
                res = export_events(st, f, "parquet", path=tmp)
                written, skipped = res.written, res.skipped
            else:
                with open(tmp, "w", encoding="utf-8", newline="") as out:
                    res = export_events(st, f, format, out)
                written, skipped = res.written, res.skipped
    except BaseException:
        os.remove(tmp)
        raise
    return FileResponse(tmp, media_type=_EXPORT_TYPES[format], background=BackgroundTask(os.remove, tmp),
                        headers={"X-Flashpoint-Written": str(written), "X-Flashpoint-Skipped": str(skipped),
                                 "Cache-Control": "no-store"})


@router.get("/alerts/recorded", summary="the alerts recorded when they opened, newest first")
def alerts_recorded(request: Request, actor: Actor = None,
                    limit: Annotated[int, Query(ge=1, le=10_000)] = 100) -> Response:
    """The alerts the server's rules opened (each once), with the state of their delivery to each
    webhook (``pending``, ``delivered``, ``gave_up``); never cached."""
    state = _state(request)
    with state.reader() as st:
        found = recorded_alerts(st, limit=limit, actor=actor_value(actor, "actor") if actor else None)
    return Response(_encode({"alerts": [al.to_dict() for al in found]}), media_type="application/json",
                    headers={"Cache-Control": "no-store"})


class ArticleIn(BaseModel):
    """One article to code and store (the fields of an input record)."""

    id: str | None = Field(None, max_length=200, description="article id (default: a hash of the text)")
    text: str = Field(..., min_length=1, max_length=2_000_000)
    title: str | None = Field(None, max_length=2000)
    published: str | None = Field(None, max_length=40, description="YYYY-MM-DD or ISO date-time")
    url: str | None = Field(None, max_length=4000)
    source: str | None = Field(None, max_length=500)
    language: str | None = Field(None, max_length=20)


class ArticlesIn(BaseModel):
    articles: list[ArticleIn]


def _article(rec: ArticleIn, i: int) -> Article:
    raw = rec.model_dump()
    default_id = "api-" + hashlib.sha1(rec.text.encode("utf-8")).hexdigest()[:16]
    try:
        return article_from_record(raw, default_id, f"api:{i}")
    except RecordProblem as exc:
        field = f"articles.{i}.{exc.field}" if exc.field else f"articles.{i}"
        raise ApiError(422, f"{field}: {exc}", field) from None


@router.post("/articles", summary="code articles and store them", status_code=201)
def post_articles(request: Request, body: Annotated[ArticleIn | list[ArticleIn] | ArticlesIn, Body()]) -> Response:
    """Code one article, a list, or ``{"articles": [...]}`` (at most 100 per request) and store them;
    the answer has the ingest counts and, per article, its status and event ids."""
    state = _state(request)
    if state.read_only:
        raise ApiError(403, "the server opened the store read-only", code="read_only")
    recs = body.articles if isinstance(body, ArticlesIn) else body if isinstance(body, list) else [body]
    if not recs:
        raise ApiError(422, "articles: no articles", "articles")
    if len(recs) > MAX_ARTICLES:
        raise ApiError(422, f"articles: at most {MAX_ARTICLES} per request, got {len(recs)}", "articles")
    for i, r in enumerate(recs):
        if len(r.text) > API_MAX_CHARS:
            raise ApiError(413, f"articles.{i}.text: {len(r.text):,} characters; the API codes articles of at most "
                                f"{API_MAX_CHARS:,} (use flashpoint ingest for longer ones)", f"articles.{i}.text",
                           code="too_long")
    articles = [_article(r, i) for i, r in enumerate(recs)]
    report, per_article = state.ingest(articles)
    return Response(_encode({"ingest": asdict(report), "articles": per_article, "generation": state.generation}),
                    status_code=201, media_type="application/json")
