"""Every endpoint of the JSON API, its validation and its one error shape."""

from __future__ import annotations

import pytest
from fp_factory import fake_code

from flashpoint.serve import ServerState
from flashpoint.store import EventFilter, query_events

ERROR_KEYS = {"code", "message", "field"}


def error(resp, status: int, code: str, field: str | None = None) -> dict:
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    body = resp.json()
    assert set(body) == {"error"} and set(body["error"]) == ERROR_KEYS
    assert body["error"]["code"] == code and body["error"]["message"]
    if field is not None:
        assert body["error"]["field"] == field
    return body["error"]


def test_status(client):
    st = client.get("/api/status").json()
    assert st["events"] == 44 and st["articles"] == 15 and st["first_date"] == "2020-01-06"
    assert st["server"]["read_only"] is False and st["top_pairs"][0]["source"] in ("SRB", "XKX", "ALB")


def test_events_pages_and_filters_match_the_library(client, state):
    page = client.get("/api/events", params={"limit": 4}).json()
    assert (page["total"], page["limit"], page["offset"], page["next_offset"]) == (44, 4, 0, 4)
    nxt = client.get("/api/events", params={"limit": 4, "offset": 4}).json()
    with state.reader() as st:  # the same store, as the library reads it
        every = query_events(st, EventFilter())
        assert page["events"] + nxt["events"] == every[:8]
        for params, f in [({"actor": "ALB"}, EventFilter(actor="ALB")),
                          ({"dyad": "SRB,XKX"}, EventFilter(dyad=("SRB", "XKX"))),
                          ({"cameo": "17"}, EventFilter(cameo="17")), ({"quad": 1}, EventFilter(quad=1)),
                          ({"min_confidence": 0.8}, EventFilter(min_confidence=0.8)),
                          ({"min_confidence": 0.81}, EventFilter(min_confidence=0.81)),
                          ({"since": "2021-03-15", "until": "2021-03-16"},
                           EventFilter(since="2021-03-15", until="2021-03-16"))]:
            got = client.get("/api/events", params={**params, "limit": 1000}).json()
            assert got["events"] == query_events(st, f) and got["total"] == len(got["events"]), params
    both = client.get("/api/events", params={"pair": "XKX,SRB", "limit": 1000}).json()
    assert both["total"] == 4 + 16 and {(e["source_country"], e["target_country"]) for e in both["events"]} == {
        ("SRB", "XKX"), ("XKX", "SRB")}
    assert client.get("/api/events", params={"min_confidence": 0.81}).json()["total"] == 0  # all are 0.8
    last = client.get("/api/events", params={"offset": 43}).json()
    assert len(last["events"]) == 1 and last["next_offset"] is None


@pytest.mark.parametrize("params, field", [
    ({"since": "2020-13-01"}, "since"), ({"until": "tomorrow"}, "until"), ({"quad": 5}, "quad"),
    ({"quad": "x"}, "quad"), ({"limit": 0}, "limit"), ({"limit": 100000}, "limit"), ({"limit": "ten"}, "limit"),
    ({"offset": -1}, "offset"), ({"cameo": "1x"}, "cameo"), ({"cameo": "17; DROP TABLE events"}, "cameo"),
    ({"dyad": "SRB"}, "dyad"), ({"dyad": "SRB,XKX,ALB"}, "dyad"), ({"pair": ",XKX"}, "pair"),
    ({"pair": "SRB,XKX", "dyad": "SRB,XKX"}, "pair"), ({"since": "2021-01-01", "until": "2020-01-01"}, "until"),
    ({"actor": "x" * 65}, "actor"), ({"min_confidence": 1.5}, "min_confidence"),
    ({"min_confidence": "high"}, "min_confidence"),
])
def test_events_bad_parameters_are_400_with_the_shared_shape(client, params, field):
    error(client.get("/api/events", params=params), 400, "invalid_parameter", field)


def test_sql_injection_in_filters_has_no_effect(client):
    for params in ({"actor": "X'); DROP TABLE events; --"}, {"dyad": "SRB' OR '1'='1,XKX"},
                   {"pair": "SRB,XKX') OR TRUE --"}, {"actor": "SRB\" OR 1=1 --"}):
        resp = client.get("/api/events", params=params)  # names no actor: 404 unknown_actor, nothing run
        error(resp, 404, "unknown_actor")
    resp = client.get("/api/timeline", params={"a": "SRB'; DELETE FROM events; --", "b": "XKX"})
    error(resp, 404, "unknown_actor", "a")
    for q in ("x'); DROP TABLE events; --", "' OR '1'='1", "%"):  # a text search is a parameter: it finds nothing
        assert client.get("/api/events", params={"q": q, "exclude_flagged": "true"}).json()["total"] == 0
    assert client.get("/api/events").json()["total"] == 44
    assert client.get("/api/status").json()["events"] == 44


def test_event_detail_with_sentences_and_highlights(client):
    row = client.get("/api/events", params={"dyad": "SRB,XKX", "cameo": "190"}).json()["events"][0]
    d = client.get(f"/api/events/{row['event_id']}").json()
    assert d["event_id"] == row["event_id"] and d["mentions"] == 1 and d["cameo"] == "190"
    (m,) = d["mention_records"]
    assert m["sentence"] == "Serbia attacked Kosovo near the border on 2021-03-15."
    assert m["article"]["title"] == "Clashes at the boundary"
    assert [(h["role"], h["start"], h["end"], h["text"]) for h in m["highlights"]] == [
        ("source", 0, 6, "Serbia"), ("trigger", 7, 15, "attacked"), ("target", 16, 22, "Kosovo")]
    error(client.get("/api/events/0123456789abcdef0123"), 404, "not_found", "event_id")
    error(client.get("/api/events/bad id!"), 400, "invalid_parameter", "event_id")


def test_timeline(client):
    tl = client.get("/api/timeline", params={"a": "SRB", "b": "XKX", "until": "2020-03-31"}).json()
    assert tl["freq"] == "month" and "cci" in tl["index"]
    assert [(r["period"], r["direction"], r["events"]) for r in tl["rows"]] == [
        ("2020-01-01", "SRB->XKX", 2), ("2020-01-01", "XKX->SRB", 1), ("2020-02-01", "SRB->XKX", 0),
        ("2020-02-01", "XKX->SRB", 0), ("2020-03-01", "SRB->XKX", 1), ("2020-03-01", "XKX->SRB", 0)]
    svg = client.get("/api/timeline", params={"a": "SRB", "b": "XKX", "format": "svg"})
    assert svg.headers["content-type"].startswith("image/svg+xml") and b'class="point"' in svg.content
    error(client.get("/api/timeline", params={"a": "SRB"}), 400, "invalid_parameter", "b")
    error(client.get("/api/timeline", params={"a": "SRB", "b": "XKX", "freq": "hour"}), 400, "invalid_parameter", "freq")
    error(client.get("/api/timeline", params={"a": "SRB", "b": " "}), 400, "invalid_parameter", "b")
    error(client.get("/api/timeline", params={"a": "SRB", "b": "XKX", "since": "2020-02-30"}), 400,
          "invalid_parameter", "since")


def test_alerts(client):
    data = client.get("/api/alerts", params={"dyad": "SRB,XKX", "freq": "week", "window": 6, "drivers": 3}).json()
    assert [(a["period"], a["conflict"], a["z"]) for a in data["alerts"]] == [("2021-03-15", 6, 5.0)]
    assert len(data["alerts"][0]["drivers"]) == 3 and data["alerts"][0]["drivers"][0]["sentence"]
    every = client.get("/api/alerts", params={"freq": "week", "window": 6}).json()
    assert [(a["a"], a["b"]) for a in every["alerts"]] == [("SRB", "XKX")]
    error(client.get("/api/alerts", params={"window": 1}), 400, "invalid_parameter", "window")
    error(client.get("/api/alerts", params={"threshold": 0}), 400, "invalid_parameter", "threshold")
    error(client.get("/api/alerts", params={"dyad": "SRB"}), 400, "invalid_parameter", "dyad")


def test_network_and_places(client):
    net = client.get("/api/network").json()
    assert {n["id"] for n in net["nodes"]} == {"SRB", "XKX", "ALB"} and net["edges"][0]["events"] >= 1
    assert all({"x", "y"} <= set(n) for n in net["nodes"])
    assert client.get("/api/network", params={"since": "2021-01-01", "actor": "ALB"}).json()["nodes"]
    assert client.get("/api/network", params={"format": "svg"}).content.startswith(b"<svg")
    error(client.get("/api/network", params={"top": 0}), 400, "invalid_parameter", "top")
    error(client.get("/api/network", params={"level": "person"}), 400, "invalid_parameter", "level")
    places = client.get("/api/places", params={"pair": "SRB,XKX"}).json()["places"]
    assert places[0]["name"] == "Pristina" and {"lat", "lon", "events", "country"} <= set(places[0])
    error(client.get("/api/places", params={"quad": 9}), 400, "invalid_parameter", "quad")


def test_unknown_routes_and_methods_share_the_error_shape(client):
    error(client.get("/api/nothing"), 404, "not_found")
    error(client.delete("/api/events"), 405, "method_not_allowed")
    error(client.get("/static/../../etc/passwd"), 404, "not_found")
    error(client.get("/static/nothing.js"), 404, "not_found")


def test_openapi_lists_every_endpoint(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/timeline", "/api/alerts", "/api/network", "/api/places",
            "/api/status", "/api/articles"} <= set(spec["paths"])
    assert "ErrorBody" in spec["components"]["schemas"]


def test_post_articles_codes_stores_and_refreshes_reads(client):
    before = client.get("/api/events", params={"actor": "RUS"}).json()["total"]
    assert before == 0
    one = client.post("/api/articles", json={"id": "p1", "text": "Russia praised Serbia on 2022-05-01.",
                                             "published": "2022-05-01", "title": "Praise"})
    assert one.status_code == 201
    body = one.json()
    assert body["ingest"]["stored"] == 1 and body["articles"][0]["id"] == "p1"
    assert body["articles"][0]["status"] == "coded" and len(body["articles"][0]["events"]) == 1
    assert client.get("/api/events", params={"actor": "RUS"}).json()["total"] == 1  # the cache was dropped
    many = client.post("/api/articles", json=[{"id": "p2", "text": "Russia met Kosovo on 2022-05-02."},
                                              {"text": "Albania helped Kosovo on 2022-05-03.", "published": "2022-05-03"}])
    assert many.status_code == 201 and [a["status"] for a in many.json()["articles"]] == ["coded", "coded"]
    assert many.json()["articles"][1]["id"].startswith("api-")
    wrapped = client.post("/api/articles", json={"articles": [{"id": "p1", "text": "Russia praised Serbia on "
                                                                                  "2022-05-01.", "published": "2022-05-01",
                                                               "title": "Praise"}]})
    assert wrapped.json()["ingest"]["unchanged"] == 1  # the same article again changes nothing
    status = client.get("/api/status").json()
    assert status["events"] == 47 and status["server"]["generation"] >= 3


@pytest.mark.parametrize("body, field", [
    ({"title": "no text"}, "articles.0.text"), ({"text": ""}, "articles.0.text"),
    ({"text": "x", "published": "last week"}, "articles.0.published"), ([], "articles"),
    ({"articles": [{"text": "ok"}, {"text": 5}]}, "articles.1.text"), ([{"text": "a"}] * 101, "articles"),
    ("just a string", "articles.0"),
])
def test_post_articles_invalid_bodies_are_422(client, body, field):
    error(client.post("/api/articles", json=body), 422, "invalid_body", field)


def test_post_articles_broken_json_is_422(client):
    error(client.post("/api/articles", content=b"{not json", headers={"content-type": "application/json"}), 422,
          "invalid_body")


def test_script_in_an_article_comes_back_as_plain_text(client):
    text = "Serbia criticized Kosovo <script>alert('x')</script> on 2022-06-01."
    resp = client.post("/api/articles", json={"id": "xss", "text": text, "title": "<b>bold</b> title"})
    event_id = resp.json()["articles"][0]["events"][0]
    detail = client.get(f"/api/events/{event_id}")
    assert detail.headers["content-type"].startswith("application/json")
    m = detail.json()["mention_records"][0]
    assert m["sentence"] == text and m["article"]["title"] == "<b>bold</b> title"  # as written, not as markup
    assert "<script>alert('x')</script>" in detail.text  # a JSON string, never HTML


def test_dashboard_page_and_security_headers(client):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    assert '<script type="module" src="/static/app.js"></script>' in page.text
    for name in ("app.js", "charts.js", "map.js", "app.css"):
        assert client.get(f"/static/{name}").status_code == 200
    js = "".join(client.get(f"/static/{name}").text for name in ("app.js", "charts.js", "map.js"))
    assert "innerHTML" not in js and "insertAdjacentHTML" not in js and "eval(" not in js
    assert "http://" not in js.replace("http://www.w3.org/2000/svg", "")


def test_read_only_server_refuses_writes(small_db, make_client):
    with ServerState(small_db, read_only=True) as st, make_client(st) as c:
        assert c.get("/api/status").json()["server"]["read_only"] is True
        error(c.post("/api/articles", json={"text": "Serbia met Kosovo."}), 403, "read_only")


def test_unexpected_errors_are_500_without_details(small_db, make_client):
    def broken(_articles):
        raise RuntimeError("secret internals at /srv/x")

    with ServerState(small_db, code=broken) as st, make_client(st, raise_server_exceptions=False) as c:
        err = error(c.post("/api/articles", json={"text": "Serbia met Kosovo."}), 500, "internal_error")
        assert "secret" not in err["message"]
        assert c.get("/api/status").status_code == 200  # still serving


def test_fake_coder_is_what_the_tests_think():
    from flashpoint.records import Article

    ((_, events),) = fake_code([Article(id="t", text="Serbia accused Kosovo on 2020-01-01. Nothing.")])
    assert [(e.source.code, e.cameo, e.target.code) for e in events] == [("SRBGOV", "112", "XKXGOV")]


def test_post_articles_refuses_an_article_too_long_for_the_write_lock(client):
    from flashpoint.serve.routes import API_MAX_CHARS

    long = "Serbia criticized the Kosovo. " * (API_MAX_CHARS // 30 + 1)
    r = client.post("/api/articles", json=[{"text": "Serbia met the Albania."}, {"text": long}])
    assert r.status_code == 413
    err = r.json()["error"]
    assert err["code"] == "too_long" and err["field"] == "articles.1.text" and "flashpoint ingest" in err["message"]
