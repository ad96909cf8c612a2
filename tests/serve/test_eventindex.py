"""The in-memory events index gives exactly the pages SQL gives (events_page), for every kind of filter."""

from __future__ import annotations

import itertools
import json
import random
from dataclasses import replace

import numpy as np
import pytest
from fp_factory import build, built, dyad_items, escalation_items

from flashpoint.analysis.browse import events_page
from flashpoint.errors import ConfigError
from flashpoint.ontology import load_ontology
from flashpoint.records import Actor, Article, Event
from flashpoint.serve.eventindex import EventIndex
from flashpoint.store import EVENT_COLUMNS, EventFilter, ingest_coded, open_store
from flashpoint.store.dedup import update_settings

COUNTRIES = ["SRB", "XKX", "ALB", "USA", "RUS"]


def _actor(rng: random.Random, start: int) -> Actor | None:
    pick = rng.random()
    if pick < 0.1:
        return None  # an event without this side
    if pick < 0.2:
        return Actor(text="the EU", span=(start, start + 6), name="European Union", code="IGOEUREEC", org="EU")
    country = rng.choice(COUNTRIES)
    sector = rng.choice(["GOV", "MIL", "COP", "GOVJUD"])
    return Actor(text=country, span=(start, start + 3), name=f"{country} {sector}", code=country + sector,
                 country=country, sector=sector[:3], ethnicity="Serb" if rng.random() < 0.1 else None)


def varied_items(n: int = 160, seed: int = 3) -> list[tuple[Article, list[Event]]]:
    """Articles with events of every shape the filters meet: organisations, missing sides, code
    prefixes, undated events, many CAMEO codes and QuadClasses, repeated dates."""
    rng = random.Random(seed)
    codes = [c for c in load_ontology().codes() if len(c.code) >= 3]
    items = []
    for a in range(n // 4):
        aid = f"v{a:03d}"
        published = None if a % 9 == 0 else f"2020-{1 + a % 12:02d}-{1 + a % 27:02d}"
        events, text = [], ""
        for i in range(4):
            c = rng.choice(codes)
            sentence = f"Sentence {i} of article {a} with {c.code}."
            s0 = len(text) + (1 if text else 0)
            text = f"{text} {sentence}" if text else sentence
            date = None if published is None and rng.random() < 0.7 else f"2020-{1 + rng.randrange(12):02d}-0{1 + i}"
            events.append(Event(
                event_id=f"{aid}{i:016d}", article_id=aid, published=published, sentence_index=i, sentence=sentence,
                span=(s0, s0 + len(sentence)), trigger="did", source=_actor(rng, s0), target=_actor(rng, s0 + 4),
                cameo=c.code, cameo_root=c.root, cameo_name=c.name, goldstein=c.goldstein, quad_class=c.quad_class,
                plover={"type": c.plover_type, "mode": c.plover_mode}, date=date,
                date_precision="day" if date else None, date_text=None, location=None, confidence=round(rng.random(), 2),
                version={"flashpoint": "test"}))
        items.append((Article(id=aid, text=text, published=published, title=aid), events))
    return items


@pytest.fixture()
def dyad_store(tmp_path):
    with built(str(tmp_path / "dyad.duckdb"), dyad_items()) as st:
        yield st


@pytest.fixture()
def varied_store(tmp_path):
    path = build(str(tmp_path / "varied.duckdb"), varied_items())
    with open_store(path, read_only=True) as st:
        yield st


ACTORS = ["SRB", "XKX", "KSV", "KOS", "EU", "eu", "EEC", "IGO", "SRBGOV", "SRBGOVJUD", "USAMIL", "XKXC", "NOPE",
          "XKX:Serb", "KSV:serb", "SRB:Serb", "XKX:Nope", "SRB|XKX:Serb", "EU|USAMIL", "|"]
SHAPES = [EventFilter()]
SHAPES += [EventFilter(actor=a) for a in ACTORS]
SHAPES += [EventFilter(dyad=(a, b)) for a, b in itertools.permutations(["SRB", "XKX", "EU", "SRBGOV", "KSV"], 2)]
SHAPES += [EventFilter(since="2020-03-01"), EventFilter(until="2020-06-30"),
           EventFilter(since="2020-04-02", until="2020-04-02"), EventFilter(since="2030-01-01")]
SHAPES += [EventFilter(cameo=c) for c in ("0", "1", "17", "173", "0231", "9999")]
SHAPES += [EventFilter(quad=q) for q in (1, 2, 3, 4)]
SHAPES += [EventFilter(min_confidence=c) for c in (0.0, 0.3, 0.5, 0.93, 1.0)]
SHAPES += [EventFilter(actor="SRB", min_confidence=0.4), EventFilter(dyad=("SRB", "XKX"), min_confidence=0.2)]
SHAPES += [EventFilter(place=p) for p in ("Pristina", "Nowhere")] + [EventFilter(actor="SRB", place="Pristina")]
SHAPES += [EventFilter(actor="SRB", quad=4, since="2020-02-01"), EventFilter(dyad=("SRB", "XKX"), cameo="1"),
           EventFilter(actor="EU", until="2020-08-31", quad=1), EventFilter(actor="", quad=None)]
TEXTS = ["sentence 1", "GOV", "srb mil", '"of article 1 "', "european", "eu 04", "zzz", "did", "", '"', "1 of",
         "article 3 with", "with 0"]
SEARCHES = [EventFilter(text=t) for t in TEXTS]  # most events pass the other filters: one scan of the text
SEARCHES += [EventFilter(actor="SRB", text=t) for t in TEXTS[:8]]  # a few: each one looked at
SEARCHES += [EventFilter(dyad=("SRB", "XKX"), quad=1, text="sentence"), EventFilter(since="2020-06-01", text="mil gov")]
PAIRS = [None, ("XKX:Serb", "XKX"), ("SRB|XKX:Serb", "XKXGOV"), ("SRB", "XKX"), ("XKX", "SRB"), ("SRB", "SRB"), ("EU", "SRBGOV"), ("KSV", "ALB"), ("USA", "NOPE")]


def test_index_pages_equal_sql_pages(varied_store):
    index = EventIndex.build(varied_store)
    assert index is not None and len(index) == int(varied_store.value("SELECT count(*) FROM events"))
    assert varied_store.value("SELECT count(*) FROM events WHERE date IS NULL") > 0  # undated events are there
    checked = 0
    cases = [(f, None, page) for f in SHAPES + SEARCHES for page in ((50, 0), (7, 7), (0, 0), (10, 10_000))]
    cases += [(f, pair, page) for f in SHAPES[:1] + SHAPES[-8:] + SEARCHES[:3] + SEARCHES[-2:] if f.dyad is None
              for pair in PAIRS[1:] for page in ((50, 0), (3, 2))]
    for f, pair, (limit, offset) in cases:
        want = events_page(varied_store, f, limit=limit, offset=offset, pair=pair)
        got = index.page(f, limit=limit, offset=offset, pair=pair)
        assert got == want, (f, pair, limit, offset)
        checked += want.total > 0
    assert checked > 150  # most filters match something


@pytest.mark.parametrize("items", [dyad_items, escalation_items])
def test_index_on_the_test_stores(tmp_path, items):
    with open_store(build(str(tmp_path / "s.duckdb"), items()), read_only=True) as st:
        index = EventIndex.build(st, generation=7)
        assert index is not None and index.generation == 7
        for f in (EventFilter(), EventFilter(dyad=("SRB", "XKX")), EventFilter(actor="XKX", quad=4),
                  EventFilter(place="Pristina"), EventFilter(place="Belgrade", actor="XKX")):
            for pair in (None, ("SRB", "XKX")) if f.dyad is None else (None,):
                assert index.page(f, limit=5, offset=2, pair=pair) == events_page(st, f, limit=5, offset=2, pair=pair)
        assert events_page(st, EventFilter(place="Pristina")).total > 0


def test_index_checks_like_events_page(dyad_store):
    index = EventIndex.build(dyad_store)
    assert index is not None
    with pytest.raises(ConfigError):
        index.page(EventFilter(), limit=5000)
    with pytest.raises(ConfigError):
        index.page(EventFilter(), offset=-1)
    with pytest.raises(ConfigError):
        index.page(EventFilter(dyad=("SRB", "XKX")), pair=("SRB", "XKX"))


def test_index_is_a_snapshot_and_has_a_size_limit(tmp_path):
    path = build(str(tmp_path / "s.duckdb"), dyad_items())
    with open_store(path) as st:
        assert EventIndex.build(st, max_events=5) is None  # six events: over the limit
        index = EventIndex.build(st, max_events=6)
        assert index is not None and len(index) == 6
        st.run("DELETE FROM events WHERE source_country = 'ALB'")
        assert index.page(EventFilter()).total == 6  # the copy does not follow the table
        fresh = EventIndex.build(st)
        assert fresh is not None and fresh.page(EventFilter()) == events_page(st, EventFilter())
        assert fresh.page(replace(EventFilter(), actor="ALB")).total == 0


def test_index_search_equals_sql_beyond_ascii(tmp_path):
    from fp_factory import Spec, article

    items = [article("a", "2020-05-01", [Spec("2020-05-01", "SRB", "XKX", "criticized", "in Priština over ÉLITE units"),
                                         Spec("2020-05-02", "XKX", "SRB", "accused", "über 🙂 alles")]),
             article("b", "2020-05-01", [Spec("2020-05-01", "SRB", "XKX", "criticized", "at the dam")])]
    with built(str(tmp_path / "u.duckdb"), items) as st:
        index = EventIndex.build(st)
        assert index is not None
        for text in ("priština", "PRIŠTINA", "élite", "über", "🙂", "ü", "dam priština", '"dam"', "criticized"):
            want = events_page(st, EventFilter(text=text))
            assert index.page(EventFilter(text=text)) == want, text
            assert want.total >= 1


# -- refreshing after writes: the same index as a build from scratch --------------------------------

def _decoded(codes) -> list:
    names = {c: v for v, c in codes.vocab.items()}
    return [names[int(c)] for c in codes.codes]


def assert_same_index(got: EventIndex, want: EventIndex) -> None:
    """Every column, value and type, every encoded filter column as values, the same order."""
    assert got.size == want.size == len(got.hashes) and got.generation == want.generation
    assert got.hashes.tolist() == want.hashes.tolist()
    for name, a, b in zip(EVENT_COLUMNS, got.columns, want.columns, strict=True):
        assert [(type(x), x) for x in a] == [(type(x), x) for x in b], name
    for name in ("source_key", "target_key", "source_code", "target_code", "cameo", "place"):
        assert _decoded(getattr(got, name)) == _decoded(getattr(want, name)), name
    for role in ("source", "target"):
        assert _decoded(got.country[role]) == _decoded(want.country[role])
        assert _decoded(got.ethnicity[role]) == _decoded(want.ethnicity[role])
    assert np.array_equal(got.quad, want.quad)
    assert np.array_equal(got.confidence, want.confidence, equal_nan=True)
    assert np.array_equal(got.date, want.date, equal_nan=True)
    # the search text: each event's, and the whole as a search reads it
    assert _texts(got) == _texts(want)
    assert got.text == want.text
    assert got.text_start.tolist() == want.text_start.tolist() and got.text_end.tolist() == want.text_end.tolist()


def _texts(index: EventIndex) -> list[str]:
    return [index.text[a:b].decode("utf-8") for a, b in zip(index.text_start, index.text_end, strict=True)]


def assert_pages_as_sql(index: EventIndex, st, built: EventIndex | None = None, texts: tuple[str, ...] = ()) -> None:
    """``index``'s pages are SQL's (and those of ``built``, an index read anew), searches (q) included."""
    searches = SEARCHES[::2] + [EventFilter(text=t) for t in texts] + [EventFilter(actor="SRB", text=t) for t in texts]
    for f in SHAPES[::3] + searches:
        for limit, offset in ((50, 0), (7, 3)):
            want = events_page(st, f, limit=limit, offset=offset)
            got = index.page(f, limit=limit, offset=offset)
            assert got == want and json.dumps(got.to_dict()) == json.dumps(want.to_dict()), f
            if built is not None:
                assert built.page(f, limit=limit, offset=offset) == want, f
    for pair in PAIRS[1:]:
        assert index.page(EventFilter(), limit=9, pair=pair) == events_page(st, EventFilter(), limit=9, pair=pair)
        f = EventFilter(text="sentence")
        assert index.page(f, limit=9, pair=pair) == events_page(st, f, limit=9, pair=pair)


def _writes():
    """Writes of every kind the events table sees, each a function of the open store."""
    items = varied_items(n=400, seed=5)
    first, later = items[:40], items[40:]  # 40 articles stored first, 60 for later

    taken = [0]

    def more(st):  # new articles: new events
        ingest_coded(st, later[taken[0]:taken[0] + 6])
        taken[0] += 6

    def same_events_again(st):  # other reports of stored events: those events' counts and sources change
        again = []
        for art, events in first[:3]:
            copy = Article(id=art.id + "-again", text=art.text + " Reported again.", published=art.published,
                           title=art.title, source="Other Wire")
            again.append((copy, [replace(e, article_id=copy.id, event_id=e.event_id + "b") for e in events]))
        ingest_coded(st, again)

    def recode(st):  # a stored article coded anew: its events go, others come
        art, events = first[5]
        changed = Article(id=art.id, text=art.text + " Changed.", published=art.published, title=art.title)
        ingest_coded(st, [(changed, [replace(e, cameo="190", cameo_root="19", quad_class=4, confidence=0.99)
                                     for e in events[:2]])])

    def edit(st):  # columns changed in place, rows deleted
        st.run("UPDATE events SET location_name = 'Pristina', confidence = NULL "
               "WHERE event_id IN (SELECT event_id FROM events ORDER BY event_id LIMIT 7)")
        st.run("DELETE FROM events WHERE event_id IN (SELECT event_id FROM events ORDER BY event_id DESC LIMIT 5)")

    def regroup(st):  # a settings change rebuilds the whole table
        update_settings(st, event_window_days=0)

    def nothing(st):
        pass

    # writes that change only what a search finds: the events rows stay as they were, the sentences
    # of their mentions (the search text's other part) change
    def reword(st):  # a mention's sentence edited
        st.run("UPDATE mentions SET sentence = sentence || ' A zebra crossing.' "
               "WHERE mention_id = (SELECT min(mention_id) FROM event_mentions)")

    def mention_joins(st):  # a mention joins an event (its key and date), with a sentence of its own
        st.run("INSERT INTO mentions SELECT * REPLACE (mention_id || '-x' AS mention_id, "
               "'Über the Ibar bridge, a Quokka spoke.' AS sentence) FROM mentions "
               "WHERE mention_id = (SELECT max(mention_id) FROM event_mentions)")

    def mention_leaves(st):  # a mention no longer counts (negated): its sentence leaves its event's text
        st.run("UPDATE mentions SET negated = TRUE WHERE mention_id = (SELECT max(mention_id) FROM event_mentions "
               "WHERE mention_id NOT LIKE '%-x')")

    def empty(st):
        st.run("DELETE FROM events")

    def refill(st):
        ingest_coded(st, later[30:45])

    return first, [more, same_events_again, recode, edit, nothing, reword, mention_joins, mention_leaves, regroup,
                   more, empty, refill]


TEXT_ONLY = ("reword", "mention_joins", "mention_leaves")
# what those writes put in (or took out of) some event's search text
FOUND = ("zebra", "a zebra crossing", "quokka", "über the ibar", "sentence 3 of", "article 39")


def test_a_refreshed_index_is_the_index_built_anew_after_every_kind_of_write(tmp_path):
    first, writes = _writes()
    with open_store(build(str(tmp_path / "r.duckdb"), first)) as st:
        index = EventIndex.build(st)
        assert index is not None
        for generation, write in enumerate(writes, start=1):
            before = index.hashes.tolist()
            rows = st.con.execute("SELECT * FROM events ORDER BY event_id").fetchall()
            write(st)
            if write.__name__ in TEXT_ONLY:  # the events table as it was: only the search text tells
                assert st.con.execute("SELECT * FROM events ORDER BY event_id").fetchall() == rows
                assert _texts(EventIndex.build(st)) != _texts(index), write.__name__
            got = index.refreshed(st, generation)
            assert got is not None, write.__name__
            want = EventIndex.build(st, generation=generation)
            assert want is not None
            assert_same_index(got, want)
            assert_pages_as_sql(got, st, want, FOUND)
            assert index.generation == generation - 1 and index.hashes.tolist() == before  # left as it was
            assert (got.hashes.tolist() == before) == (write.__name__ == "nothing"), write.__name__
            if write.__name__ in TEXT_ONLY:  # one event's text changed: one row read again
                assert len(set(got.hashes.tolist()) - set(before)) == 1, write.__name__
            index = got  # the next refresh starts from a refreshed index
        assert index.page(EventFilter(text="zebra")).total == 0  # (the table emptied and refilled since)


def test_a_search_finds_what_a_write_changed_in_the_sentences_only(tmp_path):
    first, writes = _writes()
    text_only = {w.__name__: w for w in writes if w.__name__ in TEXT_ONLY}
    with open_store(build(str(tmp_path / "t.duckdb"), first)) as st:
        index = EventIndex.build(st)
        assert index is not None
        for generation, (name, needle) in enumerate((("reword", "zebra"), ("mention_joins", "quokka")), start=1):
            assert index.page(EventFilter(text=needle)).total == 0
            text_only[name](st)
            got = index.refreshed(st, generation)
            assert got is not None
            assert got.page(EventFilter(text=needle)) == events_page(st, EventFilter(text=needle))
            assert got.page(EventFilter(text=needle)).total == 1
            index = got
        gone = st.value("SELECT min(sentence) FROM event_mentions WHERE mention_id = "
                        "(SELECT max(mention_id) FROM event_mentions WHERE mention_id NOT LIKE '%-x')")
        needle = f'"{gone.lower()}"'
        assert index.page(EventFilter(text=needle)).total >= 1
        text_only["mention_leaves"](st)
        got = index.refreshed(st, 3)
        assert got is not None
        assert got.page(EventFilter(text=needle)) == events_page(st, EventFilter(text=needle))
        assert got.page(EventFilter(text=needle)).total == index.page(EventFilter(text=needle)).total - 1


def test_a_refresh_declines_what_it_cannot_do_well(tmp_path):
    first, _ = _writes()
    with open_store(build(str(tmp_path / "r.duckdb"), first)) as st:
        index = EventIndex.build(st)
        assert index is not None
        n = len(index)
        st.run("UPDATE events SET confidence = 0.5 WHERE event_id IN (SELECT event_id FROM events LIMIT 3)")
        assert index.refreshed(st, 1, max_changed=2) is None  # three rows changed
        assert index.refreshed(st, 1, max_events=n - 1) is None  # over the size limit
        assert index.refreshed(st, 1, max_changed=3, max_events=n) is not None
        blind = EventIndex({c: [] for c in (*("source_key", "target_key", "search_text"), *EVENT_COLUMNS)})
        assert blind.hashes is None and blind.refreshed(st, 1) is None  # made without hashes: build it instead
