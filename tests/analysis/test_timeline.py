"""Dyad timelines: counts per period and direction, Goldstein, the conflict-cooperation index, gaps."""

from __future__ import annotations

import pytest

from flashpoint.analysis.periods import next_period, period_range, period_start
from flashpoint.analysis.timeline import cci, dyad_timeline_both
from flashpoint.errors import ConfigError
from flashpoint.ontology import load_ontology


def g(code: str) -> float:
    return load_ontology().get(code).goldstein


def test_cci_definition():
    assert cci(3, 1) == 0.5 and cci(0, 2) == -1.0 and cci(2, 0) == 1.0 and cci(0, 0) is None


def test_month_rows_both_directions_with_the_empty_month_filled(dyad_store):
    tl = dyad_timeline_both(dyad_store, "SRB", "XKX", "month")
    assert tl.periods == ["2020-01-01", "2020-02-01", "2020-03-01"]
    assert [(r.period, r.direction) for r in tl][:2] == [("2020-01-01", "SRB->XKX"), ("2020-01-01", "XKX->SRB")]
    jan = tl.series("SRB", "XKX")[0]
    assert (jan.events, jan.quad3, jan.quad4, jan.conflict, jan.cooperation) == (2, 1, 1, 2, 0)
    assert jan.goldstein_sum == pytest.approx(g("111") + g("173"))
    assert jan.goldstein_mean == pytest.approx((g("111") + g("173")) / 2, abs=1e-3)
    assert jan.cci == -1.0
    back = tl.series("XKX", "SRB")[0]
    assert (back.events, back.quad1, back.cci) == (1, 1, 1.0)
    feb = tl.series("SRB", "XKX")[1]
    assert (feb.events, feb.goldstein_sum, feb.goldstein_mean, feb.cci) == (0, 0.0, None, None)
    mar = tl.series("SRB", "XKX")[2]
    assert (mar.events, mar.quad1, mar.cci) == (1, 1, 1.0)
    # ALB -> XKX and XKX -> XKX are other dyads
    assert sum(r.events for r in tl) == 4


def test_since_until_bound_and_fill_the_range(dyad_store):
    tl = dyad_timeline_both(dyad_store, "SRB", "XKX", "month", since="2019-11-15", until="2020-01-31")
    assert tl.periods == ["2019-11-01", "2019-12-01", "2020-01-01"]
    assert sum(r.events for r in tl) == 3
    later = dyad_timeline_both(dyad_store, "SRB", "XKX", "month", since="2021-01-01", until="2021-02-28")
    assert later.periods == ["2021-01-01", "2021-02-01"] and sum(r.events for r in later) == 0


def test_week_and_day_periods(dyad_store):
    tl = dyad_timeline_both(dyad_store, "SRB", "XKX", "week", until="2020-01-31")
    assert tl.periods[0] == "2020-01-06" and "2020-01-13" in tl.periods  # Mondays, the empty week filled
    assert [r.events for r in tl.series("SRB", "XKX")][:3] == [1, 0, 1]
    day = dyad_timeline_both(dyad_store, "SRB", "XKX", "day", since="2020-01-06", until="2020-01-08")
    assert [(r.period, r.events) for r in day.series("XKX", "SRB")] == [("2020-01-06", 0), ("2020-01-07", 0),
                                                                        ("2020-01-08", 1)]


def test_same_actor_twice_is_one_direction(dyad_store):
    tl = dyad_timeline_both(dyad_store, "XKX", "XKX", "month")
    assert tl.directions == [("XKX", "XKX")] and sum(r.events for r in tl) == 1


def test_no_events_no_rows(dyad_store):
    tl = dyad_timeline_both(dyad_store, "RUS", "XKX")
    assert len(tl) == 0 and tl.chart().to_svg().count("no events") == 1


def test_bad_parameters(dyad_store):
    with pytest.raises(ConfigError, match="freq"):
        dyad_timeline_both(dyad_store, "SRB", "XKX", "fortnight")
    with pytest.raises(ConfigError, match="since"):
        dyad_timeline_both(dyad_store, "SRB", "XKX", since="2020-13-01")
    with pytest.raises(ConfigError, match="periods"):
        dyad_timeline_both(dyad_store, "SRB", "XKX", "day", since="1900-01-01", until="2100-01-01")


def test_table_forms(dyad_store):
    tl = dyad_timeline_both(dyad_store, "SRB", "XKX")
    d = tl.to_dict()
    assert d["a"] == "SRB" and len(d["rows"]) == 6 and d["rows"][0]["direction"] == "SRB->XKX"
    pa = pytest.importorskip("pyarrow")
    assert isinstance(tl.to_arrow(), pa.Table) and tl.to_arrow().num_rows == 6
    pd = pytest.importorskip("pandas")
    frame = tl.to_pandas()
    assert isinstance(frame, pd.DataFrame) and list(frame["events"])[:2] == [2, 1]


def test_periods_match_duckdb_buckets():
    import datetime as dt

    d = dt.date(2018, 3, 28)
    assert period_start(d, "week") == dt.date(2018, 3, 26)
    assert period_start(d, "quarter") == dt.date(2018, 1, 1)
    assert next_period(dt.date(2018, 12, 1), "month") == dt.date(2019, 1, 1)
    assert next_period(dt.date(2018, 10, 1), "quarter") == dt.date(2019, 1, 1)
    assert period_range(dt.date(2018, 1, 31), dt.date(2018, 3, 1), "month") == [
        dt.date(2018, 1, 1), dt.date(2018, 2, 1), dt.date(2018, 3, 1)]
