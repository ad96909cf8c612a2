"""Writers for event records: JSON Lines and CSV (flat columns)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from .records import Event

__all__ = ["CSV_COLUMNS", "flat_record", "EventWriter"]

_ACTOR_FIELDS = ("text", "name", "code", "country", "org", "sector", "ethnicity")
CSV_COLUMNS = [
    "event_id", "article_id", "published", "date", "date_precision", "date_text", "date_basis", "sentence_index",
    *[f"source_{f}" for f in _ACTOR_FIELDS], *[f"target_{f}" for f in _ACTOR_FIELDS],
    "cameo", "cameo_root", "cameo_name", "goldstein", "quad_class", "plover_type", "plover_mode", "trigger",
    "location_name", "location_country", "location_lat", "location_lon", "negated", "confidence", "sentence",
]


def flat_record(ev: Event) -> dict[str, Any]:
    """One event as a flat row (CSV columns above)."""
    d = ev.to_dict()
    row: dict[str, Any] = {k: d.get(k) for k in CSV_COLUMNS if k in d}
    for role in ("source", "target"):
        a = d.get(role) or {}
        for f in _ACTOR_FIELDS:
            row[f"{role}_{f}"] = a.get(f)
    row["plover_type"] = d["plover"].get("type")
    row["plover_mode"] = d["plover"].get("mode")
    loc = d.get("location") or {}
    for f in ("name", "country", "lat", "lon"):
        row[f"location_{f}"] = loc.get(f)
    return row


class EventWriter:
    """Streams events to a text file handle in ``jsonl`` or ``csv``."""

    def __init__(self, fh: IO[str], fmt: str = "jsonl", explain: bool = False) -> None:
        if fmt not in ("jsonl", "csv"):
            raise ValueError(f"unknown format {fmt!r}")
        self.fh, self.fmt, self.explain = fh, fmt, explain
        self._csv: csv.DictWriter[str] | None = None
        if fmt == "csv":
            self._csv = csv.DictWriter(fh, fieldnames=CSV_COLUMNS, lineterminator="\n")
            self._csv.writeheader()

    def write(self, events: Iterable[Event]) -> int:
        n = 0
        for ev in events:
            if self._csv is not None:
                self._csv.writerow(flat_record(ev))
            else:
                self.fh.write(json.dumps(ev.to_dict(self.explain), ensure_ascii=False) + "\n")
            n += 1
        self.fh.flush()
        return n
