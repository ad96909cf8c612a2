"""Wrong-event flags: schema v7 (and the migration of a v6 store to the latest), flag and unflag, counts without them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from flashpoint.analysis.alerts import escalation_alerts
from flashpoint.analysis.timeline import dyad_timeline_both
from flashpoint.errors import ValidationError
from flashpoint.store import (
    SCHEMA_VERSION,
    EventFilter,
    event_flag,
    flag_event,
    open_store,
    query_events,
    unflag_event,
)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "analysis"))
from fp_factory import build, dyad_items, escalation_items  # noqa: E402


def test_a_v6_store_is_migrated_to_the_latest_and_keeps_its_events(tmp_path):
    import duckdb

    db = build(str(tmp_path / "old.duckdb"), dyad_items())
    with duckdb.connect(db) as con:  # the store as schema version 6 left it: no flags, no date basis
        con.execute("DROP TABLE event_flags")
        con.execute("ALTER TABLE mentions DROP COLUMN date_basis")
        con.execute("DELETE FROM schema_migrations WHERE version > 6")
        n = con.execute("SELECT count(*) FROM events").fetchone()[0]
    with open_store(db) as st:
        assert st.schema_version() == SCHEMA_VERSION >= 8
        assert st.value("SELECT name FROM schema_migrations WHERE version = 7") == "wrong-event flags"
        assert st.value("SELECT count(*) FROM events") == n
        assert st.value("SELECT count(*) FROM event_flags") == 0
        assert st.value("SELECT count(*) FROM mentions WHERE date_basis IS NULL") == \
            st.value("SELECT count(*) FROM mentions") > 0


def test_flagged_events_are_left_out_on_request(tmp_path):
    db = build(str(tmp_path / "f.duckdb"), dyad_items() + escalation_items())
    with open_store(db) as st:
        burst = query_events(st, EventFilter(dyad=("SRB", "XKX"), since="2021-03-15", until="2021-03-21"))
        assert len(burst) == 3
        before = escalation_alerts(st, ("SRB", "XKX"), freq="week", drivers=0)
        assert [a.period for a in before] == ["2021-03-15"]
        for e in burst:
            assert flag_event(st, e["event_id"], "not an attack") is not None
        assert flag_event(st, "no-such-event") is None
        flag = event_flag(st, burst[0]["event_id"])
        assert flag is not None and flag.flag == "wrong" and flag.note == "not an attack"
        everything = EventFilter(dyad=("SRB", "XKX"))
        assert len(query_events(st, everything)) - len(
            query_events(st, EventFilter(dyad=("SRB", "XKX"), exclude_flagged=True))) == 3
        tl = dyad_timeline_both(st, "SRB", "XKX", "week", exclude_flagged=True)
        assert sum(r.events for r in tl.rows if r.period == "2021-03-15") == 3  # the other direction's three
        assert escalation_alerts(st, ("SRB", "XKX"), freq="week", drivers=0, exclude_flagged=True) == []
        assert [a.period for a in escalation_alerts(st, freq="week", drivers=0)] == ["2021-03-15"]
        assert escalation_alerts(st, freq="week", drivers=0, exclude_flagged=True) == []
        assert unflag_event(st, burst[0]["event_id"]) is True
        assert unflag_event(st, burst[0]["event_id"]) is False
        with pytest.raises(ValidationError):
            flag_event(st, burst[1]["event_id"], "x" * 3000)
