"""The text search of the event filters (EventFilter.text): which fields it looks in, words and phrases."""

from __future__ import annotations

from fp_factory import Spec, article, built

from flashpoint.analysis.browse import events_page
from flashpoint.store import EventFilter, export_events, query_events, query_mentions, search_terms


def ids(store, **kw) -> set[str]:
    return {e["event_id"] for e in query_events(store, EventFilter(**kw))}


def test_terms_are_words_and_quoted_phrases():
    assert search_terms('Serbia  "Arrested   KOSOVO" serbia') == ["serbia", "arrested kosovo"]
    assert search_terms('"runs to the end') == ["runs to the end"]
    assert search_terms("") == search_terms(None) == search_terms('  ""  ') == []
    assert search_terms("50% a_b 'x'") == ["50%", "a_b", "'x'"]


def test_the_fields_a_search_looks_in(escalation_store):
    every = ids(escalation_store)
    border = ids(escalation_store, text="near the BORDER")  # only in the sentence
    assert len(border) == 1
    (row,) = query_events(escalation_store, EventFilter(text='"near the border"'))
    assert row["cameo"] == "190" and row["trigger"] == "attacked"
    assert ids(escalation_store, text="attacked") == border  # the trigger
    assert ids(escalation_store, text="190") == border  # the CAMEO code (and no date or id holds 190)
    assert ids(escalation_store, text="military force") == border  # the CAMEO name
    assert ids(escalation_store, text="albania") == ids(escalation_store, actor="ALB")  # actor names
    assert ids(escalation_store, text="albgov") == ids(escalation_store, actor="ALB")  # actor codes
    tirana = ids(escalation_store, text="tirana")  # the place name
    assert tirana and tirana == {e["event_id"] for e in query_events(escalation_store, EventFilter())
                                 if e["location_name"] == "Tirana"}
    assert ids(escalation_store, text=sorted(every)[0]) == set()  # not the event id
    assert ids(escalation_store, text="") == every


def test_every_term_must_occur_somewhere(escalation_store):
    both = ids(escalation_store, text="serbia arrested")  # an actor name and a trigger
    assert both == ids(escalation_store, text="arrested") & ids(escalation_store, text="serbia") and both
    assert ids(escalation_store, text="serbia kosovo") == ids(escalation_store, actor="SRB")
    assert ids(escalation_store, text='"serbia kosovo"') == set()  # the phrase is in no field or sentence
    assert ids(escalation_store, text='"kosovo arrested serbia"') == ids(escalation_store, text="arrested",
                                                                         dyad=("XKX", "SRB"))


def test_search_combines_with_filters_pages_and_counts(escalation_store):
    f = EventFilter(text="criticized", dyad=("SRB", "XKX"))
    page = events_page(escalation_store, f, limit=3, offset=3)
    assert page.total == 10 and len(page.events) == 3
    assert all(e["trigger"] == "criticized" for e in page.events)
    assert events_page(escalation_store, EventFilter(text="criticized"), pair=("XKX", "SRB")).total == 10


def test_search_text_is_literal(escalation_store):
    for text in ("%", "_", "' OR '1'='1", "x'); DROP TABLE events; --", "\\", "*"):
        assert ids(escalation_store, text=text) == set()
    assert len(ids(escalation_store)) == 44 - 6  # the store is whole


def test_exports_and_mentions_honour_the_search(escalation_store, tmp_path):
    import io

    out = io.StringIO()
    res = export_events(escalation_store, EventFilter(text="border"), "csv", out)
    assert res.written == 1 and "near the border" not in out.getvalue()  # the sentence is searched, not exported
    (m,) = query_mentions(escalation_store, EventFilter(text="near the border"))
    assert m.sentence.startswith("Serbia attacked Kosovo near the border")
    tirana = query_mentions(escalation_store, EventFilter(text="tirana albgov"))  # a mention's place and actor
    assert len(tirana) == len(ids(escalation_store, text="tirana")) == 11
    assert {e.location.name for e in tirana if e.location} == {"Tirana"}


def test_every_sentence_of_an_event_is_searched(tmp_path):
    items = [article("a", "2020-05-01", [Spec("2020-05-01", "SRB", "XKX", "criticized", "over the dam")]),
             article("b", "2020-05-01", [Spec("2020-05-01", "SRB", "XKX", "criticized", "over the bridge")])]
    with built(str(tmp_path / "s.duckdb"), items) as st:
        (event,) = query_events(st, EventFilter())
        assert event["mentions"] == 2
        assert ids(st, text="dam") == ids(st, text="bridge") == {event["event_id"]}
        assert ids(st, text="dam bridge") == {event["event_id"]}  # terms may come from different sentences


def test_flashpoint_events_search(tmp_path, capsys):
    import json

    from fp_factory import build, escalation_items

    from flashpoint.cli.main import main

    db = build(str(tmp_path / "e.duckdb"), escalation_items())
    assert main(["events", "--db", db, "--search", '"near the border"', "--format", "jsonl"]) == 0
    assert [json.loads(line)["cameo"] for line in capsys.readouterr().out.splitlines()] == ["190"]
    assert main(["events", "--db", db, "--search", "tirana", "--dyad", "XKX,ALB", "--format", "csv"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1 + 11
    assert main(["events", "--db", db, "--search", "near the border", "--mentions", "--format", "jsonl"]) == 0
    assert "near the border" in json.loads(capsys.readouterr().out)["sentence"]
