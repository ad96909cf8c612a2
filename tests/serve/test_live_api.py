"""What a page and a feed reader get from a live server: the store's generation, exports as the CLI
writes them, the recorded alerts as JSON and as an Atom feed, alerts opened by API ingest and sent."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import feedparser
import pytest
from fp_factory import build, dyad_items, escalation_items, fake_code

from flashpoint.notify.config import AlertRule, AlertsConfig, DeliverySettings, Webhook
from flashpoint.serve import ServerState
from flashpoint.store import EventFilter, export_events

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "notify"))
from hook_receiver import Receiver  # noqa: E402

SPIKE = AlertsConfig((AlertRule(dyad=("SRB", "XKX"), freq="week"),))


def test_the_generation_moves_with_every_write(client):
    g0 = client.get("/api/generation").json()
    assert set(g0) == {"generation", "instance"}
    assert client.get("/api/generation").headers["cache-control"] == "no-store"
    st = client.get("/api/status").json()
    assert (st["generation"], st["instance"]) == (g0["generation"], g0["instance"])
    assert client.post("/api/articles", json={"text": "Serbia criticized Kosovo on 2022-01-03.",
                                              "published": "2022-01-03"}).status_code == 201
    g1 = client.get("/api/generation").json()
    assert g1["instance"] == g0["instance"] and g1["generation"] > g0["generation"]


def test_export_is_what_flashpoint_events_writes(client, state):
    for fmt in ("csv", "jsonl", "gdelt", "plover"):
        resp = client.get("/api/export", params={"format": fmt, "dyad": "SRB,XKX"})
        out = io.StringIO()
        with state.reader() as st:
            res = export_events(st, EventFilter(dyad=("SRB", "XKX")), fmt, out)
        assert resp.status_code == 200 and resp.text == out.getvalue(), fmt
        assert (int(resp.headers["x-flashpoint-written"]), int(resp.headers["x-flashpoint-skipped"])) == \
            (res.written, res.skipped)
    parquet = client.get("/api/export", params={"format": "parquet", "limit": 3})
    assert parquet.content[:4] == b"PAR1" and parquet.headers["x-flashpoint-written"] == "3"
    mentions = client.get("/api/export", params={"mentions": "true", "actor": "ALB"}).text.splitlines()
    assert mentions and all(json.loads(m)["event_id"] for m in mentions)
    assert client.get("/api/export", params={"mentions": "true", "format": "csv"}).status_code == 400
    assert client.get("/api/export", params={"format": "xml"}).status_code == 400


def test_recorded_alerts_as_json_and_as_an_atom_feed(small_db, make_client):
    with ServerState(small_db, code=fake_code) as st:
        st.alerts(SPIKE)
        with make_client(st) as c:  # starting the server evaluates the rules once
            recorded = c.get("/api/alerts/recorded").json()["alerts"]
            assert [(a["a"], a["b"], a["period"], a["deliveries"]) for a in recorded] == \
                [("SRB", "XKX", "2021-03-15", {})]
            resp = c.get("/alerts.atom")
            again = c.get("/alerts.atom")
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("application/atom+xml")
    assert resp.headers["content-security-policy"]
    feed = feedparser.parse(resp.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.title == "flashpoint alerts" and feed.feed.id.startswith("urn:flashpoint:alerts:")
    [entry] = feed.entries
    assert entry.id == f"urn:flashpoint:alert:{recorded[0]['id']}"
    assert entry.link == "http://testserver/#a=SRB&b=XKX&freq=week&since=2021-03-15&until=2021-03-21"
    assert entry.updated_parsed[:3] == feed.feed.updated_parsed[:3]
    assert "SRB" in entry.title and "6 conflict events" in entry.summary and "2021-03-15" in entry.content[0].value
    assert [e.id for e in feedparser.parse(again.content).entries] == [entry.id]  # stable ids


def test_an_empty_feed_is_still_a_valid_feed(client):
    feed = feedparser.parse(client.get("/alerts.atom").content)
    assert not feed.bozo and feed.entries == [] and feed.feed.updated.startswith("1970")


def test_api_ingest_opens_an_alert_and_the_sender_posts_it_once(tmp_path, make_client):
    items = escalation_items() + dyad_items()
    burst = next(a for a, _ in items if a.id == "burst")
    db = build(str(tmp_path / "calm.duckdb"), [it for it in items if it[0].id != "burst"])
    with Receiver() as rec, ServerState(db, code=fake_code) as st:
        st.alerts(AlertsConfig(SPIKE.rules, (Webhook(rec.url),)), DeliverySettings(backoff=0.01, retry_interval=0.2))
        with make_client(st) as c:
            assert c.get("/api/alerts/recorded").json()["alerts"] == []  # nothing at start
            resp = c.post("/api/articles", json={"id": "burst", "text": burst.text, "published": burst.published})
            assert resp.status_code == 201
            assert rec.wait_for(1, ok=True)
            c.post("/api/articles", json={"id": "more", "text": "Albania praised Kosovo on 2021-03-19.",
                                          "published": "2021-03-19"})
            [al] = c.get("/api/alerts/recorded").json()["alerts"]
            assert al["deliveries"] == {rec.url: "delivered"}
        assert len(rec.posts) == 1 and rec.posts[0].alert_id == al["id"]


def test_a_read_only_server_records_no_alerts(small_db):
    from flashpoint.errors import ConfigError

    with ServerState(small_db, read_only=True) as st, pytest.raises(ConfigError):
        st.alerts(SPIKE)
