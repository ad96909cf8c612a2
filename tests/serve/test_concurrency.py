"""Reads while writing: the server keeps answering while articles are added to the same store."""

from __future__ import annotations

import threading
import time

import httpx
from fp_factory import fake_code
from serve_helpers import live_server

from flashpoint.serve import ServerState


def slow_code(articles, on_failure=None):
    """The stand-in coder, slowed down so writes take a while."""
    time.sleep(0.05 * len(articles))
    return fake_code(articles)


def test_reads_go_on_while_articles_are_ingested(small_db):
    posts, per_post = 12, 3
    with ServerState(small_db, code=slow_code) as state, live_server(state) as url:
        writing = threading.Event()
        done = threading.Event()
        problems: list[str] = []
        seen: dict[int, list[int]] = {}
        during = [0]

        def writer() -> None:
            with httpx.Client(base_url=url, timeout=30) as c:
                writing.set()
                for i in range(posts):
                    # dates two days apart: each mention its own event (the store joins those a day apart)
                    arts = [{"id": f"live-{i}-{k}", "text": f"Russia accused Serbia on 2023-0{1 + k}-{1 + 2 * i:02d}.",
                             "published": f"2023-0{1 + k}-{1 + 2 * i:02d}"} for k in range(per_post)]
                    r = c.post("/api/articles", json=arts)
                    if r.status_code != 201:
                        problems.append(f"POST {r.status_code} {r.text[:200]}")
            done.set()

        def reader(n: int) -> None:
            totals = seen.setdefault(n, [])
            writing.wait(10)
            with httpx.Client(base_url=url, timeout=30) as c:
                while not done.is_set():
                    for path, params in (("/api/events", {"actor": "RUS", "limit": 5}),
                                         ("/api/timeline", {"a": "RUS", "b": "SRB", "freq": "month"}),
                                         ("/api/status", {})):
                        r = c.get(path, params=params)
                        if r.status_code != 200:
                            problems.append(f"GET {path} {r.status_code} {r.text[:200]}")
                        elif path == "/api/events":
                            totals.append(r.json()["total"])
                            if not done.is_set():
                                during[0] += 1

        threads = [threading.Thread(target=writer)] + [threading.Thread(target=reader, args=(n,)) for n in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        assert not any(t.is_alive() for t in threads)
        assert problems == []
        assert during[0] >= 10  # readers were answered while the writes went on
        for totals in seen.values():
            assert totals == sorted(totals)  # every read sees a committed state, never one going back
        with httpx.Client(base_url=url) as c:
            assert c.get("/api/events", params={"actor": "RUS"}).json()["total"] == posts * per_post
            assert c.get("/api/status").json()["articles"] == 15 + posts * per_post


def test_the_python_client_posts_in_batches_and_reports_refusals(small_db):
    import pytest

    from flashpoint.errors import StoreError
    from flashpoint.records import Article
    from flashpoint.serve.client import post_articles

    arts = [Article(id=f"c{i}", text=f"Russia met Albania on 2024-02-{1 + 2 * i:02d}.", published="2024-02-01")
            for i in range(5)]
    with ServerState(small_db, code=fake_code) as state, live_server(state) as url:
        answers = post_articles(url, arts, batch=2)
        assert len(answers) == 3 and sum(a["ingest"]["stored"] for a in answers) == 5
        assert httpx.get(url + "/api/events", params={"dyad": "RUS,ALB"}).json()["total"] == 5
        with pytest.raises(StoreError, match="articles.0.published"):
            post_articles(url, [{"text": "x", "published": "soon"}])
    with pytest.raises(StoreError, match="cannot reach"):
        post_articles(url, arts[:1], timeout=2)
