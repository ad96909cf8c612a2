"""Building :class:`~flashpoint.records.Article` objects from JSON records and CSV rows."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from ..records import Article, ReadFailure, ReadWarning
from .normalise import normalise_text

__all__ = ["article_from_record", "record_items", "parse_published", "RecordProblem"]

OPTIONAL_FIELDS = ("title", "url", "source", "language")


class RecordProblem(ValueError):
    """A record that cannot become an article (missing or empty text, wrong types); ``field`` names
    the record's field at fault (None when the record as a whole is wrong)."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


def parse_published(value: Any) -> str | None:
    """``YYYY-MM-DD`` from a date or ISO date-time string; None for empty; RecordProblem when invalid."""
    if value is None or value == "":
        return None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    s = str(value).strip()
    day = _iso_day(s[:10]) or (_iso_day(f"{s[:4]}-{s[4:6]}-{s[6:]}") if len(s) == 8 and s.isdigit() else None)
    if day is None:
        raise RecordProblem(f"'published' is not a date (YYYY-MM-DD): {s!r}", "published")
    return day


def _iso_day(s: str) -> str | None:
    """The ISO day of ``YYYY-MM-DD`` (or a longer ISO string's date part); None when it is no valid date."""
    try:
        return _dt.date.fromisoformat(s).isoformat()
    except ValueError:
        return None


def article_from_record(
    rec: Any, default_id: str, origin: str, published: str | None = None, text_field: str = "text",
    notes: list[str] | None = None,
) -> Article:
    """Make an Article from a JSON object or CSV row; raises RecordProblem with a clear message.

    An unreadable ``published`` is a problem too, unless ``notes`` is given: then the article is
    kept, dated by ``published`` (the user's ``--published``) or undated, and a note says so (the
    readers pass it on as a warning: a bad date must not lose the text)."""
    if not isinstance(rec, dict):
        raise RecordProblem(f"expected a JSON object, got {type(rec).__name__}")
    text = rec.get(text_field)
    if text is None:
        raise RecordProblem(f"record has no '{text_field}' field", text_field)
    if not isinstance(text, str):
        raise RecordProblem(f"'{text_field}' must be a string, got {type(text).__name__}", text_field)
    text = normalise_text(text)
    if not text.strip():
        raise RecordProblem(f"'{text_field}' is empty", text_field)
    rid = rec.get("id")
    art_id = str(rid) if rid not in (None, "") else default_id
    try:
        pub = parse_published(rec.get("published")) or published
    except RecordProblem as exc:
        if notes is None:
            raise
        pub = published
        notes.append(f"{exc}; kept, {'dated ' + published if published else 'undated'}")
    extra: dict[str, str | None] = {}
    for f in OPTIONAL_FIELDS:
        v = rec.get(f)
        extra[f] = None if v in (None, "") else str(v)
    return Article(id=art_id, text=text, published=pub, origin=origin, **extra)


def record_items(rec: Any, default_id: str, origin: str, path: str, line: int | None,
                 published: str | None = None, text_field: str = "text",
                 label: str = "") -> list[Article | ReadFailure | ReadWarning]:
    """What a reader yields for one record at ``path``/``line``: its article after a warning for each
    note on it (a bad date kept), or the failure that names it. ``label`` heads each message
    ("record 2: ", where no line number tells records apart)."""
    notes: list[str] = []
    try:
        article = article_from_record(rec, default_id, origin, published, text_field, notes=notes)
    except RecordProblem as exc:
        return [ReadFailure(path, line, f"{label}{exc}")]
    return [*(ReadWarning(path, line, f"{label}{n}") for n in notes), article]
