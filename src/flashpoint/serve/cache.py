"""Answers cached between writes: an LRU of encoded responses, and the ASGI layer that serves them.

Every GET under ``/api/`` computed through the routes' cache (not ``/api/status``, ``/api/generation``,
``/api/export`` or ``/api/alerts/recorded``) that succeeded is kept, keyed by its path and its
sorted query parameters, for the store generation it was computed in; a write bumps the
generation, so a cached answer never outlives the data it came from. :class:`CacheMiddleware`
answers repeated requests before routing and validation (an identical request was valid when it
was cached), which makes the common dashboard reads cheap.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable, MutableMapping
from typing import Any
from urllib.parse import parse_qsl

__all__ = ["ResponseCache", "CacheMiddleware", "HeadersMiddleware", "cache_key", "UNCACHED_PATHS"]

UNCACHED_PATHS = frozenset({"/api/status", "/api/articles", "/api/generation", "/api/export", "/api/alerts/recorded"})
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def cache_key(path: str, query: list[tuple[str, str]]) -> Hashable:
    """The key of a GET: its path and its query parameters, sorted."""
    return path, tuple(sorted(query))


class _Flight:
    """One computation of a missing answer that other requests for it wait on."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.result: tuple[str, bytes] | None = None


class ResponseCache:
    """(media type, body) by key; an entry only answers for the generation it was made in.

    :meth:`get_or_compute` computes a missing answer once however many requests ask for it at the
    same time (the others wait for it), so a burst of identical requests costs one query.
    """

    def __init__(self, size: int = 512) -> None:
        self.size = size
        self._data: OrderedDict[Hashable, tuple[int, str, bytes]] = OrderedDict()
        self._flights: dict[tuple[Hashable, int], _Flight] = {}
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def _lookup(self, key: Hashable, generation: int) -> tuple[str, bytes] | None:
        item = self._data.get(key)
        if item is None or item[0] != generation:
            return None
        self._data.move_to_end(key)
        self.hits += 1
        return item[1], item[2]

    def get(self, key: Hashable, generation: int) -> tuple[str, bytes] | None:
        """The cached answer, or None (a miss is counted when it is computed)."""
        if self.size <= 0:
            return None
        with self._lock:
            return self._lookup(key, generation)

    def put(self, key: Hashable, generation: int, media_type: str, body: bytes) -> None:
        if self.size <= 0:
            return
        with self._lock:
            self._put(key, generation, media_type, body)

    def _put(self, key: Hashable, generation: int, media_type: str, body: bytes) -> None:
        self._data[key] = (generation, media_type, body)
        self._data.move_to_end(key)
        while len(self._data) > self.size:
            self._data.popitem(last=False)

    def get_or_compute(self, key: Hashable, generation: int,
                       compute: Callable[[], tuple[str, bytes]]) -> tuple[str, bytes]:
        """The cached answer, else ``compute()`` (once for concurrent requests), remembered when it succeeds."""
        if self.size <= 0:
            return compute()
        with self._lock:
            hit = self._lookup(key, generation)
            if hit is not None:
                return hit
            flight = self._flights.get((key, generation))
            leader = flight is None
            if flight is None:
                flight = self._flights[(key, generation)] = _Flight()
                self.misses += 1
        if not leader:
            flight.done.wait()
            if flight.result is not None:
                return flight.result
            return compute()  # the first attempt failed: this request gets its own answer (or error)
        try:
            flight.result = compute()
            return flight.result
        finally:
            with self._lock:
                self._flights.pop((key, generation), None)
                if flight.result is not None:
                    self._put(key, generation, *flight.result)
            flight.done.set()

    def get_or_compute_now(self, key: Hashable, generation: int,
                           compute: Callable[[], tuple[str, bytes]]) -> tuple[str, bytes]:
        """:meth:`get_or_compute` for a cheap computation run where it is asked for (on the event
        loop): it never waits for another request's computation of the same answer."""
        if self.size <= 0:
            return compute()
        with self._lock:
            hit = self._lookup(key, generation)
            if hit is not None:
                return hit
            self.misses += 1
        result = compute()
        self.put(key, generation, *result)
        return result

    def clear(self) -> None:
        with self._lock:
            self._data.clear()


class CacheMiddleware:
    """Serve cached GET answers under ``/api/`` before the application sees the request."""

    def __init__(self, app: ASGIApp, cache: ResponseCache, generation: Callable[[], int],
                 headers: dict[str, str]) -> None:
        self.app = app
        self.cache = cache
        self.generation = generation
        self.headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if (scope["type"] != "http" or scope.get("method") != "GET" or self.cache.size <= 0
                or not path.startswith("/api/") or path in UNCACHED_PATHS):
            await self.app(scope, receive, send)
            return
        query = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        hit = self.cache.get(cache_key(path, query), self.generation())
        if hit is None:
            await self.app(scope, receive, send)
            return
        media_type, body = hit
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", media_type.encode("latin-1")),
                                (b"content-length", str(len(body)).encode("latin-1")), *self.headers]})
        await send({"type": "http.response.body", "body": body})


class HeadersMiddleware:
    """Add ``headers`` to every HTTP response that does not set them itself."""

    def __init__(self, app: ASGIApp, headers: dict[str, str]) -> None:
        self.app = app
        self.headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []), *(h for h in self.headers if h[0] not in present)]
            await send(message)

        await self.app(scope, receive, send_with_headers)
