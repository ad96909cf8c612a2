"""Pages of events and one event with its sentences and highlights."""

from __future__ import annotations

import dataclasses

import pytest

from flashpoint.analysis.browse import event_detail, events_page, highlights, trigger_spans
from flashpoint.analysis.geo import event_places
from flashpoint.errors import ConfigError
from flashpoint.records import Actor, Event
from flashpoint.store import EventFilter, query_events


def test_pages_follow_query_events_order(dyad_store):
    every = query_events(dyad_store, EventFilter())
    first = events_page(dyad_store, EventFilter(), limit=2)
    second = events_page(dyad_store, EventFilter(), limit=2, offset=2)
    assert first.total == len(every) == 6 and first.next_offset == 2
    assert first.events + second.events == every[:4]
    last = events_page(dyad_store, EventFilter(), limit=5, offset=5)
    assert len(last.events) == 1 and last.next_offset is None
    with pytest.raises(ConfigError):
        events_page(dyad_store, EventFilter(), limit=5000)


def test_pair_is_both_directions(dyad_store):
    page = events_page(dyad_store, EventFilter(), pair=("SRB", "XKX"))
    assert page.total == 4 and {(e["source_country"], e["target_country"]) for e in page.events} == {
        ("SRB", "XKX"), ("XKX", "SRB")}
    assert [e["date"] for e in page.events] == sorted(e["date"] for e in page.events)
    assert events_page(dyad_store, EventFilter(quad=1), pair=("XKX", "SRB")).total == 2
    with pytest.raises(ConfigError):
        events_page(dyad_store, EventFilter(dyad=("SRB", "XKX")), pair=("SRB", "XKX"))


def test_detail_has_mentions_articles_and_highlights(dyad_store):
    row = events_page(dyad_store, EventFilter(dyad=("SRB", "XKX"), cameo="173")).events[0]
    d = event_detail(dyad_store, row["event_id"])
    assert d is not None and d["event_id"] == row["event_id"] and d["mentions"] == 1
    (m,) = d["mention_records"]
    assert m["sentence"] == "Serbia arrested Kosovo on 2020-01-20."
    assert m["article"]["article_id"] == "a2" and m["article"]["source"] == "Test Wire"
    marks = {h["role"]: (h["start"], h["end"], h["text"]) for h in m["highlights"]}
    assert marks == {"source": (0, 6, "Serbia"), "trigger": (7, 15, "arrested"), "target": (16, 22, "Kosovo")}
    assert event_detail(dyad_store, "nope") is None


def test_trigger_words_found_in_order_across_gaps_and_forms():
    s = "Serbian President Aleksandar Vucic put army units on increased alert and accused Kurti."
    spans = trigger_spans(s, "put on alert")
    assert [s[a:b] for a, b in spans] == ["put", "on", "alert"]
    s2 = "The two leaders signed separate documents rather than a joint agreement."
    assert [s2[a:b] for a, b in trigger_spans(s2, "signed document")] == ["signed", "documents"]
    s3 = "The United States called on Serbia on Friday to withdraw."
    assert [s3[a:b] for a, b in trigger_spans(s3, "called on on")] == ["called on"]
    assert trigger_spans("Nothing here.", "arrested") == [] and trigger_spans("x", None) == []


def _arrest(source: Actor) -> Event:
    s = "A suspect was arrested on Monday."
    return Event(event_id="e", article_id="a", published=None, sentence_index=0, sentence=s, span=(100, 100 + len(s)),
                 trigger="arrested", source=source, target=Actor("A suspect", (100, 109), "suspect", "XKXCVL", "XKX"),
                 cameo="173", cameo_root="17", cameo_name="Arrest", goldstein=-5.0, quad_class=4,
                 plover={"type": "COERCE", "mode": None})


def test_implied_actors_are_not_highlighted():
    implied = Actor("police", None, "police", "XKXCOP", "XKX", implied=True)
    old_style = Actor("arrested", (114, 122), "police", "XKXCOP", "XKX")  # stores coded before the flag
    for source in (implied, old_style):
        assert [(h["role"], h["text"]) for h in highlights(_arrest(source))] == [("target", "A suspect"),
                                                                               ("trigger", "arrested")]


def test_places(dyad_store):
    places = event_places(dyad_store, pair=("SRB", "XKX"))
    assert [(p.name, p.events) for p in places] == [("Pristina", 3), ("Belgrade", 1)]
    assert places[0].conflict == 2 and places[0].cooperation == 1
    assert [p.name for p in event_places(dyad_store, EventFilter(quad=2))] == ["Pristina"]


def test_the_trigger_is_highlighted_at_the_coders_offsets():
    """With the record's trigger_span the trigger is the coder's own word, even where the words of
    ``trigger`` appear earlier in the sentence."""
    s = "Protesters said police arrested them; police arrested ten on Monday."
    second = s.index("arrested ten") + 100
    e = Event(event_id="e", article_id="a", published=None, sentence_index=0, sentence=s, span=(100, 100 + len(s)),
              trigger="arrested", trigger_span=(second, second + len("arrested")), source=None, target=None,
              cameo="173", cameo_root="17", cameo_name="Arrest", goldstein=-5.0, quad_class=4,
              plover={"type": "COERCE", "mode": None})
    (h,) = [h for h in highlights(e) if h["role"] == "trigger"]
    assert (h["start"], h["text"]) == (second - 100, "arrested")
    old = dataclasses.replace(e, trigger_span=None)  # a record from before: the first match
    (h,) = [h for h in highlights(old) if h["role"] == "trigger"]
    assert h["start"] == s.index("arrested")


def test_neighbouring_sentences():
    from flashpoint.analysis.browse import neighbours

    text = "First one. Second here! Third? Last."
    s0 = text.index("Third")
    assert neighbours(text, (s0, s0 + len("Third?"))) == {"before": "Second here!", "after": "Last."}
    assert neighbours(text, (0, len("First one."))) == {"before": None, "after": "Second here!"}
    assert neighbours("", (0, 3)) == {"before": None, "after": None}
