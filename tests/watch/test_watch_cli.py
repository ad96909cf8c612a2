"""``flashpoint watch`` as users meet it: the real command line against the local news site and a real
DuckDB file (the fake coder stands in for the model, except in the test marked ``model``)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest
from test_watcher import newsroom
from watch_site import STORIES, add_story, fake_watch_code, rss

from flashpoint.cli import watch_cmd
from flashpoint.cli.main import main

FAST_ARGS = ["--timeout", "0.5", "--retries", "1", "--backoff", "0", "--host-interval", "0", "--max-bytes", "500000"]


@pytest.fixture()
def fake_model(monkeypatch):
    monkeypatch.setattr(watch_cmd, "_coder", lambda settings: fake_watch_code)


def _toml(path: Path, sources) -> str:
    path.write_text("".join(f'[[source]]\nurl = "{s.url}"\nname = "{s.name}"\ninterval = "5m"\ntags = ["test"]\n\n'
                            for s in sources), encoding="utf-8")
    return str(path)


def _run(argv, capsys):
    code = main(argv)
    _, err = capsys.readouterr()
    return code, err


def _articles(db):
    with duckdb.connect(db, read_only=True) as con:
        return [r[0] for r in con.execute("SELECT url FROM articles ORDER BY url").fetchall()]


def test_watch_once_stores_each_good_story_once_and_names_each_bad_source(site, tmp_path, capsys, fake_model):
    good, bad = newsroom(site)
    sources = _toml(tmp_path / "sources.toml", good + bad)
    db = str(tmp_path / "w.duckdb")
    code, err = _run(["watch", sources, "--db", db, "--once", *FAST_ARGS], capsys)
    assert code == 1, err  # some sources failed: each named, the rest done
    assert _articles(db) == [site.url(f"/news/{s}") for s in ("belgrade", "bucharest", "podgorica", "tirana")]
    lines = err.splitlines()
    for name, words in (("broken.xml", "malformed feed"), ("slow.xml", "timed out"), ("500.xml", "HTTP 500"),
                        ("huge.xml", "too large"), ("loop.xml", "redirect loop")):
        assert any(ln.startswith(f"flashpoint: error: {name}: ") and words in ln for ln in lines), (name, err)
    assert "flashpoint: watch: A: 2 new, 0 seen, 1 failed, 1 not English" in lines
    assert "flashpoint: watch: B: 1 new, 1 seen, 0 failed" in lines
    assert any(ln.startswith("flashpoint: error: A: ") and "/news/missing" in ln and "HTTP 500" in ln for ln in lines)
    assert lines[-1] == (f"flashpoint: watch: 8 sources (5 failed): 4 new, 1 seen, 1 failed, 1 not English; "
                         f"{db} holds 4 articles")

    code, err = _run(["watch", sources, "--db", db, "--once", *FAST_ARGS], capsys)  # run again: nothing repeated
    assert code == 1
    assert "flashpoint: watch: A: unchanged" not in err  # its failed page was tried again, so it reports counts
    assert "flashpoint: watch: B: unchanged" in err.splitlines()
    assert len(_articles(db)) == 4
    with duckdb.connect(db, read_only=True) as con:
        assert con.execute("SELECT tags FROM watch_sources WHERE name = 'A'").fetchone()[0] == ["test"]
        assert con.execute("SELECT count(*) FROM watch_items WHERE status = 'stored'").fetchone()[0] == 4


def test_all_good_sources_exit_0(site, tmp_path, capsys, fake_model):
    add_story(site, "tirana")
    site.add("/f.xml", rss([("t", site.url("/news/tirana"), "Mon, 02 Apr 2018 09:00:00 GMT")]),
             content_type="application/rss+xml")
    from flashpoint.watch.sources import Source

    sources = _toml(tmp_path / "s.toml", [Source(site.url("/f.xml"), "F")])
    db = str(tmp_path / "w.duckdb")
    code, err = _run(["watch", sources, "--db", db, "--once", *FAST_ARGS], capsys)
    assert code == 0, err
    assert "flashpoint: watch: F: 1 new, 0 seen, 0 failed" in err


def test_a_bad_sources_file_is_a_usage_error_naming_the_line(tmp_path, capsys):
    f = tmp_path / "s.toml"
    f.write_text('[[source]]\nurl = "http://a.example/f"\n\n[[source]]\nname = "x"\n', encoding="utf-8")
    code, err = _run(["watch", str(f), "--db", str(tmp_path / "w.duckdb"), "--once"], capsys)
    assert code == 2
    assert f"flashpoint: error: {f}:4: source 2: 'url' is missing" in err
    assert not (tmp_path / "w.duckdb").exists()  # nothing created for a bad file
    code, err = _run(["watch", str(tmp_path / "none.toml"), "--once"], capsys)
    assert code == 2 and "no such file" in err


def test_bad_options_are_usage_errors(tmp_path, capsys):
    f = tmp_path / "s.toml"
    f.write_text('[[source]]\nurl = "http://a.example/f"\n', encoding="utf-8")
    with pytest.raises(SystemExit) as info:
        main(["watch", str(f), "--timeout", "0"])
    assert info.value.code == 2
    code, err = _run(["watch", str(f), "--db", str(tmp_path / "w.duckdb"), "--max-new", "0", "--once"], capsys)
    assert code == 2 and "--max-new: must be at least 1" in err


@pytest.mark.model
def test_a_killed_watcher_restarted_neither_loses_nor_repeats_an_article(site, tmp_path):
    """kill -9 while the watcher waits for a page; the restart stores the rest, each story once, and does
    not fetch again the pages stored before the kill."""
    for slug in STORIES:
        add_story(site, slug)
    gate = threading.Event()
    site.routes["/news/bucharest"].gate = gate  # the third page answers only when the gate opens
    items = [(s, site.url(f"/news/{s}"), "Mon, 02 Apr 2018 09:00:00 GMT") for s in STORIES]
    site.add("/f.xml", rss(items), content_type="application/rss+xml", etag='"v1"')
    from flashpoint.watch.sources import Source

    sources = _toml(tmp_path / "s.toml", [Source(site.url("/f.xml"), "F")])
    db = str(tmp_path / "w.duckdb")
    argv = [sys.executable, "-m", "flashpoint", "watch", sources, "--db", db, "--once", "--commit-every", "1",
            "--workers", "1", *FAST_ARGS, "--timeout", "60"]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen(argv, env=env, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while site.hits("/news/bucharest") == 0 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        assert site.hits("/news/bucharest") == 1, proc.stderr.read() if proc.poll() is not None else "no request"
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    gate.set()
    stored_before = _articles(db)
    assert stored_before == [site.url("/news/belgrade"), site.url("/news/tirana")]  # committed one by one
    done = subprocess.run(argv, env=env, stderr=subprocess.PIPE, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert _articles(db) == sorted(site.url(f"/news/{s}") for s in STORIES)
    assert site.hits("/news/belgrade") == 1 and site.hits("/news/tirana") == 1  # not fetched again
    assert "if-none-match" not in site.requests_to("/f.xml")[-1]  # the killed poll saved no validators
    with duckdb.connect(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM mentions").fetchone()[0] > 0  # coded by the real model

