"""The Python query API: filters, the dyad timeline, DataFrame/Arrow helpers, exports to a handle."""

from __future__ import annotations

import io
import json

import pytest
from store_fakes import art, fake_code

from flashpoint.errors import StoreError, ValidationError
from flashpoint.store import (
    EVENT_COLUMNS,
    EventFilter,
    dyad_timeline,
    events_arrow,
    events_frame,
    export_events,
    ingest_articles,
    query_events,
)

TEXTS = [
    "Kosovo police arrested the Serbian on 2018-01-10. Serbia criticized the Kosovo on 2018-01-11.",
    "Kosovo police arrested the Serbian on 2018-01-20. Kosovo police detained the Serbian on 2018-03-05.",
    "Serbia met the Albania on 2018-02-01. Albania praised the Kosovo on 2018-02-02.",
]


@pytest.fixture()
def filled(store):
    ingest_articles(store, [art(f"t{i}", t, source=f"S{i}") for i, t in enumerate(TEXTS)], fake_code)
    return store


def test_rows_carry_every_documented_column_in_date_order(filled):
    rows = query_events(filled, EventFilter())
    assert len(rows) == 6 and all(tuple(r) == EVENT_COLUMNS for r in rows)
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    assert query_events(filled, EventFilter(limit=2)) == rows[:2]


def test_filters(filled):
    def n(**kw):
        return len(query_events(filled, EventFilter(**kw)))

    assert n(dyad=("XKX", "SRB")) == 3 and n(dyad=("SRB", "XKX")) == 1 and n(dyad=("KSV", "SRBGOV")) == 3
    assert n(actor="ALB") == 2 and n(actor="XKXCOP") == 3 and n(actor="KOS") == 5
    assert n(cameo="17") == 3 and n(cameo="1731") == 1 and n(cameo="111") == 1 and n(quad=1) == 2
    assert n(since="2018-02-01") == 3 and n(until="2018-01-31") == 3 and n(since="2018-02-01", until="2018-02-01") == 1
    for bad in ({"since": "last week"}, {"quad": 5}, {"cameo": "x1"}, {"limit": -1}):
        with pytest.raises(ValidationError) as info:
            EventFilter(**bad)
        assert info.value.field == next(iter(bad))  # the field at fault, by attribute, not by message


def test_filter_values_never_reach_the_sql_text(filled):
    nasty = "X'); DROP TABLE events; --"
    assert query_events(filled, EventFilter(actor=nasty)) == []
    assert filled.value("SELECT count(*) FROM events") == 6


def test_dyad_timeline(filled):
    months = dyad_timeline(filled, "XKX", "SRB", "month")
    assert [(m["period"], m["events"], m["quad4"]) for m in months] == [("2018-01-01", 2, 2), ("2018-03-01", 1, 1)]
    assert sum(m["events"] for m in dyad_timeline(filled, "XKX", "SRB", "year")) == 3
    with pytest.raises(ValidationError, match="interval"):
        dyad_timeline(filled, "XKX", "SRB", "fortnight")


def test_export_to_a_handle(filled):
    buf = io.StringIO()
    res = export_events(filled, EventFilter(dyad=("XKX", "SRB")), "jsonl", buf)
    assert res.written == 3 and [json.loads(x)["source_code"] for x in buf.getvalue().splitlines()] == ["XKXCOP"] * 3
    with pytest.raises(StoreError):
        export_events(filled, EventFilter(), "xml", buf)


def test_dataframe_and_arrow_helpers(filled):
    try:
        import pandas  # noqa: F401
    except ImportError:
        with pytest.raises(StoreError, match="pandas"):
            events_frame(filled, EventFilter())
    else:
        df = events_frame(filled, EventFilter(actor="XKX"))
        assert len(df) == 5 and "source_code" in df.columns
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        with pytest.raises(StoreError, match="pyarrow"):
            events_arrow(filled, EventFilter())
    else:
        assert events_arrow(filled, EventFilter()).num_rows == 6
