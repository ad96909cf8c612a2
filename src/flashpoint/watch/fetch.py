"""Polite HTTP: what the watcher fetches, and how.

One :class:`Fetcher` (one ``httpx`` client) per watcher. Every request

* says who it is (``User-Agent``, :data:`~.settings.USER_AGENT` unless told otherwise);
* asks the host's ``robots.txt`` first (kept for ``robots_ttl``; a 4xx robots.txt allows all, a 5xx
  or unreachable one allows nothing, as RFC 9309 says; a ``Crawl-delay`` is obeyed);
* waits its turn on the host (``host_interval`` between two requests to one host);
* follows at most ``max_redirects`` redirects, each checked (http(s) only, robots.txt, no loops);
* gives up after ``timeout`` seconds, the whole body included, and on a body over ``max_bytes``
  (announced or streamed: it is counted as it arrives, after decompression);
* is tried again ``retries`` times after a timeout, a lost connection, 429 or a 5xx status, waiting
  ``backoff`` seconds, doubled each time (or what ``Retry-After`` asks, up to ``max_backoff``);
* is conditional when the caller has validators (``If-None-Match``, ``If-Modified-Since``): an
  unchanged feed costs one short 304.

Failures are :class:`~flashpoint.errors.FetchError` (``url``, ``reason``, ``status``). Waits end
early when the watcher's stop event is set (:class:`Stopped` is raised then).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx
from protego import Protego

from ..errors import FetchError
from .settings import ROBOTS_AGENT, WatchSettings
from .urls import is_http_url

__all__ = ["Fetcher", "Response", "Stopped", "FEED_ACCEPT", "PAGE_ACCEPT"]

FEED_ACCEPT = ("application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
               "application/xml;q=0.9, text/xml;q=0.9, text/plain;q=0.8, */*;q=0.5")
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
_REDIRECTS = {301, 302, 303, 307, 308}
_RETRY_STATUS = {429, 500, 502, 503, 504}
_MAX_CRAWL_DELAY = 60.0  # a robots.txt Crawl-delay is obeyed up to this many seconds
_ROBOTS_FAILURE_TTL = 600.0  # an unavailable robots.txt is asked for again after this long at most


class Stopped(Exception):  # noqa: N818 - control flow, not an error: the watcher was asked to stop
    """The watcher's stop event was set while a request waited (its turn, or a retry)."""


@dataclass(frozen=True, slots=True)
class Response:
    """What came back: ``final_url`` after redirects; ``not_modified`` for a 304 (``body`` empty)."""

    url: str
    final_url: str
    status: int
    body: bytes
    content_type: str | None
    etag: str | None
    last_modified: str | None
    not_modified: bool = False

    @property
    def charset(self) -> str | None:
        for part in (self.content_type or "").split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'")
        return None


@dataclass(slots=True)
class _Robots:
    rules: Protego | None  # None: everything allowed (no robots.txt)
    until: float  # monotonic time it is asked for again
    failure: FetchError | None = None  # robots.txt unavailable: nothing is fetched from the host


class Fetcher:
    """Fetches feeds and pages politely (see the module docstring). Not thread-safe: one per watcher."""

    def __init__(self, settings: WatchSettings, stop: threading.Event | None = None,
                 transport: httpx.BaseTransport | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self.settings = settings
        self._stop = stop or threading.Event()
        self._clock = clock
        self._client = httpx.Client(
            timeout=httpx.Timeout(settings.timeout), follow_redirects=False, transport=transport,
            headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"})
        self._next_turn: dict[str, float] = {}
        self._robots: dict[str, _Robots] = {}
        self.requests = 0  # requests sent (robots.txt included), for reports and tests

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the public call ------------------------------------------------------------------------
    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
            accept: str = PAGE_ACCEPT) -> Response:
        """GET ``url`` (conditionally when validators are given), following redirects politely."""
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._follow(url, headers, robots=self.settings.robots)

    # -- redirects ------------------------------------------------------------------------------
    def _follow(self, url: str, headers: dict[str, str], robots: bool) -> Response:
        visited: set[str] = set()
        current = url
        for _ in range(self.settings.max_redirects + 1):
            if not is_http_url(current):
                raise FetchError(current, FetchError.BAD_URL, f"not an http(s) address (reached from {url})")
            if current in visited:
                raise FetchError(url, FetchError.REDIRECT_LOOP, f"redirect loop (back to {current})")
            visited.add(current)
            if robots:
                self._check_robots(current)
            resp = self._with_retries(current, headers)
            if isinstance(resp, _Redirect):
                if not resp.location:
                    raise FetchError(current, FetchError.HTTP_STATUS,
                                     f"redirect (HTTP {resp.status}) without a Location", resp.status)
                current = urljoin(current, resp.location)
                continue
            return Response(url=url, final_url=current, status=resp.status, body=resp.body,
                            content_type=resp.content_type, etag=resp.etag, last_modified=resp.last_modified,
                            not_modified=resp.not_modified)
        raise FetchError(url, FetchError.TOO_MANY_REDIRECTS,
                         f"more than {self.settings.max_redirects} redirects (last to {current})")

    # -- retries and turns ----------------------------------------------------------------------
    def _with_retries(self, url: str, headers: dict[str, str]) -> Response | _Redirect:
        s = self.settings
        delay = s.backoff
        for attempt in range(s.retries + 1):
            self._wait_turn(url)
            try:
                return self._one(url, headers)
            except _Retryable as exc:
                if attempt == s.retries:
                    raise exc.error from None
                wait = exc.retry_after if exc.retry_after is not None and exc.retry_after <= s.max_backoff \
                    else min(delay, s.max_backoff)
                self._sleep(wait)
                delay *= 2
        raise AssertionError("unreachable")  # pragma: no cover

    def _sleep(self, seconds: float) -> None:
        if seconds > 0 and self._stop.wait(seconds):
            raise Stopped()
        if self._stop.is_set():
            raise Stopped()

    def _wait_turn(self, url: str) -> None:
        key = _origin(url)
        interval = self.settings.host_interval
        robots = self._robots.get(key)
        if robots is not None and robots.rules is not None:
            delay = robots.rules.crawl_delay(ROBOTS_AGENT)
            if delay:
                interval = max(interval, min(float(delay), _MAX_CRAWL_DELAY))
        self._sleep(self._next_turn.get(key, 0.0) - self._clock())
        self._next_turn[key] = self._clock() + interval

    # -- one request ----------------------------------------------------------------------------
    def _one(self, url: str, headers: dict[str, str]) -> Response | _Redirect:
        s = self.settings
        deadline = self._clock() + s.timeout
        self.requests += 1
        try:
            with self._client.stream("GET", url, headers=headers) as r:
                status = r.status_code
                if status in _REDIRECTS:
                    return _Redirect(status, r.headers.get("location"))
                if status == 304:
                    return Response(url, url, status, b"", r.headers.get("content-type"), r.headers.get("etag"),
                                    r.headers.get("last-modified"), not_modified=True)
                if status >= 400:
                    err = FetchError(url, FetchError.HTTP_STATUS, f"HTTP {status} {r.reason_phrase}".rstrip(), status)
                    if status in _RETRY_STATUS:
                        raise _Retryable(err, _retry_after(r.headers.get("retry-after")))
                    raise err
                length = r.headers.get("content-length")
                if length and length.isdigit() and int(length) > s.max_bytes:
                    raise FetchError(url, FetchError.TOO_LARGE,
                                     f"too large: {int(length):,} bytes announced (at most {s.max_bytes:,})", status)
                chunks: list[bytes] = []
                size = 0
                for chunk in r.iter_bytes():
                    size += len(chunk)
                    if size > s.max_bytes:
                        raise FetchError(url, FetchError.TOO_LARGE,
                                         f"too large: more than {s.max_bytes:,} bytes", status)
                    if self._clock() > deadline:
                        raise _Retryable(FetchError(url, FetchError.TIMEOUT,
                                                    f"timed out after {s.timeout:g}s (body still arriving)"))
                    chunks.append(chunk)
                return Response(url, url, status, b"".join(chunks), r.headers.get("content-type"),
                                r.headers.get("etag"), r.headers.get("last-modified"))
        except httpx.TimeoutException as exc:
            raise _Retryable(FetchError(url, FetchError.TIMEOUT,
                                        f"timed out after {s.timeout:g}s ({type(exc).__name__})")) from None
        except httpx.InvalidURL as exc:
            raise FetchError(url, FetchError.BAD_URL, f"not a valid address ({exc})") from None
        except (httpx.DecodingError, httpx.RemoteProtocolError) as exc:
            raise _Retryable(FetchError(url, FetchError.CONNECTION, f"broken response ({exc})")) from None
        except httpx.TransportError as exc:
            raise _Retryable(FetchError(url, FetchError.CONNECTION,
                                        f"cannot connect ({type(exc).__name__}: {exc})")) from None

    # -- robots.txt ----------------------------------------------------------------------------
    def _check_robots(self, url: str) -> None:
        key = _origin(url)
        entry = self._robots.get(key)
        if entry is None or self._clock() >= entry.until:
            entry = self._read_robots(key)
            self._robots[key] = entry
        if entry.failure is not None:
            raise FetchError(url, FetchError.ROBOTS_UNAVAILABLE,
                             f"the site's robots.txt is unavailable ({entry.failure.detail}): nothing is fetched "
                             "from it until it answers", entry.failure.status)
        if entry.rules is not None and not entry.rules.can_fetch(url, ROBOTS_AGENT):
            raise FetchError(url, FetchError.ROBOTS_DISALLOWED, "disallowed by the site's robots.txt")

    def _read_robots(self, origin: str) -> _Robots:
        robots_url = origin + "/robots.txt"
        try:
            resp = self._follow(robots_url, {"Accept": "text/plain"}, robots=False)
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500 and exc.status != 429:
                return _Robots(None, self._clock() + self.settings.robots_ttl)  # no robots.txt: all allowed
            return _Robots(None, self._clock() + min(self.settings.robots_ttl, _ROBOTS_FAILURE_TTL), failure=exc)
        text = resp.body.decode("utf-8", "replace")
        return _Robots(Protego.parse(text), self._clock() + self.settings.robots_ttl)


class _Retryable(Exception):  # noqa: N818 - carries the FetchError to raise once the retries are spent
    def __init__(self, error: FetchError, retry_after: float | None = None) -> None:
        super().__init__(error)
        self.error = error
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class _Redirect:
    """A redirect's answer (its body is never read)."""

    status: int
    location: str | None


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def _retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header (seconds or an HTTP date); None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
