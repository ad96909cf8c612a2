"""Browsing a store: pages of events and one event with the sentences behind it.

:func:`events_page` is a page of :func:`~flashpoint.store.select_events` (the query behind
``flashpoint events``) with a total count; :func:`event_detail` is one event, its mentions (each
with its article and sentence) and the character ranges to highlight in each sentence: the source,
the target and the trigger words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..errors import ValidationError
from ..records import Event
from ..store import EVENT_COLUMNS, EventFilter, Store, event_flag, event_mentions, select_events
from .filters import jsonable, pair_where

__all__ = ["EventsPage", "events_page", "event_detail", "highlights", "trigger_spans", "MAX_PAGE"]

MAX_PAGE = 1000
_ORDER = "ORDER BY date NULLS LAST, event_id"
_WORD = re.compile(r"\w+(?:['’]\w+)*")


@dataclass(frozen=True, slots=True)
class EventsPage:
    """``events`` (rows as :func:`~flashpoint.store.query_events` gives them) from ``offset`` on, of ``total``."""

    events: list[dict[str, Any]]
    total: int
    limit: int
    offset: int

    @property
    def next_offset(self) -> int | None:
        nxt = self.offset + len(self.events)
        return nxt if nxt < self.total and self.events else None

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "limit": self.limit, "offset": self.offset, "next_offset": self.next_offset,
                "events": self.events}


def events_page(store: Store, f: EventFilter, *, limit: int = 50, offset: int = 0,
                pair: tuple[str, str] | None = None) -> EventsPage:
    """Events matching ``f`` (and ``pair``, either direction), ordered by date then id."""
    if not 0 <= limit <= MAX_PAGE:
        raise ValidationError("limit", f"must be 0 to {MAX_PAGE}, not {limit}")
    if offset < 0:
        raise ValidationError("offset", f"must be 0 or more, not {offset}")
    params: list[Any] = []
    clause = pair_where(f, pair, params)
    cols = ", ".join(EVENT_COLUMNS)
    rows = store.rows(f"SELECT {cols} FROM events WHERE {clause} {_ORDER} LIMIT ? OFFSET ?", [*params, limit, offset])
    events = [{k: jsonable(v) for k, v in zip(EVENT_COLUMNS, r, strict=True)} for r in rows]
    total = int(store.value(f"SELECT count(*) FROM events WHERE {clause}", params) or 0)
    return EventsPage(events=events, total=total, limit=limit, offset=offset)


def _one_event(store: Store, event_id: str) -> dict[str, Any] | None:
    sql, params = select_events(EventFilter())
    rows = store.rows(f"SELECT * FROM ({sql}) WHERE event_id = ?", [*params, event_id])
    return {k: jsonable(v) for k, v in zip(EVENT_COLUMNS, rows[0], strict=True)} if rows else None


def _tokens(sentence: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(sentence)]


def _matches(token: str, word: str) -> bool:
    return token == word or (len(word) >= 3 and token.startswith(word)) or (len(token) >= 4 and word.startswith(token))


def trigger_spans(sentence: str, trigger: str | None, avoid: list[tuple[int, int]] | None = None,
                  reach: int = 8) -> list[tuple[int, int]]:
    """Where the trigger words are in ``sentence``: ``[(start, end), ...]``, adjacent words merged.

    The stored trigger is words, not offsets, and may skip words ("put (army units) on alert") or
    use a dictionary form ("signed document"). The words are matched in order, each within ``reach``
    tokens of the last one (a word matches a token equal to it or starting with it); the start with
    most words matched wins, the first one on ties. Tokens inside ``avoid`` (the actors) are skipped.
    """
    if not trigger:
        return []
    words: list[str] = []
    for w in (m.group().lower() for m in _WORD.finditer(trigger)):
        if not words or words[-1] != w:
            words.append(w)
    if not words:
        return []
    toks = [t for t in _tokens(sentence) if not any(a <= t[0] < b for a, b in avoid or [])]
    best: list[int] = []
    for i, tok in enumerate(toks):
        if not _matches(tok[2], words[0]):
            continue
        got, last = [i], i
        for w in words[1:]:
            j = next((j for j in range(last + 1, min(len(toks), last + 1 + reach)) if _matches(toks[j][2], w)), None)
            if j is not None:
                got.append(j)
                last = j
        if len(got) > len(best):
            best = got
            if len(got) == len(words):
                break
    spans: list[tuple[int, int]] = []
    for j in best:
        s, e, _ = toks[j]
        if spans and sentence[spans[-1][1]:s].strip() == "" and j - 1 in best:
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
    return spans


def highlights(e: Event) -> list[dict[str, Any]]:
    """What to highlight in ``e.sentence``: ``{"role", "start", "end", "text"}`` with offsets in the
    sentence. Implied actors (the authorities behind "was arrested", an implied target) and actors
    named outside the sentence are not highlighted."""
    s0, s1 = e.span
    out: list[dict[str, Any]] = []
    taken: list[tuple[int, int]] = []
    trig = {w.lower() for w in _WORD.findall(e.trigger or "")}
    for role, actor in (("source", e.source), ("target", e.target)):
        if actor is None or actor.span is None or getattr(actor, "implied", False):
            continue  # no actor, or one the text does not name for this event
        if {w.lower() for w in _WORD.findall(actor.text)} <= trig:
            continue  # stores coded before implied actors were marked: the implied agent had the trigger's span
        a, b = actor.span[0] - s0, actor.span[1] - s0
        if 0 <= a < b <= s1 - s0 and b <= len(e.sentence) and not any(x < b and a < y for x, y in taken):
            out.append({"role": role, "start": a, "end": b, "text": e.sentence[a:b]})
            taken.append((a, b))
    if e.trigger_span is not None:  # the coder's own offsets: exact
        found = [(e.trigger_span[0] - s0, e.trigger_span[1] - s0)]
        found = [(a, b) for a, b in found if 0 <= a < b <= len(e.sentence)]
    else:  # a record from before trigger offsets were kept: find the words again
        found = trigger_spans(e.sentence, e.trigger, taken)
    for a, b in found:
        if not any(x < b and a < y for x, y in taken):
            out.append({"role": "trigger", "start": a, "end": b, "text": e.sentence[a:b]})
    out.sort(key=lambda h: (h["start"], h["end"]))
    return out


def event_detail(store: Store, event_id: str) -> dict[str, Any] | None:
    """The event (its events-table row, ``mentions`` being the count) with ``mention_records``: each
    the event record one sentence gave, its ``article`` (id, title, url, source, published), its
    ``highlights`` and ``context`` (the sentences before and after), and ``flag`` (the wrong-event flag
    or None). None when the store has no such event."""
    row = _one_event(store, event_id)
    if row is None:
        return None
    mentions = event_mentions(store, event_id)
    ids = sorted({m.article_id for m in mentions})
    rows = store.rows("SELECT article_id, title, url, source, published, text FROM articles "
                      "WHERE article_id IN (SELECT unnest(CAST(? AS VARCHAR[])))", [ids]) if ids else []
    arts = {str(r[0]): {"article_id": r[0], "title": r[1], "url": r[2], "source": r[3], "published": jsonable(r[4])}
            for r in rows}
    texts = {str(r[0]): r[5] or "" for r in rows}
    row["mention_records"] = [{**m.to_dict(explain=m.explain is not None), "article": arts.get(m.article_id),
                               "highlights": highlights(m), "context": neighbours(texts.get(m.article_id, ""), m.span)}
                              for m in mentions]
    flag = event_flag(store, event_id)
    row["flag"] = flag.to_dict() if flag else None
    return row


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def neighbours(text: str, span: tuple[int, int]) -> dict[str, str | None]:
    """The sentences just before and after ``span`` in the article ``text`` (None at its start or end,
    or when the store keeps no text)."""
    s0, s1 = span
    if not text or not 0 <= s0 <= s1 <= len(text):
        return {"before": None, "after": None}
    before = [p for p in _SENTENCE_END.split(text[max(0, s0 - 600):s0].strip()) if p.strip()]
    after = [p for p in _SENTENCE_END.split(text[s1:s1 + 600].strip()) if p.strip()]
    return {"before": before[-1].strip() if before else None, "after": after[0].strip() if after else None}
