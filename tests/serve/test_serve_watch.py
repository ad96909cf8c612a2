"""``flashpoint serve --watch`` as users meet it: a real server process (the stand-in coder: fake_cli.py)
watching a local news site, a webhook receiver, and other commands run beside it on the same store."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import httpx
import pytest
from serve_helpers import free_port

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "watch"))
sys.path.insert(0, str(HERE.parent / "notify"))

from hook_receiver import Receiver  # noqa: E402
from watch_site import Site, page, rss  # noqa: E402

INTERVAL = 2.0  # seconds between polls of the feed
FILLER = ["Officials in Belgrade said the dispute broke an agreement reached under European mediation last year.",
          "The government summoned diplomats and asked the mission to explain what had happened at the crossing."]
STORIES = {  # slug: (first sentence, published)
    "baseline": ("Albania praised the Kosovo on 2018-03-05 for reopening the crossing to trucks.", "2018-03-05"),
    "spike1": ("Serbia criticized the Kosovo on 2018-03-26 over the arrest of an official.", "2018-03-26"),
    "spike2": ("Serbia criticized the Kosovo on 2018-03-28 over new border checks.", "2018-03-28"),
    "spike3": ("Serbia criticized the Kosovo on 2018-03-30 after a second arrest at the crossing.", "2018-03-30"),
    "gated": ("Romania met the Serbia in Belgrade on 2018-03-30 to discuss a rail corridor.", "2018-03-30"),
    "fresh": ("Montenegro praised the Croatia on 2018-03-31 for settling the maritime border.", "2018-03-31"),
}


def _publish(site: Site, slugs: list[str], version: int) -> None:
    for slug in slugs:
        if f"/news/{slug}" not in site.routes:
            site.add(f"/news/{slug}", page(f"Story {slug}", [STORIES[slug][0], *FILLER]))
    items = [(f"Story {s}", site.url(f"/news/{s}"), f"{STORIES[s][1]}T09:00:00Z") for s in slugs]
    site.add("/feed.xml", rss(items), content_type="application/rss+xml", etag=f'"v{version}"')


def _start(db: str, sources: str, port: int) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(HERE / "fake_cli.py"), "serve", "--db", db, "--port", str(port),
                             "--watch", sources, "--host-interval", "0", "--timeout", "2", "--retries", "0",
                             "--commit-every", "1"], stderr=subprocess.PIPE, text=True)


def _until(what, timeout: float = 30.0, proc: subprocess.Popen[str] | None = None):
    deadline = time.monotonic() + timeout
    while True:
        try:
            got = what()
        except httpx.TransportError:
            got = None
        if got:
            return got
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"the server exited: {proc.stderr.read() if proc.stderr else ''}")
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def _cli(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "flashpoint", *argv], capture_output=True, text=True, timeout=60)


@pytest.fixture()
def site():
    s = Site()
    try:
        yield s
    finally:
        s.close()


def test_serve_watch_stores_alerts_and_shares_the_store(site, tmp_path):
    """One server process watches the site and records an alert whose webhook fails (500); kill -9 while
    it waits for a page; the restarted server sends the alert once, stores the rest once, picks up a new
    story within one poll interval, while events reads through it and ingest is told where to go."""
    db = str(tmp_path / "live.duckdb")
    gate = threading.Event()
    _publish(site, ["baseline", "spike1", "spike2", "spike3", "gated"], 1)
    site.routes["/news/gated"].gate = gate
    receiver = Receiver(default=500)
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nurl = "{site.url("/feed.xml")}"\nname = "Site"\ninterval = "{INTERVAL:g}s"\n\n'
                       f'[[alert]]\ndyad = ["SRB", "XKX"]\nfreq = "week"\nwindow = 2\n\n'
                       f'[[webhook]]\nurl = "{receiver.url}"\nsecret = "k"\n', encoding="utf-8")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = _start(db, str(sources), port)
    try:
        # the spike is stored and its alert recorded; the webhook answers 500; the watcher waits on a page
        alerts = _until(lambda: httpx.get(f"{base}/api/alerts/recorded", timeout=5).json()["alerts"], 60, proc)
        assert [(a["a"], a["b"], a["period"], a["conflict"]) for a in alerts] == [("SRB", "XKX", "2018-03-26", 3)]
        _until(lambda: receiver.posts and site.hits("/news/gated"), 30, proc)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert os.path.exists(db + ".server.json")  # left by the killed server: stale now, ignored
    assert receiver.delivered() == []
    receiver.default = 200
    site.routes["/news/gated"].gate = None
    gate.set()

    proc = _start(db, str(sources), port)
    try:
        _until(lambda: receiver.delivered(), 60, proc)  # the restarted server sends what it owed
        _until(lambda: httpx.get(f"{base}/api/status", timeout=5).json()["articles"] == 5, 30, proc)
        status = httpx.get(f"{base}/api/status", timeout=5).json()
        assert status["server"]["watch"] == {"sources": 1}

        # a new story appears: it is stored within one poll interval, and the page's generation moves
        before = httpx.get(f"{base}/api/generation", timeout=5).json()
        _publish(site, ["baseline", "spike1", "spike2", "spike3", "gated", "fresh"], 2)
        # (picked up by a later poll of the running server; how fast is a benchmark's business, not a
        # test's: the bound here only keeps a broken watcher from hanging the suite)
        _until(lambda: httpx.get(f"{base}/api/status", timeout=5).json()["articles"] == 6, INTERVAL * 5 + 30, proc)
        # the generation moves once the watcher's batch is done (right after its commit)
        _until(lambda: httpx.get(f"{base}/api/generation", timeout=5).json()["generation"] > before["generation"],
               30, proc)
        after = httpx.get(f"{base}/api/generation", timeout=5).json()
        assert after["instance"] == before["instance"]

        # flashpoint events on the same store works while the server runs (through its API)
        events = _cli("events", "--db", db, "--format", "jsonl")
        assert events.returncode == 0, events.stderr
        rows = [json.loads(x) for x in events.stdout.splitlines()]
        assert ("MNEGOV", "HRVGOV") in {(r["source_code"], r["target_code"]) for r in rows}
        assert "through the server" in events.stderr

        # ingest is told at once where to send articles, and --server sends them there
        (tmp_path / "a.txt").write_text("Albania met the Serbia on 2018-04-01 to talk about trade and energy. "
                                        + " ".join(FILLER), encoding="utf-8")
        start = time.monotonic()
        ingest = _cli("ingest", str(tmp_path / "a.txt"), "--db", db)
        assert ingest.returncode == 4 and time.monotonic() - start < 15, ingest.stderr
        assert f"held by flashpoint serve at {base}" in ingest.stderr and f"POST {base}/api/articles" in ingest.stderr
        sent = _cli("ingest", str(tmp_path / "a.txt"), "--server", base)
        assert sent.returncode == 0 and "1 stored" in sent.stderr, sent.stderr
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 143
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        receiver.close()
    assert not os.path.exists(db + ".server.json")

    # nothing lost, nothing repeated: each story once, one alert, sent once
    with duckdb.connect(db, read_only=True) as con:
        urls = [r[0] for r in con.execute("SELECT coalesce(url, article_id) FROM articles").fetchall()]
        assert len(urls) == len(set(urls)) == 7
        assert con.execute("SELECT count(*) FROM alerts").fetchone()[0] == 1
        assert con.execute("SELECT state FROM alert_outbox").fetchall() == [("delivered",)]
        assert con.execute("SELECT count(*) FROM deliveries WHERE ok").fetchone()[0] == 1
    assert len(receiver.delivered()) == 1
    assert len({p.alert_id for p in receiver.posts}) == 1
    assert receiver.delivered()[0].headers["x-flashpoint-signature"].startswith("sha256=")
    assert receiver.delivered()[0].json["link"].startswith(f"{base}/#a=SRB&b=XKX&freq=week&since=2018-03-26")
