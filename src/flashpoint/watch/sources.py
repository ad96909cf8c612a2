"""The sources file of ``flashpoint watch``: a TOML list of ``[[source]]`` tables.

.. code-block:: toml

    [[source]]
    url = "https://example.org/world/rss.xml"   # RSS, Atom, JSON Feed, a sitemap or a list of URLs
    name = "Example World"                      # default: the host
    language = "en"                             # what the source publishes in (a hint; each page is identified)
    interval = "15m"                            # between polls: seconds, or "90s", "15m", "2h", "1d"
    tags = ["world", "balkans"]
    kind = "feed"                               # feed, sitemap or urls; default: recognised from the content

Every mistake is a :class:`~flashpoint.errors.SourcesError` naming the file and the line of the
``[[source]]`` table it is in (TOML syntax errors: the line the parser names).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .. import tomlfile
from ..errors import SourcesError
from .urls import normalise_url

__all__ = ["Source", "KINDS", "load_sources", "parse_sources", "parse_interval"]

KINDS = ("feed", "sitemap", "urls")
_KEYS = {"url", "name", "language", "interval", "tags", "kind"}
_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)?\s*$", re.IGNORECASE)
_UNIT = {"s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


@dataclass(frozen=True, slots=True)
class Source:
    """One followed source. ``url`` is its normalised address (its identity in the store);
    ``interval`` None means the watcher's default; ``kind`` None means recognised from the content;
    ``line``: where its table starts in the sources file."""

    url: str
    name: str
    language: str | None = None
    interval: float | None = None
    tags: tuple[str, ...] = field(default_factory=tuple)
    kind: str | None = None
    line: int | None = None


def parse_interval(value: Any) -> float:
    """Seconds from a number or a string such as ``"90s"``, ``"15m"``, ``"2h"``, ``"1d"``; ValueError
    for anything else or a value not above 0."""
    if isinstance(value, bool):
        raise ValueError(f"not an interval: {value!r}")
    if isinstance(value, int | float):
        seconds = float(value)
    elif isinstance(value, str) and (m := _INTERVAL.match(value)):
        seconds = float(m.group(1)) * _UNIT[(m.group(2) or "s").lower()]
    else:
        raise ValueError(f"not an interval (seconds, or e.g. \"90s\", \"15m\", \"2h\", \"1d\"): {value!r}")
    if not seconds > 0:
        raise ValueError(f"interval must be more than 0, not {value!r}")
    return seconds


def load_sources(path: str) -> list[Source]:
    """The sources listed in the TOML file at ``path``."""
    return parse_sources(tomlfile.read_text(path, SourcesError), path)


def parse_sources(text: str, path: str = "<sources>") -> list[Source]:
    """The sources of a TOML document ``text`` (``path`` names it in errors)."""
    doc = tomlfile.parse(text, path, SourcesError)
    extra = sorted(set(doc) - {"source", "alert", "webhook"})  # alerts may share the file (flashpoint.notify)
    if extra:
        raise SourcesError(f"unknown top-level key(s) {', '.join(map(repr, extra))}: sources are [[source]] tables",
                           path, tomlfile.key_line(text, extra[0]))
    if doc.get("source") is None:
        raise SourcesError("no [[source]] tables", path)
    tables = tomlfile.array_tables(doc, "source", text, path, SourcesError)
    if not tables:
        raise SourcesError("no [[source]] tables", path)
    out: list[Source] = []
    seen: dict[str, int] = {}
    for i, (table, line) in enumerate(tables):
        src = _source(table, i + 1, path, line)
        if src.url in seen:
            raise SourcesError(f"source {i + 1}: {src.url} is already source {seen[src.url]}", path, line)
        seen[src.url] = i + 1
        out.append(src)
    return out


def _source(t: dict[str, Any], number: int, path: str, line: int | None) -> Source:
    def bad(msg: str) -> SourcesError:
        return SourcesError(f"source {number}: {msg}", path, line)

    tomlfile.check_keys(t, _KEYS, bad)
    url, host = tomlfile.http_address(t.get("url"), bad)
    name = t.get("name", host)
    if not isinstance(name, str) or not name.strip():
        raise bad("'name' must be a non-empty string")
    language = t.get("language")
    if language is not None:
        if not isinstance(language, str) or not _LANGUAGE.match(language.strip().lower()):
            raise bad(f"'language' must be a language code such as \"en\", not {language!r}")
        language = language.strip().lower()
    interval = None
    if "interval" in t:
        try:
            interval = parse_interval(t["interval"])
        except ValueError as exc:
            raise bad(str(exc)) from None
    tags = t.get("tags", [])
    if isinstance(tags, str):
        tags = [tags]
    if not isinstance(tags, list) or not all(isinstance(x, str) and x.strip() for x in tags):
        raise bad("'tags' must be a list of strings")
    kind = t.get("kind")
    if kind is not None and kind not in KINDS:
        raise bad(f"'kind' must be one of {', '.join(KINDS)}, not {kind!r}")
    return Source(url=normalise_url(url), name=name.strip(), language=language, interval=interval,
                  tags=tuple(x.strip() for x in tags), kind=kind, line=line)
