"""Ingest: idempotence, replacement of changed articles, near-duplicate copies, the typed-record round trip."""

from __future__ import annotations

import json

from store_fakes import art, fake_code, report, snapshot

from flashpoint.schema import validate_event
from flashpoint.store import (
    EventFilter,
    event_mentions,
    ingest_articles,
    ingest_coded,
    open_store,
    query_events,
    query_mentions,
    store_status,
)

A1 = ("Kosovo police arrested the Serbian in Mitrovica on 2018-03-26. Serbia criticized the Kosovo. "
      "Albania praised the Kosovo.")
A2 = "Serbia met the Albania in Belgrade. Montenegro appealed to the Croatia."


def _counts(st):
    s = store_status(st)
    return s.articles, s.copies, s.mentions, s.events, st.value("SELECT sum(mentions) FROM events")


def test_ingesting_twice_changes_nothing(db):
    arts = [art("a1", A1, source="Wire A"), art("a2", A2, source="Wire B")]
    with open_store(db) as st:
        r1 = ingest_articles(st, arts, fake_code)
        first = _counts(st)
        assert r1.stored == 2 and r1.mentions == 5 and first[3] == 5
    snap = snapshot(db)
    calls = []

    def spy(batch):
        calls.append(batch)
        return fake_code(batch)

    with open_store(db) as st:
        r2 = ingest_articles(st, arts, spy)
        assert r2.unchanged == 2 and r2.stored == 0 and r2.batches == 0
        assert _counts(st) == first
    assert calls == []  # nothing was coded again
    assert snapshot(db) == snap


def test_a_renamed_copy_adds_mentions_not_events(store):
    ingest_articles(store, [art("original", A1, source="Wire A")], fake_code)
    before = {e["event_id"]: e for e in query_events(store, EventFilter())}
    ingest_articles(store, [art("renamed-copy", A1, source="Wire B")], fake_code)
    after = {e["event_id"]: e for e in query_events(store, EventFilter())}
    assert after.keys() == before.keys()
    for eid, e in after.items():
        assert e["mentions"] == before[eid]["mentions"] + 1
        assert e["articles"] == before[eid]["articles"] + 1
        assert e["sources"] == 2
    row = store.rows("SELECT status, duplicate_of, similarity, n_mentions FROM articles "
                     "WHERE article_id = 'renamed-copy'")[0]
    assert row == ("copy", "original", 1.0, 0)
    assert store_status(store).copies == 1


def test_a_lightly_edited_syndicated_copy_is_a_copy(store):
    text = report(1)
    edited = text.replace("remained tense", "was still tense").replace("Officials", "Local officials")
    ingest_articles(store, [art("wire", text, source="AP"), art("paper", edited, source="Daily")], fake_code)
    status, dup, sim = store.rows("SELECT status, duplicate_of, similarity FROM articles WHERE article_id='paper'")[0]
    assert (status, dup) == ("copy", "wire") and 0.8 <= sim < 1.0
    (e,) = query_events(store, EventFilter())
    assert (e["mentions"], e["articles"], e["sources"]) == (2, 2, 2)
    # a different report of the same event is an original whose mention joins the same event
    ingest_articles(store, [art("other", report(2), source="Reuters")], fake_code)
    assert store.value("SELECT status FROM articles WHERE article_id='other'") == "coded"
    (e,) = query_events(store, EventFilter())
    assert (e["mentions"], e["articles"], e["sources"]) == (3, 3, 3)


def test_a_changed_article_is_recoded_and_its_old_events_replaced(store):
    ingest_articles(store, [art("a1", A1)], fake_code)
    assert store_status(store).events == 3
    r = ingest_articles(store, [art("a1", "Croatia met the Montenegro.")], fake_code)
    assert r.replaced == 1 and r.stored == 1
    (e,) = query_events(store, EventFilter())
    assert (e["source_code"], e["target_code"], e["cameo"]) == ("HRVGOV", "MNEGOV", "040")
    assert store_status(store).mentions == 1
    assert store.value("SELECT count(*) FROM event_dirty") == 0


def test_copies_of_a_changed_original_are_processed_again(store):
    ingest_articles(store, [art("orig", report(1), source="AP"), art("copy", report(1), source="BBC")], fake_code)
    assert store.value("SELECT status FROM articles WHERE article_id='copy'") == "copy"
    # the original is rewritten beyond recognition: its copy must now be coded on its own
    rep = ingest_articles(store, [art("orig", "Croatia met the Montenegro on 2018-03-20.", source="AP")], fake_code)
    assert rep.reprocessed == 1
    assert store.value("SELECT status FROM articles WHERE article_id='copy'") == "coded"
    pairs = sorted((e["source_code"], e["target_code"], e["mentions"]) for e in query_events(store, EventFilter()))
    assert pairs == [("HRVGOV", "MNEGOV", 1), ("XKXCOP", "SRBGOV", 1)]


def test_mentions_round_trip_to_the_typed_records(store):
    arts = [art("a1", A1, source="Wire A")]
    coded = fake_code(arts)[0][1]
    ingest_coded(store, [(arts[0], coded)])
    back = query_mentions(store, EventFilter(), article_id="a1")
    assert [e.to_dict() for e in back] == [e.to_dict() for e in sorted(coded, key=lambda e: (e.sentence_index, e.event_id))]
    for e in back:
        validate_event(e.to_dict())
        assert A1[e.span[0]:e.span[1]] == e.sentence
        assert A1[e.source.span[0]:e.source.span[1]] == e.source.text


def test_every_event_leads_back_to_its_sentences(store):
    ingest_articles(store, [art("a1", A1), art("a2", report(3), source="X")], fake_code)
    for e in query_events(store, EventFilter()):
        ms = event_mentions(store, e["event_id"])
        assert len(ms) >= 1 and e["lead_mention_id"] in {m.event_id for m in ms}
        for m in ms:
            text = store.value("SELECT text FROM articles WHERE article_id = ?", [m.article_id])
            assert text[m.span[0]:m.span[1]] == m.sentence and m.trigger in m.sentence


def test_articles_without_events_are_stored_and_skipped_next_time(store):
    r = ingest_articles(store, [art("quiet", "Nothing happened today in the capital.")], fake_code)
    assert r.stored == 1 and r.mentions == 0
    assert ingest_articles(store, [art("quiet", "Nothing happened today in the capital.")], fake_code).unchanged == 1


def test_articles_keep_their_metadata(store):
    a = art("m1", A2, source="Wire", url="https://www.example.org/news/1")
    ingest_articles(store, [a], fake_code)
    row = store.rows("SELECT title, url, source, published, text, origin, source_key FROM articles")[0]
    assert row[1:3] == ("https://www.example.org/news/1", "Wire")
    assert str(row[3]) == "2018-03-26" and row[4] == A2 and row[5] == "m1.txt" and row[6] == "wire"
    (e,) = [e for e in query_events(store, EventFilter(cameo="04"))]
    assert e["source_url"] == "https://www.example.org/news/1"


def test_an_interrupted_rebuild_is_finished_by_the_next_ingest(store):
    from store_fakes import code_article

    from flashpoint.store.dedup import refresh_events
    from flashpoint.store.ingest import content_hash, source_key
    from flashpoint.store.stage import ArticleRow, Lines
    from flashpoint.store.write import write_batch

    a = art("a1", A1)
    lines = Lines()
    lines.add(a.id, [json.dumps(e.to_dict()) for e in code_article(a)])
    row = ArticleRow(a.id, content_hash(a), None, None, None, a.published, None, a.text, a.origin,
                     source_key(None, None))
    write_batch(store, [row], lines)  # committed, but killed before the events rebuild
    st = store_status(store)
    assert st.mentions == 3 and st.events == 0 and st.stale_marks > 0
    ingest_articles(store, [], fake_code)  # any later ingest finishes it first
    st = store_status(store)
    assert st.events == 3 and st.stale_marks == 0
    assert not refresh_events(store)


def test_a_copy_of_an_article_that_could_not_be_coded_is_coded_itself(store):
    """Near-duplicates in one batch: the first is the original, the second its copy. When the
    coder fails on the original, it is not stored, so the copy must not point at it: it is coded."""
    failures = []

    def code(batch, on_failure=None):
        for a in batch:
            if a.id == "broken-original":
                failures.append(a.id)  # what Coder.code_stream_local passes to on_failure
            else:
                yield a, fake_code([a])[0][1]

    r = ingest_articles(store, [art("broken-original", A1, source="Wire A"), art("copy", A1, source="Wire B")],
                        lambda batch: code(batch))
    assert failures == ["broken-original"]
    rows = dict(store.rows("SELECT article_id, status FROM articles"))
    assert rows == {"copy": "coded"}
    assert r.stored == 1 and r.copies == 0 and store_status(store).events == 3
