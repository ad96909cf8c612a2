"""Hand-made event records and stores for the analysis and serve tests (no model needed).

``article(aid, published, specs)`` writes one article whose sentences each state one event
("Serbia criticized Kosovo on 2020-01-06.") and the event records the coder would give for them;
``build(path, items)`` stores them with the store's own ingest. ``fake_code`` is a stand-in for the
coder that reads such sentences, for the HTTP ingest tests.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from flashpoint.ontology import load_ontology
from flashpoint.records import Actor, Article, Event, Location
from flashpoint.store import Store, ingest_coded, open_store

NAMES = {"SRB": "Serbia", "XKX": "Kosovo", "ALB": "Albania", "USA": "Washington", "RUS": "Russia"}
CODES = {v: k for k, v in NAMES.items()}
VERBS = {"criticized": "111", "accused": "112", "rejected": "120", "threatened": "130", "attacked": "190",
         "arrested": "173", "expelled": "174", "met": "040", "praised": "051", "helped": "070", "welcomed": "051",
         "protested": "141", "sanctioned": "163"}
PLACES = {"SRB": ("Belgrade", 44.80, 20.47), "XKX": ("Pristina", 42.67, 21.17), "ALB": ("Tirana", 41.33, 19.82)}


@dataclass(frozen=True)
class Spec:
    """One event to write: ``date``, source and target countries, verb (see VERBS), extra words."""

    date: str
    source: str
    target: str
    verb: str = "criticized"
    extra: str = ""
    place: bool = True
    date_basis: str = "stated"  # how the record says its date was found ("published": no date_text)


def _actor(country: str, start: int) -> Actor:
    name = NAMES.get(country, country)
    return Actor(text=name, span=(start, start + len(name)), name=name, code=f"{country}GOV", country=country,
                 sector="GOV")


def _event(aid: str, published: str | None, index: int, s0: int, sentence: str, spec: Spec) -> Event:
    code = load_ontology().get(VERBS[spec.verb])
    src = _actor(spec.source, s0)
    t_at = sentence.index(NAMES.get(spec.target, spec.target), len(NAMES.get(spec.source, spec.source)))
    tgt = _actor(spec.target, s0 + t_at)
    loc = None
    if spec.place and spec.target in PLACES:
        name, lat, lon = PLACES[spec.target]
        loc = Location(name=name, country=spec.target, lat=lat, lon=lon, feature="city")
    eid = hashlib.sha1(f"{aid}|{index}|{code.code}".encode()).hexdigest()[:20]
    return Event(event_id=eid, article_id=aid, published=published, sentence_index=index, sentence=sentence,
                 span=(s0, s0 + len(sentence)), trigger=spec.verb, source=src, target=tgt, cameo=code.code,
                 cameo_root=code.root, cameo_name=code.name, goldstein=code.goldstein, quad_class=code.quad_class,
                 plover={"type": code.plover_type, "mode": code.plover_mode}, date=spec.date, date_precision="day",
                 date_text=None if spec.date_basis == "published" else spec.date, date_basis=spec.date_basis,
                 location=loc, confidence=0.8, version={"flashpoint": "test"})


def sentence_of(spec: Spec) -> str:
    extra = f" {spec.extra}" if spec.extra else ""
    return f"{NAMES.get(spec.source, spec.source)} {spec.verb} {NAMES.get(spec.target, spec.target)}{extra} " \
           f"on {spec.date}."


def article(aid: str, published: str | None, specs: Iterable[Spec], title: str | None = None,
            source: str = "Test Wire") -> tuple[Article, list[Event]]:
    """An article stating ``specs`` (one sentence each) and its event records."""
    text, events = "", []
    for i, spec in enumerate(specs):
        if text:
            text += " "
        s0 = len(text)
        sent = sentence_of(spec)
        text += sent
        events.append(_event(aid, published, i, s0, sent, spec))
    return Article(id=aid, text=text, published=published, title=title or aid, source=source), events


@contextmanager
def built(path: str, items: Iterable[tuple[Article, list[Event]]]) -> Iterator[Store]:
    """A store of ``items`` at ``path``, open read-only for the block."""
    with open_store(build(path, items), read_only=True) as st:
        yield st


def build(path: str, items: Iterable[tuple[Article, list[Event]]]) -> str:
    """Store ``items`` at ``path`` (created) and return the path."""
    with open_store(path) as st:
        ingest_coded(st, items)
    return path


_SENT = re.compile(r"[^.!?]+[.!?]")
_EVENT = re.compile(r"\b(" + "|".join(CODES) + r")\b (" + "|".join(VERBS) + r")\b(.*?)\b(" + "|".join(CODES) +
                    r")\b")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def fake_code(articles: Iterable[Article], on_failure: object = None) -> list[tuple[Article, list[Event]]]:
    """Drop-in for ``Coder.code_stream_local``: one event per sentence "<Country> <verb> ... <Country> ..."."""
    out = []
    for a in articles:
        events = []
        for i, m in enumerate(_SENT.finditer(a.text)):
            sent = m.group().strip()
            s0 = a.text.index(sent, m.start())
            hit = _EVENT.search(sent)
            if not hit:
                continue
            date = _DATE.search(sent)
            spec = Spec(date=date.group() if date else (a.published or "2020-01-01"), source=CODES[hit.group(1)],
                        target=CODES[hit.group(4)], verb=hit.group(2))
            ev = _event(a.id, a.published, i, s0, sent, spec)
            ev.source = Actor(text=hit.group(1), span=(s0 + hit.start(1), s0 + hit.end(1)), name=hit.group(1),
                              code=f"{spec.source}GOV", country=spec.source, sector="GOV")
            ev.target = Actor(text=hit.group(4), span=(s0 + hit.start(4), s0 + hit.end(4)), name=hit.group(4),
                              code=f"{spec.target}GOV", country=spec.target, sector="GOV")
            events.append(ev)
        out.append((a, events))
    return out


# -- the stores of the analysis tests ------------------------------------------------------------

def dyad_items():
    """SRB and XKX in early 2020: Jan conflict and cooperation, Feb nothing, Mar one meeting."""
    return [
        article("a1", "2020-01-06", [Spec("2020-01-06", "SRB", "XKX", "criticized"),
                                     Spec("2020-01-08", "XKX", "SRB", "praised")]),
        article("a2", "2020-01-20", [Spec("2020-01-20", "SRB", "XKX", "arrested"),
                                     Spec("2020-01-21", "ALB", "XKX", "helped")]),
        article("a3", "2020-03-02", [Spec("2020-03-02", "SRB", "XKX", "met"),
                                     Spec("2020-03-03", "XKX", "XKX", "arrested")]),
    ]


def escalation_items():
    """Weekly SRB-XKX conflict: one event a week for ten weeks (Mondays from 2021-01-04), then six
    in the week of 2021-03-15; ALB-XKX steady at two a week throughout."""
    items = []
    weeks = ["2021-01-04", "2021-01-11", "2021-01-18", "2021-01-25", "2021-02-01", "2021-02-08", "2021-02-15",
             "2021-02-22", "2021-03-01", "2021-03-08"]
    for i, day in enumerate(weeks):
        items.append(article(f"w{i}", day, [Spec(day, "SRB", "XKX", "criticized"),
                                            Spec(day, "ALB", "XKX", "accused"),
                                            Spec(day, "XKX", "ALB", "rejected")]))
    burst = [Spec("2021-03-15", "SRB", "XKX", "attacked", "near the border"),
             Spec("2021-03-15", "XKX", "SRB", "arrested"),
             Spec("2021-03-16", "SRB", "XKX", "threatened"),
             Spec("2021-03-17", "XKX", "SRB", "expelled"),
             Spec("2021-03-18", "SRB", "XKX", "sanctioned"),
             Spec("2021-03-19", "XKX", "SRB", "protested")]
    items.append(article("burst", "2021-03-19", burst, title="Clashes at the boundary"))
    items.append(article("w10", "2021-03-15", [Spec("2021-03-15", "ALB", "XKX", "accused"),
                                               Spec("2021-03-15", "XKX", "ALB", "rejected")]))
    return items


KOSOVO_WEEKS = ["2021-01-04", "2021-01-11", "2021-01-18", "2021-01-25", "2021-02-01", "2021-02-08",
                "2021-02-15", "2021-02-22", "2021-03-01", "2021-03-08"]


def _serbs(item):
    """The article with every Kosovo source turned into Kosovo Serb civilians (XKXCVL, ethnicity Serb)."""
    art, events = item
    for ev in events:
        s = ev.source
        if s is not None and s.country == "XKX":
            ev.source = Actor(text=s.text, span=s.span, name="Kosovo Serb civilians", code="XKXCVL", country="XKX",
                              sector="CVL", ethnicity="Serb")
    return art, events


def kosovo_items():
    """Kosovo Serbs -> Kosovo government: one protest a week, then five in the week of 2021-03-15;
    Serbia -> Kosovo steady at one a week."""
    items = []
    for i, day in enumerate(KOSOVO_WEEKS):
        items.append(_serbs(article(f"k{i}", day, [Spec(day, "XKX", "XKX", "protested")])))
        items.append(article(f"s{i}", day, [Spec(day, "SRB", "XKX", "criticized")]))
    burst = [Spec(f"2021-03-1{d}", "XKX", "XKX", verb) for d, verb in
             zip(range(5, 10), ("protested", "threatened", "attacked", "accused", "rejected"), strict=True)]
    items.append(_serbs(article("burst", "2021-03-19", burst)))
    items.append(article("s-burst", "2021-03-15", [Spec("2021-03-15", "SRB", "XKX", "criticized")]))
    return items
