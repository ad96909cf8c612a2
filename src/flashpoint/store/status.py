"""A store's summary: counts, date range, the busiest actor pairs."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from typing import Any

from .db import Store
from .dedup import pending_regions
from .ingest import coded_otherwise_sql
from .settings import StoreSettings

__all__ = ["StoreStatus", "PairCount", "store_status"]


@dataclass(frozen=True, slots=True)
class PairCount:
    source: str
    target: str
    events: int
    mentions: int
    goldstein_mean: float | None


@dataclass(frozen=True, slots=True)
class StoreStatus:
    path: str
    size_bytes: int
    schema_version: int
    settings: StoreSettings
    articles: int
    coded_articles: int
    copies: int
    pending: int
    actors: int
    mentions: int
    negated_mentions: int
    events: int
    stale_marks: int  # keys and dates whose events wait for a rebuild (an interrupted ingest)
    first_date: str | None
    last_date: str | None
    top_pairs: list[PairCount] = field(default_factory=list)
    # coded articles whose coding another coder produced (another version, model, lexicon or
    # options than ``coded_with``: re-ingest them, or ``ingest --recode``); None when not checked
    recode: int | None = None
    coded_with: str | None = None
    coders: dict[str, dict[str, Any]] = field(default_factory=dict)  # fingerprint key -> its parts

    def to_dict(self) -> dict[str, Any]:
        d = {k: getattr(self, k) for k in self.__dataclass_fields__}
        d["settings"] = dict(self.settings.to_pairs())
        d["top_pairs"] = [asdict(p) for p in self.top_pairs]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> StoreStatus:
        """The status :meth:`to_dict` gave (e.g. a server's ``/api/status``); other keys are ignored."""
        values = {k: d[k] for k in cls.__dataclass_fields__ if k in d}
        values["settings"] = StoreSettings.from_pairs([(str(k), str(v)) for k, v in d["settings"].items()])
        values["top_pairs"] = [PairCount(**p) for p in d.get("top_pairs", [])]
        return cls(**values)


_PAIR_KEY = "coalesce({r}_key, '-')"


def store_status(store: Store, top: int = 10, coded_with: str | None = None) -> StoreStatus:
    """Counts, date range and the ``top`` actor pairs (organisation, else country, else code) by events;
    with ``coded_with`` (a coder's fingerprint key), how many coded articles another coder coded."""
    arts = store.rows("""SELECT count(*), count(*) FILTER (status = 'coded'), count(*) FILTER (status = 'copy'),
                                count(*) FILTER (status = 'pending') FROM articles""")[0]
    ments = store.rows("SELECT count(*), count(*) FILTER (negated) FROM mentions")[0]
    ev = store.rows("SELECT count(*), min(date), max(date) FROM events")[0]
    pairs = store.rows(f"""
        SELECT {_PAIR_KEY.format(r="source")} AS s, {_PAIR_KEY.format(r="target")} AS t, count(*) AS n,
               sum(mentions) AS m, round(avg(goldstein), 2) AS g
        FROM events GROUP BY s, t ORDER BY n DESC, m DESC, s, t LIMIT ?""", [top])
    recode = None
    if coded_with is not None:
        recode = int(store.value(f"SELECT count(*) FROM articles a WHERE {coded_otherwise_sql('a', coded_with)}")
                     or 0)
    coders = {str(k): {"parts": json.loads(p), "first_used": str(t)}
              for k, p, t in store.rows("SELECT coded_with, parts, first_used FROM coders ORDER BY first_used")}
    return StoreStatus(
        recode=recode, coded_with=coded_with, coders=coders,
        path=store.path, size_bytes=os.path.getsize(store.path) if os.path.exists(store.path) else 0,
        schema_version=store.schema_version(), settings=store.settings,
        articles=int(arts[0]), coded_articles=int(arts[1]), copies=int(arts[2]), pending=int(arts[3]),
        actors=int(store.value("SELECT count(*) FROM actors") or 0),
        mentions=int(ments[0]), negated_mentions=int(ments[1]), events=int(ev[0]),
        stale_marks=pending_regions(store),
        first_date=ev[1].isoformat() if ev[1] else None, last_date=ev[2].isoformat() if ev[2] else None,
        top_pairs=[PairCount(str(s), str(t), int(n), int(m or 0), float(g) if g is not None else None)
                   for s, t, n, m, g in pairs],
    )
