"""Wrong-event flags: an analyst's mark that an event is not what the coder made of it.

A flag lives in ``event_flags`` (schema version 7), keyed by event id, apart from the coded data:
re-coding or rebuilding the events never drops it (an event rebuilt under another id is no longer
flagged; its old id keeps the flag). Analyses count flagged events unless asked not to
(:class:`~flashpoint.store.EventFilter` ``exclude_flagged``).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Any

from ..errors import ValidationError
from .db import Store

__all__ = ["EventFlag", "flag_event", "unflag_event", "event_flag", "FLAGS", "MAX_NOTE"]

FLAGS = ("wrong",)
MAX_NOTE = 2000


@dataclass(frozen=True, slots=True)
class EventFlag:
    event_id: str
    flag: str
    note: str | None
    flagged_at: str

    def to_dict(self) -> dict[str, Any]:
        return {"event_id": self.event_id, "flag": self.flag, "note": self.note, "flagged_at": self.flagged_at}


def flag_event(store: Store, event_id: str, note: str | None = None, flag: str = "wrong") -> EventFlag | None:
    """Flag the stored event ``event_id`` (again: the note and time are replaced); None when the store
    has no such event. ValidationError for an unknown flag or a note over :data:`MAX_NOTE` characters."""
    if flag not in FLAGS:
        raise ValidationError("flag", f"must be one of {', '.join(FLAGS)}, not {flag!r}")
    if note is not None and len(note) > MAX_NOTE:
        raise ValidationError("note", f"at most {MAX_NOTE} characters, got {len(note)}")
    if store.value("SELECT count(*) FROM events WHERE event_id = ?", [event_id]) == 0:
        return None
    at = _dt.datetime.now(_dt.UTC).replace(tzinfo=None, microsecond=0)
    with store.transaction():
        store.run("DELETE FROM event_flags WHERE event_id = ?", [event_id])
        store.run("INSERT INTO event_flags VALUES (?, ?, ?, ?)", [event_id, flag, note, at])
    return EventFlag(event_id, flag, note, at.isoformat())


def unflag_event(store: Store, event_id: str) -> bool:
    """Remove the flag of ``event_id``; False when it had none."""
    with store.transaction():
        had = store.value("SELECT count(*) FROM event_flags WHERE event_id = ?", [event_id])
        store.run("DELETE FROM event_flags WHERE event_id = ?", [event_id])
    return bool(had)


def event_flag(store: Store, event_id: str) -> EventFlag | None:
    rows = store.rows("SELECT event_id, flag, note, flagged_at FROM event_flags WHERE event_id = ?", [event_id])
    if not rows:
        return None
    r = rows[0]
    return EventFlag(str(r[0]), str(r[1]), r[2], r[3].isoformat())
