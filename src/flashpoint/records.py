"""Typed records that flow through flashpoint and map one-to-one onto the store's tables.

``Article`` is what a reader yields; ``Event`` (with its ``Actor`` and ``Location`` parts) is what the
coder emits. ``Event.to_dict()`` gives the documented event record (see ``schema/event.schema.json``).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import asdict, dataclass, field
from typing import Any

from .schema.fields import EVENT_FIELDS

__all__ = ["Article", "Actor", "Location", "PlaceMention", "Event", "ReadFailure", "ReadWarning"]


@dataclass(frozen=True, slots=True)
class Article:
    """One news report: normalised text plus metadata. ``published`` is ``YYYY-MM-DD`` or None."""

    id: str
    text: str
    published: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None
    origin: str | None = None  # the file (and line) it was read from, for messages

    def published_day(self) -> _dt.date | None:
        """``published`` as a date: None when there is none or it is no ISO date."""
        if not self.published:
            return None
        try:
            return _dt.date.fromisoformat(self.published)
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class _ReadNote:
    """Something a reader says about a place in its input (``path``, and ``line`` when known)."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class ReadFailure(_ReadNote):
    """An input item that could not be read; readers yield it instead of raising so nothing else is lost."""


@dataclass(frozen=True, slots=True)
class ReadWarning(_ReadNote):
    """Something worth telling the user that did not stop an item from being read."""


@dataclass(slots=True)
class Actor:
    """Who acts or is acted upon, coded CAMEO-style (country then sector codes).

    An *implied* actor is one the text does not name for this event (the authorities behind an
    agentless arrest, the article's counterpart of the source, the country where it happened): its
    ``implied`` is true, its ``span`` None and its ``text`` its name.
    """

    text: str
    span: tuple[int, int] | None
    name: str
    code: str
    country: str | None = None  # ISO 3166-1 alpha-3 (Kosovo XKX)
    org: str | None = None  # short name of an international organisation (EU, NATO, UN)
    sector: str | None = None  # GOV, MIL, COP, CVL, OPP, JUD, LEG, REB, ...
    ethnicity: str | None = None  # e.g. "Serb" for "Kosovo Serbs" (country stays XKX)
    implied: bool = False

    @property
    def side(self) -> str:
        """The side of a dyad this actor stands for: its organisation, else its country, else its code."""
        return self.org or self.country or self.code

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["span"] = list(self.span) if self.span is not None else None
        return d


@dataclass(slots=True)
class Location:
    """A resolved place."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    admin1: str | None = None
    geonameid: int | None = None
    feature: str | None = None  # city, country, region, landmark, crossing, ...

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class PlaceMention:
    """A place named in an article (offsets in the article's normalised text) and where it resolves."""

    article_id: str
    text: str
    start: int
    end: int
    location: Location

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"article_id": self.article_id, "text": self.text, "start": self.start, "end": self.end}
        d.update(self.location.to_dict())
        return d


@dataclass(slots=True, kw_only=True)
class Event:
    """One coded event: who did what to whom, when and where, and the sentence it came from.

    Its fields are those of :data:`flashpoint.schema.fields.EVENT_FIELDS`, in that order (checked
    by the tests); ``to_dict`` writes them in that order."""

    event_id: str
    article_id: str
    published: str | None
    sentence_index: int
    sentence: str
    span: tuple[int, int]
    trigger: str
    trigger_span: tuple[int, int] | None = None
    source: Actor | None
    target: Actor | None
    cameo: str
    cameo_root: str
    cameo_name: str
    goldstein: float
    quad_class: int
    plover: dict[str, str | None]
    date: str | None = None
    date_precision: str | None = None
    date_text: str | None = None
    date_basis: str | None = None
    location: Location | None = None
    negated: bool = False
    confidence: float = 0.5
    version: dict[str, str] = field(default_factory=dict)
    explain: dict[str, Any] | None = None  # lexicon entry and grammatical path (only with --explain)

    def to_dict(self, explain: bool = False) -> dict[str, Any]:
        """The documented event record (``explain`` only when asked for)."""
        d: dict[str, Any] = {}
        for f in EVENT_FIELDS:
            if f.optional and not explain:
                continue
            d[f.name] = _plain(getattr(self, f.name))
        return d


    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        """The record ``d`` (as :meth:`to_dict` writes it) as an Event."""
        values: dict[str, Any] = {}
        for f in EVENT_FIELDS:
            v = d.get(f.name)
            if f.name in ("source", "target") and v is not None:
                v = Actor(**{**v, "span": tuple(v["span"]) if v.get("span") is not None else None})
            elif f.name == "location" and v is not None:
                v = Location(**v)
            elif isinstance(v, list):
                v = tuple(v)
            if v is not None or f.nullable:
                values[f.name] = v
        return cls(**values)


def _plain(value: Any) -> Any:
    """A record value as JSON has it: a pair as a list, a part as its dict, a mapping copied."""
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, Actor | Location):
        return value.to_dict()
    if isinstance(value, dict):
        return dict(value)
    return value
