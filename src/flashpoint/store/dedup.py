"""Grouping mentions into events: the same real-world event reported in several places is one event.

Mentions with the same source key, target key and CAMEO base code (3 digits; a two-digit root code
``17`` counts as ``170``) are *linked* when their dates are at most ``event_window_days`` (W) apart;
a run of linked mentions (a chain: dates sorted, a gap larger than W ends it) is cut into events of
W+1 days counted from the chain's first date, so one event never spans more than W+1 days and a
dyad's daily series stays a series. Mentions without a date form one event per key. Negated mentions
are kept but never form events.

Counts (like GDELT's): ``mentions`` = the event's mentions, each counted once more for every
near-duplicate copy of its article; ``articles`` = distinct articles, copies included; ``sources`` =
distinct publishers (``articles.source_key``) of those articles. Best date: the most precise, then
the most reported (copies count), then the earliest. Best place: the most reported, then the most
specific. Code and actors come from the most reported code and the lead mention (earliest published,
then smallest id). The event id is the smallest mention id of the group, so it does not depend on the
order in which articles were ingested.

The table is maintained incrementally: a batch marks what it touched in its own transaction (the
articles it stored in ``dirty_articles``, the keys and dates of mentions it removed or counted again
in ``event_dirty``), and :func:`refresh_events` rebuilds only the chains within W days of the marked
keys and dates (those of the marked articles' mentions included) and clears the marks, in one
transaction. Ingest refreshes after every batch of
articles and, for pre-coded events, every million records and at the end; a run that was killed
leaves marks that the next ingest clears first, so the events always end as a full rebuild makes them.
"""

from __future__ import annotations

from typing import Any

from ..errors import StoreError
from .db import Store
from .settings import StoreSettings
from .stage import actor_key_sql, grouping_key_sql

__all__ = ["touch_from", "touch_articles", "refresh_events", "rebuild_events", "pending_regions", "update_settings"]


def touch_from(store: Store, relation_sql: str) -> None:
    """Mark the keys and dates of the non-negated mention rows of ``relation_sql`` (fixed SQL) for rebuilding."""
    store.run(f"INSERT INTO event_dirty SELECT DISTINCT skey, tkey, cameo_base, date FROM ({relation_sql}) t "
              "WHERE NOT negated")


def touch_articles(store: Store, relation_sql: str) -> None:
    """Mark the articles ``article_id`` of ``relation_sql`` (fixed SQL): the keys and dates of their mentions,
    as stored when the events are next refreshed, are rebuilt then."""
    store.run(f"INSERT INTO dirty_articles SELECT DISTINCT article_id FROM ({relation_sql}) t")


# every marked key and date: those marked one by one and those of the marked articles' mentions
_MARKED = """
CREATE OR REPLACE TEMP TABLE _touched AS
SELECT skey, tkey, cameo_base, date FROM event_dirty
UNION
SELECT m.skey, m.tkey, m.cameo_base, m.date FROM mentions m SEMI JOIN dirty_articles d USING (article_id)
WHERE NOT m.negated
"""


_REGIONS = """
CREATE OR REPLACE TEMP TABLE _regions AS
WITH t AS (SELECT DISTINCT skey, tkey, cameo_base, date FROM _touched WHERE date IS NOT NULL),
aff AS (
    SELECT e.skey, e.tkey, e.cameo_base, e.chain_first AS lo, e.chain_last AS hi
    FROM events e JOIN t ON e.skey = t.skey AND e.tkey = t.tkey AND e.cameo_base = t.cameo_base
    WHERE e.chain_first IS NOT NULL AND e.chain_last >= CAST(? AS DATE) AND e.chain_first <= CAST(? AS DATE)
      AND t.date >= e.chain_first - CAST(? AS INTEGER) AND t.date <= e.chain_last + CAST(? AS INTEGER)
)
SELECT skey, tkey, cameo_base, min(lo) AS lo, max(hi) AS hi
FROM (SELECT skey, tkey, cameo_base, date AS lo, date AS hi FROM t UNION ALL SELECT * FROM aff)
GROUP BY skey, tkey, cameo_base
"""

_MCOLS = ("m.mention_id, m.article_id, m.published, m.sentence_index, m.trigger, m.source_actor_id, m.target_actor_id, "
          "m.skey, m.tkey, m.cameo, m.cameo_base, m.cameo_root, m.cameo_name, m.goldstein, m.quad_class, "
          "m.plover_type, m.plover_mode, m.date, m.date_precision, m.location_name, m.location_country, "
          "m.location_lat, m.location_lon, m.location_admin1, m.location_geonameid, m.location_feature, m.confidence")

# the affected mentions, narrow: what the chains need, and ``mrid``, the mention's row id (stable
# within the rebuild's transaction), by which the chained rows take their other columns from ``mentions``
_MEMBERS = """
CREATE OR REPLACE TEMP TABLE _members AS
SELECT m.rowid AS mrid, m.skey, m.tkey, m.cameo_base, m.date, m.article_id FROM mentions m
JOIN _regions r ON m.skey = r.skey AND m.tkey = r.tkey AND m.cameo_base = r.cameo_base
WHERE NOT m.negated AND m.date BETWEEN CAST(? AS DATE) AND CAST(? AS DATE) AND m.date BETWEEN r.lo AND r.hi
UNION ALL
SELECT m.rowid AS mrid, m.skey, m.tkey, m.cameo_base, m.date, m.article_id FROM mentions m
JOIN _nullkeys n ON m.skey = n.skey AND m.tkey = n.tkey AND m.cameo_base = n.cameo_base
WHERE NOT m.negated AND m.date IS NULL
"""

# chains: one sort of the members by key and date (no PARTITION BY: a window per key costs far more
# than one global order when most keys have a single mention); a change of key or a gap > W starts a
# new chain, numbered globally; bins of W+1 days from the chain's first date. ``rid`` (unique) breaks
# ties so that both windows see the rows in the same order. ``gid`` numbers the events (chain, bin).
# A chain of one mention (``single``: it starts a chain and the next row starts another) is an event
# of one mention, written straight from its row (a lone mention in one bin of a longer chain is too,
# the way every group is).
_CLUSTER = f"""
CREATE OR REPLACE TEMP TABLE _clustered AS
WITH w AS (SELECT orig, count(*) AS weight, count(DISTINCT source_key) AS nsrc FROM _fam GROUP BY orig),
o AS (
    SELECT mrid AS rid, date,
        CASE WHEN lag(mrid) OVER s IS NULL OR lag(skey) OVER s <> skey OR lag(tkey) OVER s <> tkey
                  OR lag(cameo_base) OVER s <> cameo_base THEN 1
             WHEN date IS NULL THEN CASE WHEN lag(date) OVER s IS NULL THEN 0 ELSE 1 END
             WHEN date - lag(date) OVER s > CAST($1 AS INTEGER) THEN 1 ELSE 0 END AS start,
        CASE WHEN lead(mrid) OVER s IS NULL OR lead(skey) OVER s <> skey OR lead(tkey) OVER s <> tkey
                  OR lead(cameo_base) OVER s <> cameo_base THEN 1
             WHEN lead(date) OVER s IS NULL THEN CASE WHEN date IS NULL THEN 0 ELSE 1 END
             WHEN lead(date) OVER s - date > CAST($1 AS INTEGER) THEN 1 ELSE 0 END AS last,
        row_number() OVER s AS pos
    FROM _members WINDOW s AS (ORDER BY skey, tkey, cameo_base, date NULLS LAST, mrid)
),
ch AS (
    SELECT rid, start = 1 AND last = 1 AS single, sum(start) OVER s AS chain,
        CASE WHEN date IS NOT NULL THEN last_value(CASE WHEN start = 1 THEN date END IGNORE NULLS) OVER s END
            AS chain_first
    FROM o WINDOW s AS (ORDER BY pos ROWS UNBOUNDED PRECEDING)
)
SELECT {_MCOLS}, w.weight, w.nsrc, ch.rid, ch.chain, ch.chain_first, ch.single,
    CAST(ch.chain AS BIGINT) * 4294967296 + coalesce((m.date - ch.chain_first) // (CAST($1 AS INTEGER) + 1), 0)
        AS gid
FROM mentions m JOIN ch ON ch.rid = m.rowid JOIN w ON w.orig = m.article_id
"""

_FAMILY = """
CREATE OR REPLACE TEMP TABLE _fam AS
WITH ids AS (SELECT DISTINCT article_id FROM _members)
SELECT a.article_id AS orig, a.article_id AS member, a.source_key FROM articles a JOIN ids USING (article_id)
UNION ALL
SELECT a.duplicate_of AS orig, a.article_id AS member, a.source_key
FROM articles a JOIN ids ON a.duplicate_of = ids.article_id WHERE a.status = 'copy'
"""

# the fields an event takes from one mention (its lead, or the most reported value of a group)
_CAMEO_F = ("cameo", "cameo_root", "cameo_name", "goldstein", "quad_class", "plover_type", "plover_mode")
_DATE_F = ("date", "date_precision")
_LOC_F = ("location_name", "location_country", "location_lat", "location_lon", "location_admin1",
          "location_geonameid", "location_feature")


def _struct(fields: tuple[str, ...]) -> str:
    return "{" + ", ".join(f"'{f}': {f}" for f in fields) + "}"


def _pick(alias: str, fields: tuple[str, ...]) -> str:
    """Each field from the voted struct ``alias.v`` when the group voted, else from the lead mention ``l``
    (a group votes on dates and places only among the mentions that have one)."""
    return ", ".join(f"CASE WHEN {alias}.gid IS NOT NULL THEN {alias}.v.{f} ELSE l.{f} END AS {f}" for f in fields)


def _event_cols(one: bool) -> str:
    """The events row of a group (``one``: of a single mention ``l``, which gives everything; else the
    group ``g``, whose fields come from its votes or its lead ``l``)."""
    if one:
        dates = "l.date AS first_date, l.date AS last_date, l.date AS date, l.date_precision AS date_precision"
        cameo = ", ".join(f"l.{f} AS {f}" for f in _CAMEO_F)
        loc = ", ".join(f"l.{f} AS {f}" for f in _LOC_F)
        counts = ("l.sentence_index = 0 AS is_root, l.confidence AS confidence, CAST(l.weight AS INTEGER) AS mentions, "
                  "CAST(l.weight AS INTEGER) AS articles, CAST(l.nsrc AS INTEGER) AS sources")
        eid = "l.mention_id"
        chain_first = "l.chain_first"
    else:
        dates = f"g.first_date, g.last_date, {_pick('dt', _DATE_F)}"
        cameo = _pick("cam", _CAMEO_F)
        loc = _pick("loc", _LOC_F)
        counts = ("g.is_root, g.confidence, CAST(g.mentions AS INTEGER) AS mentions, "
                  "CAST(arts.articles AS INTEGER) AS articles, CAST(arts.sources AS INTEGER) AS sources")
        eid = "ld.event_id"
        chain_first = "g.chain_first"
    return f"""{eid} AS event_id, CAST('0x' || substr(md5({eid}), 1, 15) AS BIGINT) AS global_id,
    l.skey, l.tkey, l.cameo_base, {chain_first} AS chain_first, cl.chain_last, {dates},
    l.source_actor_id AS source_actor_id, {actor_key_sql("sa")} AS source_key,
    sa.code AS source_code, sa.name AS source_name,
    sa.country AS source_country, sa.org AS source_org, sa.sector AS source_sector, sa.ethnicity AS source_ethnicity,
    l.target_actor_id AS target_actor_id, {actor_key_sql("ta")} AS target_key,
    ta.code AS target_code, ta.name AS target_name,
    ta.country AS target_country, ta.org AS target_org, ta.sector AS target_sector, ta.ethnicity AS target_ethnicity,
    {cameo}, {loc}, {counts},
    l.mention_id AS lead_mention_id, l.article_id AS lead_article_id, l.trigger AS trigger, la.url AS source_url"""


_LOOKUPS = """JOIN cl ON cl.chain = l.chain
LEFT JOIN actors sa ON sa.actor_id = l.source_actor_id
LEFT JOIN actors ta ON ta.actor_id = l.target_actor_id
LEFT JOIN articles la ON la.article_id = l.article_id"""

# Events of one mention (most of them) are that mention's row; only larger groups are grouped and vote.
_INSERT = f"""
INSERT INTO events BY NAME
WITH cl AS (SELECT chain, max(date) AS chain_last FROM _clustered GROUP BY chain),
multi AS (SELECT * FROM _clustered WHERE NOT single),
g AS (
    SELECT gid, min(date) AS first_date, max(date) AS last_date, any_value(chain_first) AS chain_first,
        sum(weight) AS mentions, bool_or(sentence_index = 0) AS is_root, max(confidence) AS confidence
    FROM multi GROUP BY gid
),
cam AS (
    SELECT gid, arg_max(v, (votes, length(v.cameo), -CAST(v.cameo AS INTEGER))) AS v
    FROM (SELECT gid, any_value({_struct(_CAMEO_F)}) AS v, sum(weight) AS votes FROM multi GROUP BY gid, cameo)
    GROUP BY gid
),
dt AS (
    SELECT gid, arg_min(v, (prank, -votes, v.date)) AS v
    FROM (SELECT gid, {_struct(_DATE_F)} AS v,
                 CASE date_precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2 ELSE 3 END AS prank,
                 sum(weight) AS votes
          FROM multi WHERE date IS NOT NULL GROUP BY gid, date, date_precision)
    GROUP BY gid
),
loc AS (
    SELECT gid, arg_min(v, (-votes, frank, v.location_name)) AS v
    FROM (SELECT gid, {_struct(_LOC_F)} AS v,
                 CASE location_feature WHEN 'country' THEN 2 WHEN 'region' THEN 1 ELSE 0 END AS frank,
                 sum(weight) AS votes
          FROM multi WHERE location_name IS NOT NULL GROUP BY gid, {", ".join(_LOC_F)})
    GROUP BY gid
),
lead AS (
    SELECT gid, min(mention_id) AS event_id,
        arg_min(rid, (coalesce(published, DATE '9999-12-31'), mention_id, article_id)) AS rid
    FROM multi GROUP BY gid
),
arts AS (
    SELECT m.gid, count(DISTINCT f.member) AS articles, count(DISTINCT f.source_key) AS sources
    FROM multi m JOIN _fam f ON f.orig = m.article_id GROUP BY m.gid
)
SELECT {_event_cols(one=True)}
FROM _clustered l
{_LOOKUPS}
WHERE l.single
UNION ALL
SELECT {_event_cols(one=False)}
FROM g
JOIN lead ld ON ld.gid = g.gid
JOIN multi l ON l.rid = ld.rid
{_LOOKUPS}
LEFT JOIN cam ON cam.gid = g.gid
LEFT JOIN dt ON dt.gid = g.gid
LEFT JOIN loc ON loc.gid = g.gid
JOIN arts ON arts.gid = g.gid
"""


def _recompute(store: Store, settings: StoreSettings) -> None:
    """Rebuild the events around every key and date in ``_touched`` (inside the caller's transaction)."""
    w = settings.event_window_days
    lo, hi = store.rows("SELECT min(date), max(date) FROM _touched")[0]
    has_nulls = bool(store.value("SELECT count(*) FROM _touched WHERE date IS NULL"))
    if lo is None and not has_nulls:
        return
    # bounds on the dates that can be involved let DuckDB skip row groups by their min/max
    outer_lo = lo if lo is None else store.value("SELECT CAST(? AS DATE) - CAST(? AS INTEGER)", [lo, w])
    outer_hi = hi if hi is None else store.value("SELECT CAST(? AS DATE) + CAST(? AS INTEGER)", [hi, w])
    store.run(_REGIONS, [outer_lo, outer_hi, w, w])
    store.run("CREATE OR REPLACE TEMP TABLE _nullkeys AS "
              "SELECT DISTINCT skey, tkey, cameo_base FROM _touched WHERE date IS NULL")
    rlo, rhi = store.rows("SELECT min(lo), max(hi) FROM _regions")[0]
    store.run("""DELETE FROM events e USING _regions r
                 WHERE e.chain_first BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)
                   AND e.skey = r.skey AND e.tkey = r.tkey AND e.cameo_base = r.cameo_base
                   AND e.chain_first BETWEEN r.lo AND r.hi""", [rlo, rhi])
    if has_nulls:
        store.run("""DELETE FROM events e USING _nullkeys n
                     WHERE e.first_date IS NULL AND e.skey = n.skey AND e.tkey = n.tkey
                       AND e.cameo_base = n.cameo_base""")
    store.run(_MEMBERS, [rlo, rhi])
    store.run(_FAMILY)
    store.run(_CLUSTER, [w])
    store.run(_INSERT)


def pending_regions(store: Store) -> int:
    """How many marks wait, (key, date) and articles (0: the events table is up to date)."""
    return int(store.value("SELECT (SELECT count(*) FROM event_dirty) + (SELECT count(*) FROM dirty_articles)") or 0)


def refresh_events(store: Store) -> bool:
    """Rebuild the events of every marked key and date, in one transaction; True when there was work."""
    if not pending_regions(store):
        return False
    with store.transaction():
        store.run(_MARKED)
        _recompute(store, store.settings)
        store.run("DELETE FROM event_dirty")
        store.run("DELETE FROM dirty_articles")
    return True


def rebuild_events(store: Store, settings: StoreSettings, rekey: bool = False) -> None:
    """Recompute the whole events table (after a settings change; inside the caller's transaction)."""
    if rekey:
        for role, col in (("source", "skey"), ("target", "tkey")):
            store.run(f"""UPDATE mentions SET {col} = coalesce((SELECT {grouping_key_sql(settings.event_actor_key, "a")}
                          FROM actors a WHERE a.actor_id = mentions.{role}_actor_id), '')""")
    store.run("DELETE FROM events")
    store.run("DELETE FROM event_dirty")
    store.run("DELETE FROM dirty_articles")
    store.run("CREATE OR REPLACE TEMP TABLE _touched AS "
              "SELECT DISTINCT skey, tkey, cameo_base, date FROM mentions WHERE NOT negated")
    _recompute(store, settings)


def update_settings(store: Store, **changes: Any) -> bool:
    """Change ``store``'s de-duplication settings; rebuilds the events table when event grouping changes.

    Only ``near_dup_threshold``, ``event_window_days`` and ``event_actor_key`` can change once a
    store has articles (the MinHash parameters shape the stored signatures). Returns True when
    something changed.
    """
    new = store.settings.with_(**changes)
    if new == store.settings:
        return False
    fixed = ("shingle_words", "num_perm", "bands")
    if any(getattr(new, k) != getattr(store.settings, k) for k in fixed) and store.value(
            "SELECT count(*) FROM articles"):
        raise StoreError(f"{store.path}: MinHash parameters cannot change once the store holds articles")
    with store.transaction():
        store.run("DELETE FROM store_settings")
        for key, value in new.to_pairs():
            store.run("INSERT INTO store_settings VALUES (?, ?)", [key, value])
        rebuild_events(store, new, rekey=new.event_actor_key != store.settings.event_actor_key)
    store.settings = new
    return True
