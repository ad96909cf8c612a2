"""A store held by a server: the file beside it, stale files, and open_store stopping at once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from flashpoint.errors import StoreError, StoreHeldByServer
from flashpoint.store import open_store
from flashpoint.store.holder import holder_path, read_holder, remove_holder, write_holder

HOLD = """
import sys, time, duckdb
from flashpoint.store.holder import write_holder
con = duckdb.connect(sys.argv[1])
if sys.argv[2] == "advertise":
    write_holder(sys.argv[1], "http://127.0.0.1:8765")
print("ready", flush=True)
time.sleep(60)
"""


def _dead_pid() -> int:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(proc.stdout)


def test_the_file_is_written_read_and_removed_by_its_server(tmp_path):
    db = str(tmp_path / "s.duckdb")
    assert read_holder(db) is None
    h = write_holder(db, "http://127.0.0.1:8000/", read_only=True)
    assert (h.url, h.pid, h.path, h.read_only) == ("http://127.0.0.1:8000", os.getpid(), db, True)
    assert read_holder(db) == h
    remove_holder(db)
    assert not os.path.exists(holder_path(db))


def test_a_stale_or_broken_file_is_ignored_and_another_servers_file_is_kept(tmp_path):
    db = str(tmp_path / "s.duckdb")
    write_holder(db, "http://127.0.0.1:8000")
    with open(holder_path(db), encoding="utf-8") as fh:
        data = json.load(fh)
    with open(holder_path(db), "w", encoding="utf-8") as fh:
        json.dump({**data, "pid": _dead_pid()}, fh)
    assert read_holder(db) is None  # its process is gone
    remove_holder(db)
    assert os.path.exists(holder_path(db))  # not this process's: left alone
    with open(holder_path(db), "w", encoding="utf-8") as fh:
        fh.write("{not json")
    assert read_holder(db) is None
    with open_store(db) as st:  # nothing holds the store: it opens
        assert st.schema_version() > 0


@pytest.mark.parametrize("advertise", [True, False])
def test_open_store_stops_at_once_when_a_server_holds_the_store(tmp_path, advertise):
    db = str(tmp_path / "s.duckdb")
    open_store(db).close()
    proc = subprocess.Popen([sys.executable, "-c", HOLD, db, "advertise" if advertise else "quiet"],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        start = time.monotonic()
        if advertise:
            with pytest.raises(StoreHeldByServer) as info:
                open_store(db, read_only=True, wait=30)
            assert time.monotonic() - start < 5
            assert (info.value.url, info.value.pid, info.value.path) == ("http://127.0.0.1:8765", proc.pid, db)
            assert str(info.value) == f"store {db} is held by flashpoint serve at http://127.0.0.1:8765 " \
                                      f"(process {proc.pid})"
        else:  # another holder (an ingest): wait, then the usual error
            with pytest.raises(StoreError) as info:
                open_store(db, wait=0.3)
            assert not isinstance(info.value, StoreHeldByServer) and "in use by process" in str(info.value)
    finally:
        proc.kill()
        proc.wait()
