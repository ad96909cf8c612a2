"""The store's schema as an ordered list of versioned migrations.

Each migration is applied once, in its own transaction, and recorded in ``schema_migrations``
(version, name, applied_at). A store is never changed by hand: a schema change is a new entry at
the end of :data:`MIGRATIONS`.

Tables map one-to-one onto the typed records of :mod:`flashpoint.records`:

``articles``  one row per :class:`~flashpoint.records.Article` (plus its content hash, the
              near-duplicate link and the MinHash signature)
``mentions``  one row per coded :class:`~flashpoint.records.Event` (what one sentence of one article
              said), its :class:`~flashpoint.records.Location` flattened into ``location_*`` columns
``actors``    one row per distinct :class:`~flashpoint.records.Actor` identity; the words and span
              of each occurrence are on the mention (``source_text``, ``source_start``, ...)
``events``    the de-duplicated events: mentions of the same real-world event grouped, with counts
``article_bands``  the MinHash LSH index over original articles (for near-duplicate detection)
``event_dirty``    keys and dates whose events wait to be rebuilt (see :mod:`.dedup`)
``dirty_articles`` articles stored since the events were last rebuilt: their mentions' keys and dates
                   wait too (version 2)
``watch_sources``  the sources ``flashpoint watch`` follows: validators (ETag, Last-Modified) for the
                   next conditional poll, when each was polled and its last error (version 5)
``watch_items``    every address a watched source listed: the story's canonical URL, when it was
                   first and last seen, what became of it (stored, duplicate, non-English, failed)
                   and the article it is stored as (version 5)
``alerts``         escalation alerts recorded when they opened, one row per rule scope, actor pair,
                   period length, period and kind: an alert is recorded, and sent, once (version 6)
``alert_outbox``   what remains to send: one row per recorded alert and webhook, its state and
                   attempts so far (version 6)
``deliveries``     every attempt to send an alert to a webhook: when, the HTTP status or the error
                   (version 6)
``event_flags``    events an analyst marked as wrong ("wrong event"), keyed by event id, with a note
                   and when: analyses leave them out on request (``exclude_flagged``) (version 7)
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Migration", "MIGRATIONS", "SCHEMA_VERSION", "MIGRATIONS_TABLE"]

MIGRATIONS_TABLE = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER NOT NULL,
    name       VARCHAR NOT NULL,
    applied_at TIMESTAMP NOT NULL
)
"""


@dataclass(frozen=True, slots=True)
class Migration:
    """One schema step: ``statements`` run in order inside one transaction."""

    version: int
    name: str
    statements: tuple[str, ...]


_ACTOR_COLS = """
    {r}_actor_id   VARCHAR,
    {r}_text       VARCHAR,
    {r}_start      INTEGER,
    {r}_end        INTEGER"""

_LOCATION_COLS = """
    location_name      VARCHAR,
    location_country   VARCHAR,
    location_lat       DOUBLE,
    location_lon       DOUBLE,
    location_admin1    VARCHAR,
    location_geonameid BIGINT,
    location_feature   VARCHAR"""

_EVENT_ACTOR_COLS = """
    {r}_actor_id  VARCHAR,
    {r}_key       VARCHAR,
    {r}_code      VARCHAR,
    {r}_name      VARCHAR,
    {r}_country   VARCHAR,
    {r}_org       VARCHAR,
    {r}_sector    VARCHAR,
    {r}_ethnicity VARCHAR"""

_V1 = Migration(1, "initial: articles, actors, mentions, events, near-duplicate index", (
    """
    CREATE TABLE store_settings (
        key   VARCHAR NOT NULL,
        value VARCHAR NOT NULL
    )
    """,
    """
    CREATE TABLE articles (
        article_id   VARCHAR NOT NULL,
        content_hash VARCHAR NOT NULL,
        title        VARCHAR,
        url          VARCHAR,
        source       VARCHAR,
        published    DATE,
        language     VARCHAR,
        text         VARCHAR,
        origin       VARCHAR,
        source_key   VARCHAR NOT NULL,
        status       VARCHAR NOT NULL,
        duplicate_of VARCHAR,
        similarity   DOUBLE,
        minhash      BLOB,
        n_mentions   INTEGER NOT NULL,
        n_problems   INTEGER NOT NULL,
        ingested_at  TIMESTAMP NOT NULL
    )
    """,
    """
    CREATE TABLE article_bands (
        band       USMALLINT NOT NULL,
        bucket     UBIGINT NOT NULL,
        article_id VARCHAR NOT NULL
    )
    """,
    """
    CREATE TABLE actors (
        actor_id  VARCHAR NOT NULL,
        code      VARCHAR,
        name      VARCHAR,
        country   VARCHAR,
        org       VARCHAR,
        sector    VARCHAR,
        ethnicity VARCHAR
    )
    """,
    f"""
    CREATE TABLE mentions (
        mention_id     VARCHAR NOT NULL,
        article_id     VARCHAR NOT NULL,
        published      DATE,
        sentence_index INTEGER NOT NULL,
        sentence       VARCHAR NOT NULL,
        sentence_start INTEGER,
        sentence_end   INTEGER,
        trigger        VARCHAR,
        {_ACTOR_COLS.format(r="source")},
        {_ACTOR_COLS.format(r="target")},
        skey           VARCHAR NOT NULL,
        tkey           VARCHAR NOT NULL,
        cameo          VARCHAR NOT NULL,
        cameo_base     VARCHAR NOT NULL,
        cameo_root     VARCHAR,
        cameo_name     VARCHAR,
        goldstein      DOUBLE,
        quad_class     TINYINT,
        plover_type    VARCHAR,
        plover_mode    VARCHAR,
        date           DATE,
        date_precision VARCHAR,
        date_text      VARCHAR,
        {_LOCATION_COLS},
        negated        BOOLEAN NOT NULL,
        confidence     DOUBLE,
        version        VARCHAR,
        explain        VARCHAR
    )
    """,
    f"""
    CREATE TABLE events (
        event_id        VARCHAR NOT NULL,
        global_id       BIGINT NOT NULL,
        skey            VARCHAR NOT NULL,
        tkey            VARCHAR NOT NULL,
        cameo_base      VARCHAR NOT NULL,
        chain_first     DATE,
        chain_last      DATE,
        first_date      DATE,
        last_date       DATE,
        date            DATE,
        date_precision  VARCHAR,
        {_EVENT_ACTOR_COLS.format(r="source")},
        {_EVENT_ACTOR_COLS.format(r="target")},
        cameo           VARCHAR NOT NULL,
        cameo_root      VARCHAR,
        cameo_name      VARCHAR,
        goldstein       DOUBLE,
        quad_class      TINYINT,
        plover_type     VARCHAR,
        plover_mode     VARCHAR,
        {_LOCATION_COLS},
        is_root         BOOLEAN NOT NULL,
        confidence      DOUBLE,
        mentions        INTEGER NOT NULL,
        articles        INTEGER NOT NULL,
        sources         INTEGER NOT NULL,
        lead_mention_id VARCHAR NOT NULL,
        lead_article_id VARCHAR NOT NULL,
        trigger         VARCHAR,
        source_url      VARCHAR
    )
    """,
    # keys and dates whose events must be rebuilt (written with the mentions, cleared by the rebuild)
    """
    CREATE TABLE event_dirty (
        skey       VARCHAR NOT NULL,
        tkey       VARCHAR NOT NULL,
        cameo_base VARCHAR NOT NULL,
        date       DATE
    )
    """,
    # every non-negated mention belongs to the event of its key whose date range holds its date
    """
    CREATE VIEW event_mentions AS
    SELECT e.event_id, m.*
    FROM events e
    JOIN mentions m
      ON m.skey = e.skey AND m.tkey = e.tkey AND m.cameo_base = e.cameo_base
     AND NOT m.negated
     AND ((m.date BETWEEN e.first_date AND e.last_date) OR (m.date IS NULL AND e.first_date IS NULL))
    """,
))

# a stored article marks its events for the rebuild with one row, not a row per key and date of its
# mentions (a million-record load wrote a million marks, and its write-ahead log carried them)
_V2 = Migration(2, "article marks for the events rebuild", (
    """
    CREATE TABLE dirty_articles (
        article_id VARCHAR NOT NULL
    )
    """,
))

# which coder produced the stored codings: its fingerprint (flashpoint.fingerprint) is part of each
# coded article's content hash, so an article coded by another version or with other options counts
# as changed and is re-coded; this table keeps what each fingerprint stood for, for `status`
_V3 = Migration(3, "the coders that produced the stored codings", (
    """
    CREATE TABLE coders (
        coded_with VARCHAR NOT NULL PRIMARY KEY,
        parts      VARCHAR NOT NULL,
        first_used TIMESTAMP NOT NULL
    )
    """,
))

# the record's fields the mentions did not keep (schema/fields.py is the record's one definition):
# the trigger word's offsets (the dashboard highlights it exactly) and whether each actor was implied
_V4 = Migration(4, "trigger offsets and implied actors in mentions", (
    "ALTER TABLE mentions ADD COLUMN trigger_start INTEGER",
    "ALTER TABLE mentions ADD COLUMN trigger_end INTEGER",
    "ALTER TABLE mentions ADD COLUMN source_implied BOOLEAN",
    "ALTER TABLE mentions ADD COLUMN target_implied BOOLEAN",
))

# live intake (flashpoint.watch): what was polled and seen, so a restarted watcher resumes without
# fetching again what it has (conditional GET on the feeds, no page fetched twice)
_V5 = Migration(5, "watched sources and the items they listed", (
    """
    CREATE TABLE watch_sources (
        source_url    VARCHAR NOT NULL PRIMARY KEY,
        name          VARCHAR NOT NULL,
        tags          VARCHAR[],
        kind          VARCHAR,
        etag          VARCHAR,
        last_modified VARCHAR,
        first_polled  TIMESTAMP,
        last_polled   TIMESTAMP,
        last_ok       TIMESTAMP,
        last_status   INTEGER,
        last_error    VARCHAR,
        error_reason  VARCHAR,
        failures      INTEGER NOT NULL,
        polls         BIGINT NOT NULL
    )
    """,
    """
    CREATE TABLE watch_items (
        url           VARCHAR NOT NULL PRIMARY KEY,
        canonical_url VARCHAR,
        source_url    VARCHAR NOT NULL,
        article_id    VARCHAR,
        status        VARCHAR NOT NULL,
        title         VARCHAR,
        published     DATE,
        language      VARCHAR,
        first_seen    TIMESTAMP NOT NULL,
        last_seen     TIMESTAMP NOT NULL,
        attempts      INTEGER NOT NULL,
        last_error    VARCHAR,
        error_reason  VARCHAR
    )
    """,
))

# alerts that reach people (flashpoint.notify): an escalation alert is recorded once, when it opens,
# with a row per webhook to send it to in the same transaction, and each attempt to send it logged
_V6 = Migration(6, "recorded alerts, their outbox and delivery log", (
    """
    CREATE TABLE alerts (
        alert_id        VARCHAR NOT NULL PRIMARY KEY,
        kind            VARCHAR NOT NULL,
        scope           VARCHAR NOT NULL,
        rule            VARCHAR,
        a               VARCHAR NOT NULL,
        b               VARCHAR NOT NULL,
        freq            VARCHAR NOT NULL,
        period          DATE NOT NULL,
        conflict        INTEGER NOT NULL,
        events          INTEGER NOT NULL,
        baseline_median DOUBLE,
        baseline_mad    DOUBLE,
        z               DOUBLE,
        window_periods  INTEGER,
        drivers         VARCHAR,
        opened_at       TIMESTAMP NOT NULL
    )
    """,
    """
    CREATE TABLE alert_outbox (
        alert_id     VARCHAR NOT NULL,
        target       VARCHAR NOT NULL,
        state        VARCHAR NOT NULL,
        attempts     INTEGER NOT NULL,
        queued_at    TIMESTAMP NOT NULL,
        last_attempt TIMESTAMP,
        delivered_at TIMESTAMP,
        PRIMARY KEY (alert_id, target)
    )
    """,
    """
    CREATE TABLE deliveries (
        alert_id     VARCHAR NOT NULL,
        target       VARCHAR NOT NULL,
        attempt      INTEGER NOT NULL,
        attempted_at TIMESTAMP NOT NULL,
        ok           BOOLEAN NOT NULL,
        status       INTEGER,
        error        VARCHAR,
        seconds      DOUBLE
    )
    """,
))

# an analyst's judgement on an event ("this is not an event"), kept apart from the coded data so a
# rebuild of the events never loses it; keyed by event id
_V7 = Migration(7, "wrong-event flags", (
    """
    CREATE TABLE event_flags (
        event_id   VARCHAR NOT NULL PRIMARY KEY,
        flag       VARCHAR NOT NULL,
        note       VARCHAR,
        flagged_at TIMESTAMP NOT NULL
    )
    """,
))

# how each mention's date was found (the record's ``date_basis``): stated, carried, the story's day or
# the publication day; mentions stored before it have none
_V8 = Migration(8, "how each mention's date was found", (
    "ALTER TABLE mentions ADD COLUMN date_basis VARCHAR",
))

MIGRATIONS: tuple[Migration, ...] = (_V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8)
SCHEMA_VERSION = MIGRATIONS[-1].version
