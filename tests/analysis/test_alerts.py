"""Escalation alerts: the rolling robust z-score, its guards, and the events behind an alert."""

from __future__ import annotations

import pytest

from flashpoint.analysis.alerts import MAD_SCALE, escalation_alerts, robust_z
from flashpoint.errors import ConfigError


def test_robust_z_uses_median_and_scaled_mad_with_a_floor():
    med, mad, z = robust_z(10, [1, 2, 3, 2, 100])
    assert (med, mad) == (2.0, 1.0) and z == pytest.approx((10 - 2) / MAD_SCALE)
    assert robust_z(4, [0, 0, 0, 0]) == (0.0, 0.0, 4.0)  # flat baseline: the floor of one event


def test_a_burst_above_a_steady_baseline_alerts_with_its_events(escalation_store):
    alerts = escalation_alerts(escalation_store, ("SRB", "XKX"), freq="week", window=6)
    assert [(a.period, a.conflict, a.baseline_median, a.z) for a in alerts] == [("2021-03-15", 6, 1.0, 5.0)]
    al = alerts[0]
    assert (al.a, al.b, al.events, al.window) == ("SRB", "XKX", 6, 6)
    assert len(al.drivers) == 6
    assert [d.goldstein for d in al.drivers] == sorted(d.goldstein for d in al.drivers)  # most hostile first
    first = al.drivers[0]
    assert first.cameo == "190" and first.trigger == "attacked"
    assert first.sentence == "Serbia attacked Kosovo near the border on 2021-03-15."
    assert {d.article_id for d in al.drivers} == {"burst"}
    assert {(d.source_code, d.target_code) for d in al.drivers} == {("SRBGOV", "XKXGOV"), ("XKXGOV", "SRBGOV")}


def test_every_pair_when_no_dyad_and_steady_pairs_stay_quiet(escalation_store):
    alerts = escalation_alerts(escalation_store, freq="week", window=6, drivers=2)
    assert [(a.a, a.b, a.period) for a in alerts] == [("SRB", "XKX", "2021-03-15")]
    assert len(alerts[0].drivers) == 2


def test_guards_threshold_min_count_and_history(escalation_store):
    assert escalation_alerts(escalation_store, ("SRB", "XKX"), freq="week", window=6, threshold=6) == []
    assert escalation_alerts(escalation_store, ("SRB", "XKX"), freq="week", window=6, min_count=7) == []
    # the burst is in the 11th week: a window of 11 leaves no full history before it
    assert escalation_alerts(escalation_store, ("SRB", "XKX"), freq="week", window=11) == []
    # by month: January 4, February 4, March 4 + 6 = 8 against a flat baseline of 4 (MAD 0, floor 1)
    monthly = escalation_alerts(escalation_store, ("SRB", "XKX"), freq="month", window=2)
    assert [(a.period, a.conflict, a.baseline_median, a.z) for a in monthly] == [("2021-03-01", 8, 4.0, 4.0)]
    assert escalation_alerts(escalation_store, ("SRB", "XKX"), freq="week", window=6, until="2021-03-14") == []


def test_drivers_zero_and_empty_store_range(escalation_store):
    al = escalation_alerts(escalation_store, ("XKX", "SRB"), freq="week", window=6, drivers=0)
    assert len(al) == 1 and al[0].drivers == [] and (al[0].a, al[0].b) == ("XKX", "SRB")
    assert escalation_alerts(escalation_store, since="2030-01-01") == []


@pytest.mark.parametrize("kw", [{"window": 1}, {"threshold": 0}, {"min_count": 0}, {"drivers": -1},
                                {"freq": "hour"}, {"since": "soon"}])
def test_bad_parameters(escalation_store, kw):
    with pytest.raises(ConfigError):
        escalation_alerts(escalation_store, ("SRB", "XKX"), **kw)


def test_to_dict_is_json_ready(escalation_store):
    import json

    al = escalation_alerts(escalation_store, ("SRB", "XKX"), freq="week", window=6)[0]
    d = json.loads(json.dumps(al.to_dict()))
    assert d["period"] == "2021-03-15" and d["drivers"][0]["event_id"]
