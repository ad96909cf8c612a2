"""The table's text search on the server: ``q`` on /api/events and /api/export, over the whole filter."""

from __future__ import annotations

import json

from test_http_api import error

from flashpoint.store import EventFilter, query_events


def page(client, **params) -> dict:
    resp = client.get("/api/events", params=params)
    assert resp.status_code == 200, resp.text
    return resp.json()


def test_a_search_finds_events_beyond_the_first_page(client):
    every = [e for off in range(0, 44, 10) for e in page(client, limit=10, offset=off)["events"]]
    assert len(every) == 44
    (where,) = [i for i, e in enumerate(every) if e["cameo"] == "190"]  # "attacked Kosovo near the border"
    assert where >= 20  # on page 3 or later of the unsearched table, not on the first
    found = page(client, q="near the Border", limit=10)
    assert found["total"] == 1 and found["next_offset"] is None
    assert [e["event_id"] for e in found["events"]] == [every[where]["event_id"]]


def test_paging_and_counts_are_of_the_searched_set(client, state):
    with state.reader() as st:
        want = query_events(st, EventFilter(text="criticized"))
    assert len(want) == 11
    got, offset = [], 0
    while offset is not None:
        p = page(client, q="criticized", limit=4, offset=offset)
        assert p["total"] == 11
        got += p["events"]
        offset = p["next_offset"]
    assert got == want
    assert page(client, q="criticized", pair="XKX,SRB")["total"] == 11
    assert page(client, q="criticized", dyad="XKX,SRB")["total"] == 0
    assert page(client, q="criticized kosovo", quad=3)["total"] == 11
    assert page(client, q="criticized tirana")["total"] == 0
    assert page(client, q="   ")["total"] == 44  # nothing to look for: no search


def test_the_index_and_sql_answer_a_search_alike(client, state):
    assert state.index_generation == state.generation  # pages come from the events index
    for q in ("criticized", "tirana albania", '"near the border"', "SRBGOV", "nothing-like-this"):
        from_index = page(client, q=q, limit=1000)
        from_sql = page(client, q=q, limit=1000, exclude_flagged="true")  # flagged events: always SQL
        assert from_index == from_sql, q


def test_cached_pages_are_per_search(client):
    a = page(client, q="attacked")
    b = page(client, q="accused")
    assert a["total"] == 1 and b["total"] == 11 and a["events"] != b["events"]
    assert page(client, q="attacked") == a and page(client, q="accused") == b  # from the cache, each its own
    assert page(client, q="Attacked")["total"] == 1


def test_export_honours_the_search(client):
    resp = client.get("/api/export", params={"q": "near the border", "format": "jsonl"})
    assert resp.status_code == 200 and resp.headers["X-Flashpoint-Written"] == "1"
    (row,) = [json.loads(line) for line in resp.text.splitlines()]
    assert row["cameo"] == "190"
    csv = client.get("/api/export", params={"q": "criticized", "format": "csv"})
    assert csv.headers["X-Flashpoint-Written"] == "11" and len(csv.text.splitlines()) == 12
    assert client.get("/api/export", params={"q": "tirana", "place": "Tirana"}).headers["X-Flashpoint-Written"] == "11"
    assert client.get("/api/export", params={"q": "tirana", "place": "Pristina"}).headers["X-Flashpoint-Written"] == "0"
    mentions = client.get("/api/export", params={"q": "near the border", "mentions": "true"}).text.splitlines()
    assert len(mentions) == 1 and "near the border" in json.loads(mentions[0])["sentence"]


def test_a_search_is_only_ever_a_parameter(client):
    for q in ("x'); DROP TABLE events; --", "' OR '1'='1", "%", "_", "\\", "%' OR 1=1 --"):
        assert page(client, q=q)["total"] == 0, q
        assert client.get("/api/export", params={"q": q}).headers["X-Flashpoint-Written"] == "0"
    assert page(client)["total"] == 44
    error(client.get("/api/events", params={"q": "x" * 201}), 400, "invalid_parameter", "q")
