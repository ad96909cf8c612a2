"""Moving a batch into DuckDB: articles and event records (JSON lines) into temporary tables.

Python hands DuckDB whole columns (NumPy arrays, scanned natively), and DuckDB parses the event
records with ``from_json`` in one vectorised pass, so ingesting pre-coded events costs no per-row
Python work beyond reading the lines. Coded :class:`~flashpoint.records.Event` objects take the same
path through ``Event.to_dict()``, so both kinds of ingest store exactly the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..schema.fields import duckdb_json_type
from .db import Store

__all__ = ["ArticleRow", "Lines", "stage_articles", "stage_article_rows", "pre_coded_article_rows", "stage_lines",
           "parse_lines", "parse_records", "check_records", "sql_str", "EVENT_JSON_TYPE", "MENTION_COLS",
           "grouping_key_sql", "actor_key_sql"]

# the type of a record line for from_json, from the record's one definition
EVENT_JSON_TYPE = duckdb_json_type()

# the grouping key of an actor, per StoreSettings.event_actor_key (fixed SQL, never user text)
_KEY_SQL = {
    "code": "coalesce({a}.code, '')",
    "country": "coalesce({a}.org, {a}.country, {a}.code, '')",
}


def grouping_key_sql(mode: str, alias: str) -> str:
    """SQL for the key that groups mentions into one event, of the actor struct/row ``alias``
    (``mode`` from StoreSettings: the full code, or organisation, else country, else full code)."""
    return _KEY_SQL[mode].format(a=alias)


def actor_key_sql(alias: str) -> str:
    """SQL for the key an actor is shown and filtered by (``source_key``, ``target_key`` of an
    event; the dyad of ``status`` and the analyses), of the actor row ``alias``: its organisation,
    else its country, else the first three letters of its code. The one definition in SQL."""
    return f"coalesce({alias}.org, {alias}.country, substr({alias}.code, 1, 3))"


@dataclass(slots=True)
class ArticleRow:
    """An article as it will be stored: metadata, content hash and near-duplicate status."""

    article_id: str
    content_hash: str
    title: str | None
    url: str | None
    source: str | None
    published: str | None
    language: str | None
    text: str | None
    origin: str | None
    source_key: str
    status: str = "coded"  # coded | copy | pending
    duplicate_of: str | None = None
    similarity: float | None = None
    minhash: bytes | None = None
    buckets: list[int] | None = None


@dataclass(slots=True)
class Lines:
    """Event records (JSON objects as text) and the article each belongs to.

    Parallel lists rather than one object per record: ingesting millions of records stays cheap."""

    article_ids: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.texts)

    def add(self, article_id: str, texts: list[str]) -> None:
        """Append the records ``texts`` of one article."""
        self.article_ids.extend([article_id] * len(texts))
        self.texts.extend(texts)


def _obj(values: list[Any]) -> np.ndarray:
    arr = np.empty(len(values), dtype=object)
    arr[:] = values
    return arr


def _register(store: Store, name: str, columns: dict[str, np.ndarray], create_sql: str) -> None:
    store.con.register(name, columns)
    try:
        store.run(create_sql)
    finally:
        store.con.unregister(name)


def _stage_articles_sql(source: str) -> str:
    """``_stage_articles`` from ``source`` (fixed SQL: a table or a subquery with the article columns)."""
    return f"""
        CREATE OR REPLACE TEMP TABLE _stage_articles AS SELECT
            CAST(article_id AS VARCHAR) AS article_id, CAST(content_hash AS VARCHAR) AS content_hash,
            CAST(title AS VARCHAR) AS title, CAST(url AS VARCHAR) AS url, CAST(source AS VARCHAR) AS source,
            try_cast(CAST(published AS VARCHAR) AS DATE) AS published, CAST(language AS VARCHAR) AS language,
            CAST(text AS VARCHAR) AS text, CAST(origin AS VARCHAR) AS origin,
            CAST(source_key AS VARCHAR) AS source_key, CAST(status AS VARCHAR) AS status,
            CAST(duplicate_of AS VARCHAR) AS duplicate_of, CAST(similarity AS DOUBLE) AS similarity,
            CAST(minhash AS BLOB) AS minhash
        FROM {source}"""


_BANDS_SQL = """
        CREATE OR REPLACE TEMP TABLE _stage_bands AS SELECT CAST(band AS USMALLINT) AS band,
            CAST(bucket AS UBIGINT) AS bucket, CAST(article_id AS VARCHAR) AS article_id FROM {source}"""


def stage_article_rows(store: Store, select: str) -> None:
    """``_stage_articles`` from fixed SQL ``select`` that yields the columns of :class:`ArticleRow` (but
    ``buckets``): articles of pre-coded events, planned in SQL, which have no near-duplicate index entries
    (an empty ``_stage_bands``)."""
    store.run(_stage_articles_sql(f"({select})"))
    store.run(_BANDS_SQL.format(source="(SELECT NULL AS band, NULL AS bucket, NULL AS article_id WHERE false)"))


def pre_coded_article_rows(relation: str, origin: str) -> str:
    """For :func:`stage_article_rows`: the articles of pre-coded event records, one per row of ``relation``
    (fixed SQL with columns ``aid``, ``hash``, ``pub`` and ``todo``) that is to be stored (``todo``),
    where ``origin`` (fixed SQL) says where it came from. They have no text nor metadata."""
    return f"""
        SELECT aid AS article_id, hash AS content_hash, NULL AS title, NULL AS url, NULL AS source,
            pub AS published, NULL AS language, NULL AS text, {origin} AS origin,
            '' AS source_key, 'coded' AS status, NULL AS duplicate_of, NULL AS similarity, NULL AS minhash
        FROM {relation} WHERE todo"""


def stage_articles(store: Store, rows: list[ArticleRow]) -> None:
    """Temp tables ``_stage_articles`` and ``_stage_bands`` for ``rows``."""
    cols = {
        "article_id": _obj([r.article_id for r in rows]),
        "content_hash": _obj([r.content_hash for r in rows]),
        "title": _obj([r.title for r in rows]),
        "url": _obj([r.url for r in rows]),
        "source": _obj([r.source for r in rows]),
        "published": _obj([r.published for r in rows]),
        "language": _obj([r.language for r in rows]),
        "text": _obj([r.text for r in rows]),
        "origin": _obj([r.origin for r in rows]),
        "source_key": _obj([r.source_key for r in rows]),
        "status": _obj([r.status for r in rows]),
        "duplicate_of": _obj([r.duplicate_of for r in rows]),
        "similarity": _obj([r.similarity for r in rows]),
        "minhash": _obj([r.minhash for r in rows]),
    }
    _register(store, "_py_articles", cols, _stage_articles_sql("_py_articles"))
    bands: list[int] = []
    buckets: list[int] = []
    ids: list[str] = []
    for r in rows:
        if r.status == "coded" and r.buckets:
            for i, b in enumerate(r.buckets):
                bands.append(i)
                buckets.append(b)
                ids.append(r.article_id)
    _register(store, "_py_bands", {
        "band": np.array(bands, dtype=np.int64), "bucket": np.array(buckets, dtype=np.uint64), "article_id": _obj(ids),
    }, _BANDS_SQL.format(source="_py_bands"))


def stage_lines(store: Store, lines: Lines) -> None:
    """Temp table ``_lines(seq, article_id, j)``: ``seq`` is the record's position in ``lines``."""
    _register(store, "_py_lines", {
        "seq": np.arange(len(lines), dtype=np.int64),
        "article_id": _obj(lines.article_ids),
        "j": _obj(lines.texts),
    }, """
        CREATE OR REPLACE TEMP TABLE _lines AS SELECT seq, CAST(article_id AS VARCHAR) AS article_id,
            CAST(j AS VARCHAR) AS j FROM _py_lines""")


def sql_str(value: str) -> str:
    """A SQL string literal of ``value``, quoted."""
    return "'" + value.replace("'", "''") + "'"


_PROBLEM = """
    CASE
        WHEN NOT ok THEN 'broken JSON line'
        WHEN r.event_id IS NULL OR r.event_id = '' THEN 'event record has no ''event_id'''
        WHEN r.cameo IS NULL OR NOT regexp_full_match(r.cameo, '[0-9]{2,4}')
            THEN 'event record has no valid ''cameo'' code'
        WHEN r.sentence_index IS NULL THEN 'event record has no ''sentence_index'''
        WHEN r.sentence IS NULL THEN 'event record has no ''sentence'''
        WHEN r.date IS NOT NULL AND try_cast(r.date AS DATE) IS NULL THEN '''date'' is not a date (YYYY-MM-DD)'
        WHEN r.published IS NOT NULL AND try_cast(r.published AS DATE) IS NULL
            THEN '''published'' is not a date (YYYY-MM-DD)'
    END"""

_ACTOR_ID = "substr(md5(to_json([{a}.code, {a}.name, {a}.country, {a}.org, {a}.sector, {a}.ethnicity])), 1, 20)"


def _actor_cols(role: str) -> str:
    a = f"r.{role}"
    return (f"CASE WHEN {a}.code IS NOT NULL THEN {_ACTOR_ID.format(a=a)} END AS {role}_actor_id, "
            f"{a}.text AS {role}_text, CAST({a}.span[1] AS INTEGER) AS {role}_start, "
            f"CAST({a}.span[2] AS INTEGER) AS {role}_end, {a}.code AS {role}_code, {a}.name AS {role}_name, "
            f"{a}.country AS {role}_country, {a}.org AS {role}_org, {a}.sector AS {role}_sector, "
            f"{a}.ethnicity AS {role}_ethnicity, coalesce({a}.implied, false) AS {role}_implied,")


_FROM_LINES = "SELECT seq, article_id, r, r IS NOT NULL AS ok FROM (SELECT seq, article_id, try(from_json(j, ?)) AS r FROM _lines)"


def _parse_sql(mode: str, full: bool, source: str = _FROM_LINES) -> str:
    """``_parsed``: a row per record, its problem (NULL when fine) and, when ``full``, the mention's columns.

    ``source`` yields ``(seq, article_id, r, ok)``: ``r`` a struct of the shape :data:`EVENT_JSON_TYPE`
    describes. For JSON lines (the default) the JSON is parsed once, by ``from_json`` (under ``try``:
    malformed JSON gives NULL and ``ok`` false); Parquet columns are packed into the same struct."""
    cols = "" if not full else f"""
    r.event_id AS mention_id, try_cast(r.published AS DATE) AS published,
    CAST(r.sentence_index AS INTEGER) AS sentence_index, r.sentence AS sentence,
    CAST(r.span[1] AS INTEGER) AS sentence_start, CAST(r.span[2] AS INTEGER) AS sentence_end,
    r.trigger AS trigger, CAST(r.trigger_span[1] AS INTEGER) AS trigger_start,
    CAST(r.trigger_span[2] AS INTEGER) AS trigger_end,
    {_actor_cols("source")}
    {_actor_cols("target")}
    CASE WHEN r.source.code IS NOT NULL THEN {grouping_key_sql(mode, "r.source")} ELSE '' END AS skey,
    CASE WHEN r.target.code IS NOT NULL THEN {grouping_key_sql(mode, "r.target")} ELSE '' END AS tkey,
    r.cameo AS cameo,
    CASE WHEN length(r.cameo) >= 3 THEN substr(r.cameo, 1, 3) ELSE r.cameo || '0' END AS cameo_base,
    coalesce(r.cameo_root, substr(r.cameo, 1, 2)) AS cameo_root, r.cameo_name AS cameo_name,
    r.goldstein AS goldstein, CAST(r.quad_class AS TINYINT) AS quad_class,
    r.plover.type AS plover_type, r.plover.mode AS plover_mode,
    try_cast(r.date AS DATE) AS date, r.date_precision AS date_precision, r.date_text AS date_text, r.date_basis AS date_basis,
    r.location.name AS location_name, r.location.country AS location_country, r.location.lat AS location_lat,
    r.location.lon AS location_lon, r.location.admin1 AS location_admin1,
    r.location.geonameid AS location_geonameid, r.location.feature AS location_feature,
    coalesce(r.negated, false) AS negated, r.confidence AS confidence,
    CAST(r.version AS VARCHAR) AS version, CAST(r.explain AS VARCHAR) AS explain,"""
    return f"""
CREATE OR REPLACE TEMP TABLE _parsed AS
SELECT seq, article_id, {cols}
    {_PROBLEM} AS problem
FROM ({source})
"""


MENTION_COLS = (
    "mention_id, article_id, published, sentence_index, sentence, sentence_start, sentence_end, trigger, "
    "source_actor_id, source_text, source_start, source_end, target_actor_id, target_text, target_start, "
    "target_end, skey, tkey, cameo, cameo_base, cameo_root, cameo_name, goldstein, quad_class, plover_type, "
    "plover_mode, date, date_precision, date_text, location_name, location_country, location_lat, location_lon, "
    "location_admin1, location_geonameid, location_feature, negated, confidence, version, explain, "
    "trigger_start, trigger_end, source_implied, target_implied, date_basis")

def _new_actors_sql() -> str:
    def part(role: str) -> str:
        return (f"SELECT {role}_actor_id AS actor_id, {role}_code AS code, {role}_name AS name, "
                f"{role}_country AS country, {role}_org AS org, {role}_sector AS sector, "
                f"{role}_ethnicity AS ethnicity FROM _parsed WHERE problem IS NULL AND {role}_code IS NOT NULL")

    return f"""
INSERT INTO actors
SELECT DISTINCT n.* FROM ({part("source")} UNION ALL {part("target")}) n
WHERE NOT EXISTS (SELECT 1 FROM actors a WHERE a.actor_id = n.actor_id)
"""


def _problems(store: Store) -> list[tuple[int, str]]:
    return [(int(s), str(p)) for s, p in store.rows(
        "SELECT seq, problem FROM _parsed WHERE problem IS NOT NULL ORDER BY seq")]


def parse_lines(store: Store, actor_key: str) -> list[tuple[int, str]]:
    """Parse ``_lines`` into ``_parsed`` (mention rows where ``problem`` is NULL) and add new actors.

    Returns ``(seq, problem)`` of the bad lines. Lines must not repeat an event id within an article."""
    return parse_records(store, actor_key, _FROM_LINES, [EVENT_JSON_TYPE])


def parse_records(store: Store, actor_key: str, source: str, params: list[Any] | None = None) -> list[tuple[int, str]]:
    """``_parsed`` from the records of ``source`` (fixed SQL yielding ``(seq, article_id, r, ok)``, see
    :func:`_parse_sql`), then add the new actors. Returns ``(seq, problem)`` of the bad records."""
    store.run(_parse_sql(actor_key, full=True, source=source), params)
    bad = _problems(store)
    store.run(_new_actors_sql())
    return bad


def check_records(store: Store, source: str, params: list[Any] | None = None) -> list[tuple[int, str]]:
    """Only validate the records of ``source``: ``(seq, problem)`` of the bad ones (nothing is written)."""
    store.run(_parse_sql("code", full=False, source=source), params)
    return _problems(store)
