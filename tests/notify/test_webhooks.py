"""Webhook delivery end to end: a local receiver gets each alert once, failures are retried with backoff and
logged, a killed run neither loses nor repeats an alert."""

from __future__ import annotations

import hashlib
import hmac
import json
import time

from fp_factory import dyad_items, escalation_items

from flashpoint.cli.main import main
from flashpoint.notify.config import AlertRule, AlertsConfig, DeliverySettings, Webhook
from flashpoint.notify.deliver import Deliverer, outbox
from flashpoint.notify.record import open_alerts
from flashpoint.notify.step import AlertStep, evaluate_and_send
from flashpoint.store import open_store

FAST = DeliverySettings(timeout=2.0, retries=2, backoff=0.05, max_backoff=0.2, budget=10.0)


def _config(url: str, secret: str | None = None) -> AlertsConfig:
    return AlertsConfig((AlertRule(dyad=("SRB", "XKX"), freq="week"),), (Webhook(url, secret=secret),))


def _log(st):
    return st.rows("SELECT attempt, ok, status, error IS NOT NULL FROM deliveries ORDER BY attempt")


def test_one_post_per_alert_even_after_reevaluation_and_a_restart(spike_db, receiver):
    cfg = _config(receiver.url, secret="s3cret")
    with open_store(spike_db) as st, AlertStep(st, cfg, FAST, base_url="http://dash.example") as step:
        first = step()
        assert len(first.evaluation.opened) == 1 and first.delivery.delivered == 1
        again = step()
        assert again.evaluation.opened == [] and again.delivery.delivered == 0
    with open_store(spike_db) as st:  # the process stopped and started again
        evaluate_and_send(st, cfg, FAST)
        assert _log(st) == [(1, True, 200, False)]
        assert outbox(st)[0]["state"] == "delivered"
    [post] = receiver.posts
    assert post.path == "/hook" and post.headers["content-type"] == "application/json"
    body = post.json
    assert body["type"] == "flashpoint.alert" and body["alert"]["id"] == post.alert_id
    assert (body["alert"]["a"], body["alert"]["b"], body["alert"]["period"], body["alert"]["conflict"]) == \
        ("SRB", "XKX", "2021-03-15", 6)
    assert body["link"] == "http://dash.example/#a=SRB&b=XKX&freq=week&since=2021-03-15&until=2021-03-21"
    assert body["alert"]["drivers"][0]["sentence"]
    expected = "sha256=" + hmac.new(b"s3cret", post.body, hashlib.sha256).hexdigest()
    assert post.headers["x-flashpoint-signature"] == expected
    assert post.headers["x-flashpoint-delivery"] == f"{post.alert_id}-1"


def test_a_500_is_retried_with_backoff_and_every_attempt_is_logged(spike_db, receiver):
    receiver.statuses = [500, 503]
    with open_store(spike_db) as st:
        report = evaluate_and_send(st, _config(receiver.url), FAST)
        assert (report.delivery.delivered, report.delivery.failed) == (1, 2)
        assert _log(st) == [(1, False, 500, True), (2, False, 503, True), (3, True, 200, False)]
    assert [p.status for p in receiver.posts] == [500, 503, 200]
    assert len({p.alert_id for p in receiver.posts}) == 1
    assert "x-flashpoint-signature" not in receiver.posts[0].headers  # no secret, no signature


def test_a_failed_delivery_waits_for_the_next_evaluation_and_then_gives_up(spike_db, receiver):
    receiver.default = 500
    once = DeliverySettings(timeout=2.0, retries=0, backoff=0.0, max_attempts=3, budget=10.0)
    with open_store(spike_db) as st:
        cfg = _config(receiver.url)
        first = evaluate_and_send(st, cfg, once)
        assert (first.delivery.pending, outbox(st)[0]["state"]) == (1, "pending")
        receiver.default = 200
        assert evaluate_and_send(st, cfg, once).delivery.delivered == 1  # the next evaluation sends it
        assert [p.status for p in receiver.posts] == [500, 200]
    with open_store(spike_db) as st:  # a webhook that never answers 2xx is given up after max_attempts
        st.run("DELETE FROM alerts")
        st.run("DELETE FROM alert_outbox")
        receiver.default = 500
        for _ in range(5):
            evaluate_and_send(st, cfg, once)
        assert outbox(st)[0] == {**outbox(st)[0], "state": "gave_up", "attempts": 3}
    assert len(receiver.posts) == 2 + 3


def test_sending_is_bounded_in_time(spike_db, receiver):
    receiver.delay = 1.5  # slower than the timeout
    slow = DeliverySettings(timeout=0.3, retries=5, backoff=0.1, budget=1.0)
    with open_store(spike_db) as st:
        start = time.monotonic()
        report = evaluate_and_send(st, _config(receiver.url), slow)
        assert time.monotonic() - start < 2.5
        assert report.delivery.pending == 1 and report.delivery.delivered == 0
        assert st.value("SELECT count(*) FROM deliveries WHERE NOT ok AND status IS NULL") >= 1  # timed out, logged


def test_an_alert_recorded_by_a_killed_run_is_sent_after_the_restart(spike_db, receiver):
    cfg = _config(receiver.url)
    with open_store(spike_db) as st:
        assert len(open_alerts(st, cfg).opened) == 1  # recorded and queued; killed before sending
    assert receiver.posts == []
    with open_store(spike_db) as st, Deliverer(st, cfg.webhooks, FAST) as d:
        assert d.deliver_pending().delivered == 1
        assert d.deliver_pending().delivered == 0
    assert len(receiver.posts) == 1


def test_ingest_with_alerts_sends_the_new_alert_once(tmp_path, receiver, capsys):
    lines = "".join(json.dumps(e.to_dict()) + "\n" for _, evs in escalation_items() + dyad_items() for e in evs)
    (tmp_path / "events.jsonl").write_text(lines, encoding="utf-8")
    (tmp_path / "alerts.toml").write_text(f'[[alert]]\ndyad = ["SRB", "XKX"]\nfreq = "week"\n\n'
                                          f'[[webhook]]\nurl = "{receiver.url}"\n', encoding="utf-8")
    argv = ["ingest", "--events", str(tmp_path / "events.jsonl"), "--db", str(tmp_path / "s.duckdb"),
            "--alerts", str(tmp_path / "alerts.toml")]
    assert main(argv) == 0
    err = capsys.readouterr().err
    assert "flashpoint: alert opened: SRB <-> XKX: 6 conflict events of 6 in the week of 2021-03-15" in err
    assert main(argv) == 0
    assert "alert opened" not in capsys.readouterr().err
    assert len(receiver.posts) == 1
    (tmp_path / "bad.toml").write_text("[[alert]]\nfreq = 3\n", encoding="utf-8")
    assert main([*argv[:-1], str(tmp_path / "bad.toml")]) == 2
    assert f"{tmp_path / 'bad.toml'}:1: alert 1: 'freq'" in capsys.readouterr().err
