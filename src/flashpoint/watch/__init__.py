"""Live intake: follow news sources (feeds, sitemaps, lists of URLs) and ingest what is new.

:class:`Watcher` is the library object (``poll_once()``, ``run()`` until its ``stop`` event is set);
``flashpoint watch SOURCES --db DB [--once]`` is its command line. See :mod:`.watcher`.

The names below are loaded on first use, so that importing :mod:`flashpoint.watch.settings` (as the
command line's parser does) does not load the HTTP client and the feed parser.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .feeds import Entry, Listing, parse_listing
    from .fetch import Fetcher, Response
    from .settings import USER_AGENT, WatchSettings
    from .sources import Source, load_sources, parse_sources
    from .state import SourceStatus, WatchState
    from .urls import canonical_url, normalise_url
    from .watcher import ItemOutcome, PollReport, SourceReport, WatchCodeFn, Watcher

_WHERE = {
    "Entry": "feeds", "Listing": "feeds", "parse_listing": "feeds",
    "Fetcher": "fetch", "Response": "fetch",
    "USER_AGENT": "settings", "WatchSettings": "settings",
    "Source": "sources", "load_sources": "sources", "parse_sources": "sources",
    "SourceStatus": "state", "WatchState": "state",
    "canonical_url": "urls", "normalise_url": "urls",
    "ItemOutcome": "watcher", "PollReport": "watcher", "SourceReport": "watcher", "WatchCodeFn": "watcher",
    "Watcher": "watcher",
}

__all__ = ["Entry", "Fetcher", "ItemOutcome", "Listing", "PollReport", "Response", "Source", "SourceReport",
           "SourceStatus", "USER_AGENT", "WatchCodeFn", "WatchSettings", "WatchState", "Watcher", "canonical_url",
           "load_sources", "normalise_url", "parse_listing", "parse_sources"]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)
