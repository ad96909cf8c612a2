"""The "wrong event" flag over HTTP: set, shown with the event, left out of counts on request, removed."""

from __future__ import annotations

from test_http_api import error


def test_flag_an_event_and_count_without_it(client):
    rows = client.get("/api/events", params={"dyad": "SRB,XKX", "since": "2021-03-15", "until": "2021-03-21"}).json()
    ids = [e["event_id"] for e in rows["events"]]
    assert len(ids) == 3
    g0 = client.get("/api/generation").json()["generation"]
    for eid in ids:
        r = client.post(f"/api/events/{eid}/flag", json={"note": "misread"})
        assert r.status_code == 201 and r.json()["flag"]["flag"] == "wrong"
    assert client.get("/api/generation").json()["generation"] > g0  # cached answers go
    d = client.get(f"/api/events/{ids[0]}").json()
    assert d["flag"]["note"] == "misread"
    params = {"dyad": "SRB,XKX", "since": "2021-03-15", "until": "2021-03-21"}
    assert client.get("/api/events", params=params).json()["total"] == 3
    assert client.get("/api/events", params={**params, "exclude_flagged": "true"}).json()["total"] == 0
    al = client.get("/api/alerts", params={"dyad": "SRB,XKX", "freq": "week"}).json()["alerts"]
    assert [a["period"] for a in al] == ["2021-03-15"]
    al = client.get("/api/alerts", params={"dyad": "SRB,XKX", "freq": "week", "exclude_flagged": "true"}).json()
    assert al["alerts"] == []
    tl = client.get("/api/timeline", params={"a": "SRB", "b": "XKX", "freq": "week", "exclude_flagged": "true"}).json()
    assert sum(r["events"] for r in tl["rows"] if r["period"] == "2021-03-15" and r["source"] == "SRB") == 0
    assert client.delete(f"/api/events/{ids[0]}/flag").json()["removed"] is True
    assert client.delete(f"/api/events/{ids[0]}/flag").json()["removed"] is False
    assert client.get(f"/api/events/{ids[0]}").json()["flag"] is None
    assert client.get("/api/events", params={**params, "exclude_flagged": "true"}).json()["total"] == 1


def test_flag_errors(client, make_client, small_db):
    error(client.post("/api/events/0123456789abcdef0123/flag", json={}), 404, "not_found", "event_id")
    eid = client.get("/api/events").json()["events"][0]["event_id"]
    r = client.post(f"/api/events/{eid}/flag", json={"note": "x" * 2001})
    assert r.status_code == 422
    assert client.post(f"/api/events/{eid}/flag").status_code == 201  # no body: no note


def test_a_read_only_server_stores_no_flag(tmp_path, make_client, small_db):
    from flashpoint.serve import ServerState

    with ServerState(small_db, read_only=True) as st, make_client(st, raise_server_exceptions=False) as c:
        eid = c.get("/api/events").json()["events"][0]["event_id"]
        error(c.post(f"/api/events/{eid}/flag", json={}), 403, "read_only")
        error(c.delete(f"/api/events/{eid}/flag"), 403, "read_only")
