"""The watcher's tables: schema v5, and the migration of a v4 store."""

from __future__ import annotations

import flashpoint.store.db as dbmod
from flashpoint.store import MIGRATIONS, SCHEMA_VERSION, open_store
from flashpoint.watch.sources import Source
from flashpoint.watch.state import FAILED, STORED, ItemRecord, WatchState


def test_a_v4_store_is_migrated_to_v5_and_keeps_its_articles(tmp_path, monkeypatch):
    db = str(tmp_path / "old.duckdb")
    v4 = tuple(m for m in MIGRATIONS if m.version <= 4)
    monkeypatch.setattr(dbmod, "MIGRATIONS", v4)
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", 4)
    with open_store(db) as st:
        assert st.schema_version() == 4
        st.run("""INSERT INTO articles (article_id, content_hash, source_key, status, n_mentions, n_problems, ingested_at,
                  text) VALUES ('a1', 'h', '', 'coded', 0, 0, now(), 'kept')""")
        tables = {r[0] for r in st.rows("SELECT table_name FROM information_schema.tables")}
        assert "watch_items" not in tables
    monkeypatch.undo()
    with open_store(db) as st:
        assert st.schema_version() == SCHEMA_VERSION >= 5  # and the later migrations
        assert st.value("SELECT name FROM schema_migrations WHERE version = 5") == \
            "watched sources and the items they listed"
        assert st.value("SELECT text FROM articles WHERE article_id = 'a1'") == "kept"
        state = WatchState(st)
        state.register([Source("http://a.example/f", "A", tags=("x",))])
        assert state.status()[0].name == "A" and state.source("http://a.example/f").etag is None


def test_items_count_their_failures_and_keep_what_they_knew(tmp_path):
    with open_store(str(tmp_path / "s.duckdb")) as st:
        state = WatchState(st)
        state.register([Source("http://a.example/f", "A")])
        rec = ItemRecord("http://a.example/1", "http://a.example/f", FAILED, title="T", published="2018-04-02",
                         error="boom", error_reason="timeout")
        state.record_items([rec])
        state.record_items([rec])
        assert [i.attempts for i in state.retries("http://a.example/f", 3)] == [2]
        assert state.retries("http://a.example/f", 2) == []
        state.record_items([ItemRecord("http://a.example/1", "http://a.example/f", STORED, "http://a.example/one", "id1")])
        known = state.known(["http://a.example/1", "http://a.example/one", "http://a.example/2"])
        assert known["http://a.example/1"].status == STORED and known["http://a.example/1"].title == "T"
        assert known["http://a.example/one"].url == "http://a.example/1"  # found by its story's canonical URL
        assert "http://a.example/2" not in known
        state.record_poll("http://a.example/f", ok=True, status=200, kind="rss", etag='"e"', last_modified="L")
        state.record_poll("http://a.example/f", ok=True, status=304, keep_validators=True)
        assert state.source("http://a.example/f").etag == '"e"'
        state.record_poll("http://a.example/f", ok=False, status=500, error="HTTP 500", error_reason="http_status")
        s = state.status()[0]
        assert (s.failures, s.last_status, s.last_error, s.kind, s.stored) == (1, 500, "HTTP 500", "rss", 1)
        assert state.source("http://a.example/f").etag == '"e"'  # a failed poll keeps the validators
