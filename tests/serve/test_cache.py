"""The response cache: generations, LRU, one computation for concurrent misses, and the fast path."""

from __future__ import annotations

import threading
import time

import pytest

from flashpoint.serve.cache import ResponseCache, cache_key


def test_entries_answer_only_for_their_generation_and_the_lru_evicts():
    c = ResponseCache(size=2)
    c.put("a", 1, "application/json", b"A")
    assert c.get("a", 1) == ("application/json", b"A") and c.get("a", 2) is None
    c.put("b", 1, "t", b"B")
    c.get("a", 1)
    c.put("c", 1, "t", b"C")  # evicts b, the least recently used
    assert c.get("b", 1) is None and c.get("a", 1) is not None
    c.clear()
    assert c.get("a", 1) is None
    assert cache_key("/api/events", [("b", "2"), ("a", "1")]) == cache_key("/api/events", [("a", "1"), ("b", "2")])


def test_concurrent_misses_compute_once():
    c = ResponseCache()
    calls = []

    def compute():
        calls.append(1)
        time.sleep(0.2)
        return "application/json", b"answer"

    results = []
    threads = [threading.Thread(target=lambda: results.append(c.get_or_compute("k", 7, compute))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1 and results == [("application/json", b"answer")] * 8
    assert (c.hits, c.misses) == (0, 1)
    assert c.get_or_compute("k", 7, compute) == ("application/json", b"answer") and len(calls) == 1
    assert c.get_or_compute("k", 8, compute) and len(calls) == 2  # a new generation computes again


def test_failures_are_not_cached():
    c = ResponseCache()

    def boom():
        raise ValueError("no")

    with pytest.raises(ValueError):
        c.get_or_compute("k", 1, boom)
    assert c.get("k", 1) is None
    assert c.get_or_compute("k", 1, lambda: ("t", b"ok")) == ("t", b"ok")
    off = ResponseCache(size=0)
    n = []
    for _ in range(2):
        off.get_or_compute("k", 1, lambda: (n.append(1), ("t", b"x"))[1])
    assert len(n) == 2


def test_repeated_reads_come_from_the_cache_with_the_same_headers(client):
    params = {"pair": "SRB,XKX", "limit": 3}
    first = client.get("/api/events", params=params)
    before = client.get("/api/status").json()["server"]["cache"]["hits"]
    second = client.get("/api/events", params={"limit": 3, "pair": "SRB,XKX"})  # same query, other order
    assert second.content == first.content
    assert client.get("/api/status").json()["server"]["cache"]["hits"] == before + 1
    assert second.headers["content-security-policy"] == first.headers["content-security-policy"]
    assert second.headers["content-type"] == "application/json"
    # errors are never cached: the same bad request is validated again
    assert client.get("/api/events", params={"quad": 9}).status_code == 400
    assert client.get("/api/events", params={"quad": 9}).status_code == 400
