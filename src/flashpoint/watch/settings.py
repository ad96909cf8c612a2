"""How the watcher fetches: one immutable object (no global configuration)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from .._version import __version__
from ..errors import ValidationError

__all__ = ["WatchSettings", "USER_AGENT", "ROBOTS_AGENT"]

#: the token robots.txt rules name flashpoint by
ROBOTS_AGENT = "flashpoint"
USER_AGENT = f"{ROBOTS_AGENT}/{__version__} (news event-data watcher; python-httpx)"


@dataclass(frozen=True, slots=True)
class WatchSettings:
    """How ``flashpoint watch`` fetches and what it keeps.

    user_agent: sent with every request; robots.txt rules for ``flashpoint`` (or ``*``) apply.
    timeout: seconds for one request, connection to last byte (a server that trickles is cut off).
    retries: further tries after a timeout, a lost connection, 429 or a 5xx status.
    backoff: seconds before the first retry, doubled for each next one (a ``Retry-After`` up to
        ``max_backoff`` is honoured instead).
    max_backoff: the longest wait before a retry.
    host_interval: at least this many seconds between two requests to one host (a robots.txt
        ``Crawl-delay`` that asks for more wins).
    max_bytes: a body larger than this is refused (feeds, pages and robots.txt alike).
    max_redirects: redirects followed for one request at most.
    robots: obey robots.txt (on by default; off only for your own sites).
    robots_ttl: seconds a host's robots.txt is kept before it is fetched again.
    interval: seconds between polls of a source that sets no ``interval`` of its own.
    max_new: new items fetched from one source in one poll at most (newest first; the rest wait
        for the next poll).
    max_attempts: a page that failed this many times is not tried again.
    min_chars: a page whose main text is shorter is not an article (``failed``, not stored).
    language: the language kept (ISO 639-1); items identified as another are skipped and counted.
    commit_every: articles per store transaction.
    sitemap_children: child sitemaps read from a sitemap index in one poll at most (newest first).
    """

    user_agent: str = USER_AGENT
    timeout: float = 20.0
    retries: int = 2
    backoff: float = 2.0
    max_backoff: float = 60.0
    host_interval: float = 1.0
    max_bytes: int = 10_000_000
    max_redirects: int = 5
    robots: bool = True
    robots_ttl: float = 86_400.0
    interval: float = 900.0
    max_new: int = 100
    max_attempts: int = 3
    min_chars: int = 200
    language: str = "en"
    commit_every: int = 16
    sitemap_children: int = 5

    def __post_init__(self) -> None:
        for name in ("timeout", "interval"):
            if not getattr(self, name) > 0:
                raise ValidationError(name, "must be more than 0")
        for name in ("backoff", "max_backoff", "host_interval", "robots_ttl"):
            if getattr(self, name) < 0:
                raise ValidationError(name, "must be 0 or more")
        for name in ("retries", "max_redirects", "min_chars"):
            if getattr(self, name) < 0:
                raise ValidationError(name, "must be 0 or more")
        for name in ("max_bytes", "max_new", "max_attempts", "commit_every", "sitemap_children"):
            if getattr(self, name) < 1:
                raise ValidationError(name, "must be at least 1")
        if not self.user_agent.strip():
            raise ValidationError("user_agent", "must not be empty")

    def with_(self, **changes: object) -> WatchSettings:
        return replace(self, **changes)  # type: ignore[arg-type]
