"""Opening stores: migrations, settings, read-only use, the one-writer lock, clear errors."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

import duckdb
import pytest

from flashpoint.errors import ConfigError, StoreError
from flashpoint.store import MIGRATIONS, SCHEMA_VERSION, StoreSettings, open_store, update_settings


def test_new_store_records_its_migrations(db):
    with open_store(db) as st:
        rows = st.rows("SELECT version, name FROM schema_migrations ORDER BY version")
        assert [r[0] for r in rows] == [m.version for m in MIGRATIONS]
        assert st.schema_version() == SCHEMA_VERSION
        tables = {r[0] for r in st.rows("SELECT table_name FROM information_schema.tables")}
        assert {"articles", "mentions", "actors", "events", "article_bands", "event_dirty", "dirty_articles"} <= tables
    with open_store(db) as st:  # opening again applies nothing twice
        assert st.value("SELECT count(*) FROM schema_migrations") == len(MIGRATIONS)


def test_settings_are_kept_with_the_store(db):
    with open_store(db, settings=StoreSettings(event_window_days=3, near_dup_threshold=0.9)) as st:
        assert st.settings.event_window_days == 3
    with open_store(db, settings=StoreSettings()) as st:  # an existing store keeps its own
        assert st.settings.event_window_days == 3 and st.settings.near_dup_threshold == 0.9
        assert update_settings(st, event_window_days=0)
    with open_store(db, read_only=True) as st:
        assert st.settings.event_window_days == 0


def test_bad_settings_are_refused():
    with pytest.raises(ConfigError):
        StoreSettings(num_perm=100, bands=16)
    with pytest.raises(ConfigError):
        StoreSettings(event_actor_key="name")


def test_read_only_errors_are_clear(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        open_store(str(tmp_path / "missing.duckdb"), read_only=True)
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"this is not a database file at all" * 100)
    with pytest.raises(StoreError):
        open_store(str(junk))
    with pytest.raises(StoreError, match="no directory"):
        open_store(str(tmp_path / "nowhere" / "x.duckdb"))


def test_read_only_store_refuses_writes(db):
    open_store(db).close()
    with open_store(db, read_only=True) as st, pytest.raises(StoreError), st.transaction():
        pass


HOLDER = textwrap.dedent("""
    import sys, time
    from flashpoint.store import open_store
    st = open_store(sys.argv[1])
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
    st.close()
""")


def _hold(db: str, seconds: float) -> subprocess.Popen:
    p = subprocess.Popen([sys.executable, "-c", HOLDER, db, str(seconds)], stdout=subprocess.PIPE, text=True)
    assert p.stdout is not None and p.stdout.readline().strip() == "locked"
    return p


def test_second_writer_fails_with_a_clear_message(db):
    open_store(db).close()
    holder = _hold(db, 30)
    try:
        t = time.monotonic()
        with pytest.raises(StoreError, match=r"in use by process \d+.*one writer at a time"):
            open_store(db, wait=0.5)
        assert time.monotonic() - t < 10
        with pytest.raises(StoreError, match="in use"):
            open_store(db, read_only=True, wait=0)
    finally:
        holder.kill()
        holder.wait()
    with open_store(db, wait=5) as st:  # the lock went with the process
        assert st.schema_version() == SCHEMA_VERSION


def test_second_writer_waits_for_the_first(db):
    open_store(db).close()
    holder = _hold(db, 1.0)
    try:
        with open_store(db, wait=30) as st:
            assert st.schema_version() == SCHEMA_VERSION
    finally:
        holder.wait()


def test_duckdb_settings_hold_for_a_block_and_come_back_even_after_an_error(db):
    with open_store(db) as st:
        before = st.value("SELECT current_setting('checkpoint_threshold')")
        with pytest.raises(RuntimeError), st.with_duckdb(preserve_insertion_order=False, checkpoint_threshold="1GB"):
            assert st.value("SELECT current_setting('preserve_insertion_order')") is False
            assert st.value("SELECT current_setting('checkpoint_threshold')") != before
            raise RuntimeError("inside")
        assert st.value("SELECT current_setting('preserve_insertion_order')") is True
        assert st.value("SELECT current_setting('checkpoint_threshold')") == before


def test_another_applications_duckdb_file_is_left_alone(tmp_path):
    path = str(tmp_path / "crm.duckdb")
    con = duckdb.connect(path)
    con.execute("CREATE TABLE customers (id INTEGER)")
    con.close()
    for read_only in (False, True):
        with pytest.raises(StoreError, match="not a flashpoint store"):
            open_store(path, read_only=read_only)
    con = duckdb.connect(path, read_only=True)
    assert [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()] == ["customers"]
    con.close()


def test_a_store_that_could_not_be_created_leaves_nothing_behind(tmp_path, monkeypatch):
    import flashpoint.store.db as dbmod

    path = tmp_path / "new.duckdb"

    def full_disk(store, settings):
        raise duckdb.IOException("No space left on device")

    monkeypatch.setattr(dbmod, "_migrate", full_disk)
    with pytest.raises(duckdb.IOException):
        open_store(str(path))
    assert not path.exists() and not (tmp_path / "new.duckdb.wal").exists()
    monkeypatch.undo()
    path.write_bytes(b"")  # what a crash at creation can leave: an empty file must not block the next run
    with open_store(str(path)) as st:
        assert st.schema_version() == SCHEMA_VERSION


def test_a_newer_store_says_to_upgrade_flashpoint(db):
    with open_store(db) as st:
        st.run("INSERT INTO schema_migrations VALUES (?, 'from the future', now())", [SCHEMA_VERSION + 1])
    for read_only in (False, True):
        with pytest.raises(StoreError, match="newer than this flashpoint's .*upgrade flashpoint"):
            open_store(db, read_only=read_only)
