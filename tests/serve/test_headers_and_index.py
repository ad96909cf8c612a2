"""Every response carries the security headers (errors included), and pages of events come from the
server's in-memory index, built before the first request and refreshed with every write."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request

import pytest
from fp_factory import fake_code
from serve_helpers import live_server
from test_http_api import error

from flashpoint.analysis.browse import events_page
from flashpoint.serve import ServerState
from flashpoint.serve.app import SECURITY_HEADERS
from flashpoint.serve.eventindex import EventIndex
from flashpoint.store import EventFilter


def assert_secured(resp) -> None:
    for name, value in SECURITY_HEADERS.items():
        assert resp.headers.get(name) == value, (resp.status_code, name)


def _boom(*_args, **_kwargs):
    raise RuntimeError("secret internals at /srv/x")


def test_every_response_carries_the_security_headers(client, state, monkeypatch):
    ok = client.get("/api/events", params={"actor": "SRB"})
    assert ok.status_code == 200
    assert_secured(ok)
    hit = client.get("/api/events", params={"actor": "SRB"})  # answered by the cache layer
    assert hit.content == ok.content
    assert_secured(hit)
    assert_secured(client.get("/"))
    assert_secured(client.get("/openapi.json"))
    for resp, status, code in [
        (client.get("/api/nothing-here"), 404, "not_found"),
        (client.get("/static/nope.js"), 404, "not_found"),
        (client.get("/api/events/ffff"), 404, "not_found"),
        (client.delete("/api/events"), 405, "method_not_allowed"),
        (client.put("/api/articles", json={}), 405, "method_not_allowed"),
        (client.get("/api/events", params={"since": "2020-13-01"}), 400, "invalid_parameter"),
        (client.post("/api/articles", json={"text": ""}), 422, "invalid_body"),
    ]:
        error(resp, status, code)
        assert_secured(resp)

    monkeypatch.setattr(state, "events_page", _boom)  # an unhandled exception in a handler
    err = client.get("/api/events", params={"actor": "XKX"})
    assert "secret" not in error(err, 500, "internal_error")["message"]
    assert_secured(err)

    monkeypatch.setattr(state.cache, "get", _boom)  # ... and in the outer (cache) layer, before any route
    err = client.get("/api/events", params={"actor": "ALB"})
    assert "secret" not in error(err, 500, "internal_error")["message"]
    assert_secured(err)


def test_a_real_server_sends_the_headers_on_500(small_db):
    with ServerState(small_db, code=_boom) as st, live_server(st) as base:
        req = urllib.request.Request(base + "/api/articles", data=json.dumps({"text": "Serbia met Kosovo."}).encode(),
                                     headers={"content-type": "application/json"}, method="POST")
        with pytest.raises(urllib.error.HTTPError) as info:
            urllib.request.urlopen(req, timeout=20)  # noqa: S310 - our own local server
        assert info.value.code == 500
        assert json.loads(info.value.read())["error"]["code"] == "internal_error"
        for name, value in SECURITY_HEADERS.items():
            assert info.value.headers.get(name) == value


def test_the_index_is_built_before_the_first_request(small_db):
    with ServerState(small_db, code=fake_code) as st:
        assert st.index_generation is None
        with live_server(st) as base:
            assert st.index_generation == 0  # warmed at start-up, nothing asked yet
            with urllib.request.urlopen(base + "/api/status", timeout=20) as resp:  # noqa: S310
                assert json.loads(resp.read())["server"]["index"] == {"generation": 0}


def _wait_for_index(st: ServerState, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while st.index_generation != st.generation:
        assert time.monotonic() < deadline, "the index was not rebuilt"
        time.sleep(0.02)


def test_pages_follow_writes_and_the_index_is_refreshed_with_them(small_db, make_client):
    with ServerState(small_db, code=fake_code, index_delay=0.05) as st, make_client(st) as c:
        assert st.index_generation == st.generation == 0
        with st.reader() as r:
            assert st.events_page(EventFilter(actor="SRB"), limit=5, offset=3) == events_page(
                r, EventFilter(actor="SRB"), limit=5, offset=3)
        assert c.get("/api/events", params={"actor": "RUS"}).json()["total"] == 0
        resp = c.post("/api/articles", json={"id": "r1", "text": "Russia praised Serbia on 2022-05-01.",
                                             "published": "2022-05-01"})
        assert resp.status_code == 201 and st.generation > 0
        # at once: the write refreshed the index before its generation showed
        assert st.index_generation == st.generation
        assert c.get("/api/events", params={"actor": "RUS"}).json()["total"] == 1
        page = c.get("/api/events", params={"pair": "RUS,SRB", "limit": 3}).json()
        assert page["total"] == 1 and page["events"][0]["source_country"] == "RUS"
        assert c.get("/api/status").json()["server"]["index"]["generation"] == st.generation
        with st.reader() as r:
            for f, pair in ((EventFilter(), None), (EventFilter(quad=3), ("SRB", "XKX")), (EventFilter(actor="RUS"), None)):
                assert st.events_page(f, limit=4, offset=1, pair=pair) == events_page(r, f, limit=4, offset=1, pair=pair)


def test_where_the_index_cannot_be_refreshed_it_is_built_again(small_db, make_client, monkeypatch):
    monkeypatch.setattr(EventIndex, "refreshed", lambda *a, **kw: None)
    with ServerState(small_db, code=fake_code, index_delay=0.05) as st, make_client(st) as c:
        resp = c.post("/api/articles", json={"id": "r1", "text": "Russia praised Serbia on 2022-05-01.",
                                             "published": "2022-05-01"})
        assert resp.status_code == 201 and st.generation > 0
        # the page comes from SQL (the index is behind) and already has the new event
        assert c.get("/api/events", params={"actor": "RUS"}).json()["total"] == 1
        _wait_for_index(st)
        with st.reader() as r:
            assert st.events_page(EventFilter(), limit=50) == events_page(r, EventFilter(), limit=50)


def test_an_older_index_never_replaces_a_newer_one(small_db, make_client):
    with ServerState(small_db, code=fake_code) as st, make_client(st) as c:
        c.post("/api/articles", json={"id": "r1", "text": "Russia praised Serbia on 2022-05-01."})
        newer = st._index
        assert newer is not None and newer.generation == st.generation > 0
        st.generation -= 1  # as a background build that started before the write and ends after it
        st._build_index()
        st.generation += 1
        assert st._index is newer


def test_without_the_index_pages_come_from_sql(small_db, make_client):
    with ServerState(small_db, code=fake_code, index_limit=0) as st, make_client(st) as c:
        assert st.index_generation is None
        page = c.get("/api/events", params={"pair": "SRB,XKX", "limit": 2, "offset": 1}).json()
        with st.reader() as r:
            want = events_page(r, EventFilter(), limit=2, offset=1, pair=("SRB", "XKX")).to_dict()
        assert page == json.loads(json.dumps(want))
        assert st.index_generation is None
