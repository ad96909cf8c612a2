"""Small articles and a rule-based stand-in for the coder, so the store tests need no model.

The fake coder reads sentences of the form ``X [police] VERB [the] Y [in PLACE] [on YYYY-MM-DD].``
and emits one event record per match, shaped exactly like the real coder's.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable

from flashpoint.records import Actor, Article, Event, Location

COUNTRIES = {"Serbia": "SRB", "Serbian": "SRB", "Kosovo": "XKX", "Albania": "ALB", "Romania": "ROU",
             "Montenegro": "MNE", "Croatia": "HRV"}
VERBS = {
    "arrested": ("173", "17", "Arrest, detain", -5.0, 4, "COERCE", "arrest"),
    "criticized": ("111", "11", "Criticize or denounce", -2.0, 3, "ACCUSE", "disapprove"),
    "met": ("040", "04", "Consult", 1.0, 1, "CONSULT", None),
    "praised": ("051", "05", "Praise or endorse", 3.4, 1, "SUPPORT", None),
    "appealed": ("020", "02", "Make an appeal or request", 3.0, 1, None, None),
    "detained": ("1731", "17", "Arrest, detain (variant)", -5.0, 4, "COERCE", "arrest"),
}
PLACES = {"Mitrovica": ("XKX", 42.89, 20.87, "city", 789128), "Belgrade": ("SRB", 44.80, 20.47, "city", 792680),
          "Kosovo": ("XKX", 42.6, 20.9, "country", 831053)}
PATTERN = re.compile(r"\b([A-Z]\w+)(?: (police))? (arrested|criticized|met|praised|appealed to|detained) (?:the )?(\w+)"
                     r"(?: in (\w+))?(?: on (\d{4}-\d{2}-\d{2}))?")


def _actor(word: str, start: int, sector: str) -> Actor | None:
    country = COUNTRIES.get(word)
    if country is None:
        return None
    return Actor(text=word, span=(start, start + len(word)), name=word, code=f"{country}{sector}", country=country,
                 sector=sector)


def code_article(a: Article) -> list[Event]:
    events: list[Event] = []
    pos = 0
    for i, sent in enumerate(s for s in re.split(r"(?<=[.!?])\s+", a.text) if s):
        s0 = a.text.index(sent, pos)
        pos = s0 + len(sent)
        for m in PATTERN.finditer(sent):
            src = _actor(m.group(1), s0 + m.start(1), "COP" if m.group(2) else "GOV")
            tgt = _actor(m.group(4), s0 + m.start(4), "GOV")
            cameo, root, name, gold, quad, ptype, pmode = VERBS[m.group(3).split()[0]]
            date = m.group(6) or a.published
            loc = None
            if m.group(5) in PLACES:
                cc, lat, lon, feature, gid = PLACES[m.group(5)]
                loc = Location(name=m.group(5), country=cc, lat=lat, lon=lon, admin1=None, geonameid=gid,
                               feature=feature)
            eid = hashlib.sha1(f"{a.id}|{i}|{m.start()}|{cameo}".encode()).hexdigest()[:20]
            events.append(Event(
                event_id=eid, article_id=a.id, published=a.published, sentence_index=i, sentence=sent,
                span=(s0, s0 + len(sent)), trigger=m.group(3), source=src, target=tgt, cameo=cameo, cameo_root=root,
                cameo_name=name, goldstein=gold, quad_class=quad, plover={"type": ptype, "mode": pmode}, date=date,
                date_precision="day" if date else None, date_text=m.group(6),
                date_basis="stated" if m.group(6) else "published" if date else None, location=loc, confidence=0.7,
                version={"flashpoint": "test", "lexicon": "1"}))
    return events


def fake_code(articles: Iterable[Article], on_failure: object = None) -> list[tuple[Article, list[Event]]]:
    """Drop-in for ``Coder.code_stream_local``."""
    return [(a, code_article(a)) for a in articles]


def art(aid: str, text: str, published: str | None = "2018-03-26", source: str | None = None,
        url: str | None = None) -> Article:
    return Article(id=aid, text=text, published=published, source=source, url=url, origin=f"{aid}.txt")


def events_jsonl(articles: Iterable[Article]) -> str:
    """What ``flashpoint code --format jsonl`` would print for ``articles`` under the fake coder."""
    return "".join(json.dumps(e.to_dict()) + "\n" for a in articles for e in code_article(a))


FILLER = ("Officials in the region said the situation remained tense after a week of protests and "
          "roadblocks, and diplomats in Brussels urged both governments to return to talks.")


def report(n: int, day: int = 26) -> str:
    """A longer distinct report (for near-duplicate tests): its own wording plus one event sentence."""
    words = " ".join(f"item{n}x{k}" for k in range(40))
    return f"Kosovo police arrested the Serbian in Mitrovica on 2018-03-{day:02d}. {FILLER} Notes {words}."


TABLES = {
    "articles": "* EXCLUDE (ingested_at)",
    "mentions": "*",
    "actors": "*",
    "events": "*",
    "article_bands": "*",
    "event_dirty": "*",
    "dirty_articles": "*",
}


def snapshot(path: str) -> dict[str, list[tuple]]:
    """Every row of every table (sorted; the ingest timestamps left out), to compare two stores."""
    from flashpoint.store import open_store

    with open_store(path, read_only=True) as st:
        return {t: sorted(st.rows(f"SELECT {cols} FROM {t}"), key=repr) for t, cols in TABLES.items()}
