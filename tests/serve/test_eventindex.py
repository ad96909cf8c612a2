"""The in-memory events index gives exactly the pages SQL gives (events_page), for every kind of filter."""

from __future__ import annotations

import itertools
import random
from dataclasses import replace

import pytest
from fp_factory import build, built, dyad_items, escalation_items

from flashpoint.analysis.browse import events_page
from flashpoint.errors import ConfigError
from flashpoint.ontology import load_ontology
from flashpoint.records import Actor, Article, Event
from flashpoint.serve.eventindex import EventIndex
from flashpoint.store import EventFilter, open_store

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
