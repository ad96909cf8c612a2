"""Grouping mentions into events: keys, date windows, counts, best date and place, order independence."""

from __future__ import annotations

import random

from store_fakes import art, fake_code, snapshot

from flashpoint.records import Actor, Article, Event, Location
from flashpoint.store import EventFilter, StoreSettings, ingest_articles, ingest_coded, open_store, query_events
from flashpoint.store.dedup import rebuild_events, update_settings


def _actor(code: str) -> Actor:
    return Actor(text=code, span=(0, 3), name=code, code=code, country=code[:3], sector=code[3:] or None)


def ev(aid: str, n: int, src: str | None, tgt: str | None, cameo: str = "173", date: str | None = "2018-03-26",
       precision: str | None = "day", negated: bool = False, place: str | None = None, published: str | None = None,
       sentence_index: int = 0) -> Event:
    loc = Location(name=place, country="XKX", lat=42.0, lon=20.0, feature="city") if place else None
    return Event(event_id=f"{aid}-{n:03d}".ljust(20, "0")[:20], article_id=aid, published=published,
                 sentence_index=sentence_index, sentence=f"Sentence {n}.", span=(0, 12), trigger="did",
                 source=_actor(src) if src else None, target=_actor(tgt) if tgt else None, cameo=cameo,
                 cameo_root=cameo[:2], cameo_name="x", goldstein=-5.0, quad_class=4,
                 plover={"type": "COERCE", "mode": None}, date=date, date_precision=precision if date else None,
                 negated=negated, location=loc)


def _store(store, *groups: tuple[str, str | None, list[Event]]):
    pairs = [(Article(id=aid, text=f"text of {aid}", source=source, published=evs[0].published if evs else None), evs)
             for aid, source, evs in groups]
    ingest_coded(store, pairs)
    return sorted(query_events(store, EventFilter()), key=lambda e: (e["first_date"] or "", e["event_id"]))


def test_same_actors_code_and_day_across_articles_is_one_event(store):
    (e,) = _store(store, ("a", "AP", [ev("a", 1, "XKXCOP", "SRBGOV")]),
                  ("b", "BBC", [ev("b", 1, "XKXCOP", "SRBGOV", cameo="1731", date="2018-03-27")]),
                  ("c", "AP", [ev("c", 1, "XKXCOP", "SRBGOV", date="2018-03-26")]))
    assert (e["mentions"], e["articles"], e["sources"]) == (3, 3, 2)
    assert e["cameo_base"] == "173" and e["cameo"] == "173"  # the most reported code
    assert e["date"] == "2018-03-26" and (e["first_date"], e["last_date"]) == ("2018-03-26", "2018-03-27")
    assert e["event_id"] == min("a-001", "b-001", "c-001").ljust(20, "0")


def test_different_actors_or_base_codes_are_different_events(store):
    evs = _store(store, ("a", None, [ev("a", 1, "XKXCOP", "SRBGOV"), ev("a", 2, "XKXCOP", "SRBMIL"),
                                     ev("a", 3, "SRBGOV", "XKXCOP"), ev("a", 4, "XKXCOP", "SRBGOV", cameo="111"),
                                     ev("a", 5, "XKXCOP", None), ev("a", 6, None, "SRBGOV")]))
    assert len(evs) == 6


def test_dates_further_apart_than_the_window_are_different_events(db):
    with open_store(db) as st:
        assert len(_store(st, ("a", None, [ev("a", 1, "XKXCOP", "SRBGOV", date="2018-03-20")]),
                          ("b", None, [ev("b", 1, "XKXCOP", "SRBGOV", date="2018-03-21")]),
                          ("c", None, [ev("c", 1, "XKXCOP", "SRBGOV", date="2018-03-25")]))) == 2
        update_settings(st, event_window_days=0)  # same day only: rebuilt at once
        assert st.value("SELECT count(*) FROM events") == 3
        update_settings(st, event_window_days=5)
        assert st.value("SELECT count(*) FROM events") == 1


def test_a_daily_series_stays_a_series(store):
    evs = _store(store, *[(f"d{d}", None, [ev(f"d{d}", 1, "XKXCOP", "SRBGOV", date=f"2018-03-{d}")])
                          for d in range(10, 15)])
    assert [(e["first_date"], e["last_date"]) for e in evs] == [
        ("2018-03-10", "2018-03-11"), ("2018-03-12", "2018-03-13"), ("2018-03-14", "2018-03-14")]


def test_best_date_is_the_most_precise_then_the_most_reported(store):
    (e,) = _store(store, ("a", None, [ev("a", 1, "XKXCOP", "SRBGOV", date="2018-03-01", precision="month")]),
                  ("b", None, [ev("b", 1, "XKXCOP", "SRBGOV", date="2018-03-02", place="Mitrovica")]),
                  ("c", None, [ev("c", 1, "XKXCOP", "SRBGOV", date="2018-03-01", place="Mitrovica")]),
                  ("d", None, [ev("d", 1, "XKXCOP", "SRBGOV", date="2018-03-02", place="Zvecan")]))
    assert (e["date"], e["date_precision"]) == ("2018-03-02", "day")
    assert e["location_name"] == "Mitrovica" and e["mentions"] == 4


def test_negated_mentions_are_kept_but_form_no_event(store):
    evs = _store(store, ("a", None, [ev("a", 1, "XKXCOP", "SRBGOV", negated=True),
                                     ev("a", 2, "SRBGOV", "XKXCOP")]))
    assert len(evs) == 1 and evs[0]["source_code"] == "SRBGOV"
    assert store.value("SELECT count(*) FROM mentions") == 2


def test_mentions_without_a_date_form_one_event_per_key(store):
    (e,) = _store(store, ("a", None, [ev("a", 1, "XKXCOP", "SRBGOV", date=None)]),
                  ("b", None, [ev("b", 1, "XKXCOP", "SRBGOV", date=None)]))
    assert e["date"] is None and e["mentions"] == 2


def test_is_root_marks_events_from_a_lead_sentence(store):
    evs = _store(store, ("a", None, [ev("a", 1, "XKXCOP", "SRBGOV", sentence_index=3),
                                     ev("a", 2, "SRBGOV", "XKXCOP", sentence_index=0)]))
    assert {e["source_code"]: e["is_root"] for e in evs} == {"XKXCOP": False, "SRBGOV": True}


def test_an_event_of_one_mention_is_that_mention_beside_groups_that_vote(store):
    evs = _store(store, ("a", "AP", [ev("a", 1, "XKXCOP", "SRBGOV", date="2018-03-01", place="Zvecan", cameo="1731"),
                                     ev("a", 2, "SRBGOV", "XKXCOP", date="2018-03-09", precision="month",
                                        sentence_index=2)]),
                 ("b", "BBC", [ev("b", 1, "XKXCOP", "SRBGOV", date="2018-03-02", place="Mitrovica"),
                               ev("b", 2, "XKXCOP", "SRBGOV", cameo="111", date=None)]),
                 ("c", "BBC", [ev("c", 1, "XKXCOP", "SRBGOV", date="2018-03-01", place="Mitrovica")]))
    by_code = {(e["source_code"], e["cameo_base"]): e for e in evs}
    grouped, alone, undated = by_code["XKXCOP", "173"], by_code["SRBGOV", "173"], by_code["XKXCOP", "111"]
    assert (grouped["mentions"], grouped["articles"], grouped["sources"]) == (3, 3, 2)
    assert (grouped["cameo"], grouped["location_name"], grouped["date"]) == ("173", "Mitrovica", "2018-03-01")
    for e, mention in ((alone, "a-002"), (undated, "b-002")):
        assert (e["mentions"], e["articles"], e["sources"]) == (1, 1, 1)
        assert e["event_id"] == e["lead_mention_id"] == mention.ljust(20, "0")
    assert (alone["date"], alone["date_precision"], alone["first_date"], alone["last_date"]) == (
        "2018-03-09", "month", "2018-03-09", "2018-03-09")
    assert (alone["is_root"], alone["location_name"], alone["cameo"]) == (False, None, "173")
    assert (undated["date"], undated["first_date"], undated["is_root"]) == (None, None, True)


SENTENCES = ["Kosovo police arrested the Serbian in Mitrovica on 2018-03-{d:02d}.",
             "Serbia criticized the Kosovo on 2018-03-{d:02d}.", "Albania praised the Kosovo on 2018-03-{d:02d}.",
             "Kosovo police detained the Serbian on 2018-03-{d:02d}.", "Serbia met the Albania in Belgrade."]


def _corpus(seed: int, n: int = 40) -> list[Article]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        sents = [rng.choice(SENTENCES).format(d=rng.randint(1, 12)) for _ in range(rng.randint(1, 3))]
        own = " ".join(f"w{seed}x{i}x{k}" for k in range(30))  # distinct wording: no near-duplicates here
        out.append(art(f"r{i:03d}", " ".join(sents) + f" Notes {own}.", published=f"2018-03-{rng.randint(1, 14):02d}",
                       source=rng.choice(["AP", "BBC", "RTS", None])))
    return out


def _events(path: str) -> list[tuple]:
    return snapshot(path)["events"]


def test_events_do_not_depend_on_ingest_order_or_batches(tmp_path):
    """(Which of two near-duplicates is the original does depend on order: the first one seen.)"""
    corpus = _corpus(1)
    runs = []
    for k, (order, batch) in enumerate([(corpus, 64), (corpus[::-1], 7), (sorted(corpus, key=lambda a: a.text), 1)]):
        path = str(tmp_path / f"s{k}.duckdb")
        with open_store(path) as st:
            ingest_articles(st, order, fake_code, batch_size=batch)
        runs.append(_events(path))
    assert runs[0] == runs[1] == runs[2]
    assert len(runs[0]) > 5


def test_incremental_updates_match_a_full_rebuild(db):
    rng = random.Random(5)
    corpus = _corpus(2, 60)
    with open_store(db) as st:
        for step in range(6):
            batch = rng.sample(corpus, 15)
            if step % 2:  # some articles change and are re-coded
                batch = [art(a.id, _corpus(100 + step, 1)[0].text, a.published, a.source) for a in batch[:5]] + batch[5:]
            ingest_articles(st, batch, fake_code, batch_size=rng.choice([1, 4, 16]))
    incremental = _events(db)
    with open_store(db) as st, st.transaction():
        rebuild_events(st, st.settings)
    assert _events(db) == incremental


def test_country_level_actor_key_merges_sectors(db):
    with open_store(db, settings=StoreSettings(event_actor_key="country")) as st:
        (e,) = _store(st, ("a", None, [ev("a", 1, "XKXCOP", "SRBGOV")]), ("b", None, [ev("b", 1, "XKXGOV", "SRBMIL")]))
        assert (e["mentions"], e["articles"]) == (2, 2)
        update_settings(st, event_actor_key="code")
        assert st.value("SELECT count(*) FROM events") == 2
