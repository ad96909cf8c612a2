"""The event store: coded articles, their mentions and de-duplicated events in one DuckDB file.

>>> from flashpoint.store import open_store, ingest_coded, query_events, EventFilter
>>> with open_store("events.duckdb") as store:                       # doctest: +SKIP
...     ingest_coded(store, flashpoint.code_articles(articles))
...     rows = query_events(store, EventFilter(dyad=("SRB", "XKX"), since="2018-01-01"))

See ``docs/store.md`` for the schema, the de-duplication rules and the export formats.
"""

from .codes import ISO3_TO_CAMEO, ISO3_TO_PLOVER, ORG_TO_CAMEO, ORG_TO_PLOVER, actor_aliases
from .db import DEFAULT_DB, Store, open_store, store_errors
from .dedup import update_settings
from .events_file import ingest_event_files
from .export import FORMATS, GDELT_COLUMNS, ExportResult, export_events, gdelt_row, plover_record
from .flags import EventFlag, event_flag, flag_event, unflag_event
from .ingest import CodeFn, IngestReport, ingest_articles, ingest_coded, stored_for_recode
from .query import (
                    EVENT_COLUMNS,
                    SEARCH_FIELDS,
                    EventFilter,
                    actor_match_sql,
                    dyad_timeline,
                    event_mentions,
                    events_arrow,
                    events_frame,
                    iter_events,
                    query_events,
                    query_mentions,
                    search_fields_sql,
                    search_terms,
                    select_events,
                    where,
)
from .schema import MIGRATIONS, SCHEMA_VERSION
from .settings import StoreSettings
from .status import PairCount, StoreStatus, store_status

__all__ = [
    "DEFAULT_DB", "Store", "open_store", "StoreSettings", "update_settings", "MIGRATIONS", "SCHEMA_VERSION",
    "CodeFn", "IngestReport", "ingest_articles", "ingest_coded", "ingest_event_files", "stored_for_recode",
    "EventFilter", "EVENT_COLUMNS", "select_events", "query_events", "iter_events", "query_mentions",
    "event_mentions", "dyad_timeline", "events_frame", "events_arrow",
    "FORMATS", "GDELT_COLUMNS", "ExportResult", "export_events", "gdelt_row", "plover_record",
    "StoreStatus", "PairCount", "store_status", "EventFlag", "event_flag", "flag_event", "unflag_event",
    "ISO3_TO_CAMEO", "ORG_TO_CAMEO", "ISO3_TO_PLOVER", "ORG_TO_PLOVER", "actor_aliases", "store_errors", "where",
    "SEARCH_FIELDS", "search_terms", "search_fields_sql", "actor_match_sql",
]
