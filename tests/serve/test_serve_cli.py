"""``flashpoint serve`` as a process, and ``flashpoint demo --db`` leaving a store for it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from serve_helpers import free_port

from flashpoint.cli.main import main


def test_serve_process_answers_and_holds_the_store(small_db, tmp_path):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "flashpoint", "serve", "--db", small_db, "--port", str(port)],
                            stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                status = httpx.get(f"http://127.0.0.1:{port}/api/status", timeout=5).json()
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        assert status["events"] == 44
        assert httpx.get(f"http://127.0.0.1:{port}/").headers["content-type"].startswith("text/html")
        # the server holds the file (another process cannot even read it) and says so beside it:
        # status reads through its API, ingest stops at once naming it and the way through it
        holder = json.loads(Path(small_db + ".server.json").read_text(encoding="utf-8"))
        assert (holder["url"], holder["pid"], holder["read_only"]) == (f"http://127.0.0.1:{port}", proc.pid, False)
        other = subprocess.run([sys.executable, "-m", "flashpoint", "status", "--db", small_db, "--json"],
                               capture_output=True, text=True, timeout=60)
        assert other.returncode == 0, other.stderr
        assert json.loads(other.stdout)["events"] == 44 and "through the server" in other.stderr
        found = subprocess.run([sys.executable, "-m", "flashpoint", "events", "--db", small_db, "--search",
                                "near the border", "--format", "jsonl"], capture_output=True, text=True, timeout=60)
        assert found.returncode == 0, found.stderr
        assert [json.loads(line)["cameo"] for line in found.stdout.splitlines()] == ["190"]  # searched by the server
        (tmp_path / "a.txt").write_text("Serbia criticized Kosovo on 2021-03-16.", encoding="utf-8")
        start = time.monotonic()
        ingest = subprocess.run([sys.executable, "-m", "flashpoint", "ingest", str(tmp_path / "a.txt"), "--db", small_db],
                                capture_output=True, text=True, timeout=60)
        assert ingest.returncode == 4 and time.monotonic() - start < 15, ingest.stderr  # not the 30 s --wait
        assert f"held by flashpoint serve at http://127.0.0.1:{port} (process {proc.pid})" in ingest.stderr
        assert f"POST http://127.0.0.1:{port}/api/articles" in ingest.stderr
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert "serving" in (proc.stderr.read() if proc.stderr else "")
    assert not os.path.exists(small_db + ".server.json")  # a clean stop takes the file away


def test_serve_usage_errors(capsys, tmp_path):
    assert main(["serve", "--db", str(tmp_path / "x.duckdb"), "--port", "70000"]) == 2
    assert "--port" in capsys.readouterr().err
    assert main(["serve", "--db", str(tmp_path / "no" / "x.duckdb"), "--read-only"]) == 2
    assert "no store" in capsys.readouterr().err


@pytest.mark.model
def test_demo_leaves_a_store_and_says_how_to_serve_it(tmp_path, capsys):
    db = str(tmp_path / "demo.duckdb")
    assert main(["demo", "--db", db, "--workers", "1"]) == 0
    out = capsys.readouterr().out
    assert f"flashpoint serve --db {db}" in out
    from flashpoint.store import open_store

    with open_store(db, read_only=True) as st:
        assert st.value("SELECT count(*) FROM events") > 100
