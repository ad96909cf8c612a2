"""Alerts recorded once when they open: schema v6, the rules' scopes, the latest periods only, restarts."""

from __future__ import annotations

import datetime as _dt
import json

import flashpoint.store.db as dbmod
from flashpoint.cli.main import main
from flashpoint.notify.config import AlertRule, AlertsConfig, Webhook, parse_alerts
from flashpoint.notify.record import alert_id, open_alerts, recorded_alerts
from flashpoint.store import MIGRATIONS, SCHEMA_VERSION, open_store

WEEK = AlertsConfig((AlertRule(dyad=("SRB", "XKX"), freq="week"),), (Webhook("http://127.0.0.1:9/h"),))


def test_a_v5_store_is_migrated_to_v6_and_keeps_its_watch_state(tmp_path, monkeypatch):
    db = str(tmp_path / "old.duckdb")
    monkeypatch.setattr(dbmod, "MIGRATIONS", tuple(m for m in MIGRATIONS if m.version <= 5))
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", 5)
    with open_store(db) as st:
        assert st.schema_version() == 5
        st.run("""INSERT INTO watch_sources (source_url, name, failures, polls) VALUES ('http://a.example/f', 'A', 0, 3)""")
        assert "alerts" not in {r[0] for r in st.rows("SELECT table_name FROM information_schema.tables")}
    monkeypatch.undo()
    with open_store(db) as st:
        assert st.schema_version() == SCHEMA_VERSION >= 6  # and the later migrations
        assert st.value("SELECT name FROM schema_migrations WHERE version = 6") == \
            "recorded alerts, their outbox and delivery log"
        assert st.value("SELECT polls FROM watch_sources") == 3
        assert {"alerts", "alert_outbox", "deliveries"} <= {r[0] for r in st.rows(
            "SELECT table_name FROM information_schema.tables")}
        assert open_alerts(st, WEEK).opened == []  # no events: nothing to open


def test_a_spike_opens_one_alert_once_even_after_reevaluation_and_a_restart(spike_db):
    with open_store(spike_db) as st:
        opened = open_alerts(st, WEEK).opened
        assert [(a.a, a.b, a.period, a.conflict, a.scope) for a in opened] == \
            [("SRB", "XKX", "2021-03-15", 6, "dyad:SRB,XKX")]
        al = opened[0]
        assert al.alert_id == alert_id("escalation", "dyad:SRB,XKX", "SRB", "XKX", "week", "2021-03-15")
        assert al.drivers and al.drivers[0]["goldstein"] <= al.drivers[-1]["goldstein"]  # most hostile first
        assert open_alerts(st, WEEK).opened == []
    with open_store(spike_db) as st:  # a restart
        assert open_alerts(st, WEEK).opened == []
        [rec] = recorded_alerts(st)
        assert rec.alert_id == al.alert_id and rec.deliveries == {"http://127.0.0.1:9/h": "pending"}
        assert rec.period_end == "2021-03-21" and rec.to_dict()["id"] == al.alert_id
        assert st.value("SELECT count(*) FROM alert_outbox") == 1


def test_only_the_latest_periods_open_alerts(spike_db):
    """Two weeks after the spike (week of 03-15) the store's latest event (03-29) is calm: with recent = 1
    or 2 the spike is history and opens nothing; with recent = 3 it is recent. An event dated after
    'today' does not count as the latest."""
    with open_store(spike_db) as st:
        st.run("""INSERT INTO events SELECT * REPLACE ('calm' AS event_id, DATE '2021-03-29' AS date, 1 AS quad_class)
                  FROM events WHERE event_id = (SELECT min(event_id) FROM events)""")
        calm = AlertsConfig((AlertRule(dyad=("SRB", "XKX"), freq="week", recent=1),))
        assert open_alerts(st, calm).opened == []
        assert open_alerts(st, AlertsConfig((AlertRule(dyad=("SRB", "XKX"), freq="week", recent=2),))).opened == []
        three = AlertsConfig((AlertRule(dyad=("SRB", "XKX"), freq="week", recent=3),))
        assert [a.period for a in open_alerts(st, three).opened] == ["2021-03-15"]
        early = AlertsConfig((AlertRule(actor="SRB", freq="week", recent=1, name="x"),))
        assert open_alerts(st, early, today=_dt.date(2021, 3, 20)).opened[0].rule == "x"


def test_scopes_actor_and_every_pair(spike_db):
    cfg = parse_alerts('[[alert]]\nactor = "KSV"\nfreq = "week"\n\n[[alert]]\nactor = "ALB"\nfreq = "week"\n\n'
                       '[[alert]]\nfreq = "week"\n')
    with open_store(spike_db) as st:
        opened = open_alerts(st, cfg).opened
    assert sorted(a.scope for a in opened) == ["actor:KSV", "all"]  # KSV is XKX; ALB's pair is steady
    assert {(a.a, a.b) for a in opened} == {("SRB", "XKX")}


def test_a_rule_that_cannot_be_evaluated_is_a_problem_not_a_crash(spike_db, monkeypatch):
    import flashpoint.analysis.periods as periods

    monkeypatch.setattr(periods, "MAX_PERIODS", 3)
    with open_store(spike_db) as st:
        report = open_alerts(st, WEEK)
    assert report.opened == [] and "more than 3 periods" in report.problems[0]


def test_flashpoint_alerts_recorded(spike_db, capsys):
    assert main(["alerts", "--db", spike_db, "--recorded"]) == 0
    assert capsys.readouterr().out == "no recorded alerts\n"
    with open_store(spike_db) as st:
        open_alerts(st, WEEK)
    assert main(["alerts", "--db", spike_db, "--recorded", "--dyad", "XKX,SRB"]) == 0
    out = capsys.readouterr().out
    assert "SRB <-> XKX: 6 conflict events" in out and "http://127.0.0.1:9/h: pending" in out
    assert main(["alerts", "--db", spike_db, "--recorded", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["alerts"][0]["period"] == "2021-03-15"
    assert main(["alerts", "--db", spike_db, "--freq", "week"]) == 0  # the computed alerts, as before
    assert "2021-03-15  SRB <-> XKX" in capsys.readouterr().out
