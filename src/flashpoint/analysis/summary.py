"""Summaries of a set of events: counts per actor pair and the most conflictual days."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..records import Actor, Event

__all__ = ["PairSummary", "DaySummary", "Summary", "summarise", "actor_key"]


def actor_key(a: Actor | None) -> str:
    """A short key for grouping: the organisation, else the country, else the code."""
    if a is None:
        return "-"
    return a.org or a.country or a.code


@dataclass(slots=True)
class PairSummary:
    source: str
    target: str
    events: int
    goldstein_sum: float
    by_quad: dict[int, int]


@dataclass(slots=True)
class DaySummary:
    date: str
    events: int
    goldstein_sum: float
    conflict_events: int
    example: str


@dataclass(slots=True)
class Summary:
    articles: int
    events: int
    pairs: list[PairSummary] = field(default_factory=list)
    days: list[DaySummary] = field(default_factory=list)
    roots: dict[str, int] = field(default_factory=dict)


def summarise(events: Iterable[Event], articles: int, top: int = 10) -> Summary:
    evs = list(events)
    pairs: dict[tuple[str, str], list[Event]] = defaultdict(list)
    days: dict[str, list[Event]] = defaultdict(list)
    for e in evs:
        pairs[(actor_key(e.source), actor_key(e.target))].append(e)
        if e.date:
            days[e.date].append(e)
    ps = [PairSummary(s, t, len(v), round(sum(e.goldstein for e in v), 1),
                      dict(sorted(Counter(e.quad_class for e in v).items())))
          for (s, t), v in pairs.items()]
    ps.sort(key=lambda p: (-p.events, p.goldstein_sum))
    ds = []
    for d, v in days.items():
        worst = min(v, key=lambda e: e.goldstein)
        ex = f"{actor_key(worst.source)} {worst.trigger} {actor_key(worst.target)} ({worst.cameo_name})"
        ds.append(DaySummary(d, len(v), round(sum(e.goldstein for e in v), 1),
                             sum(e.quad_class >= 3 for e in v), ex))
    ds.sort(key=lambda d: d.goldstein_sum)
    roots = dict(sorted(Counter(e.cameo_root for e in evs).items()))
    return Summary(articles=articles, events=len(evs), pairs=ps[:top], days=ds[:top], roots=roots)
