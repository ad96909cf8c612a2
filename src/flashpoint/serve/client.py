"""A small client for a running ``flashpoint serve``: add articles to the store it holds, and read it.

    from flashpoint.serve.client import post_articles, get_json, download
    results = post_articles("http://127.0.0.1:8000", articles)   # Article records or dicts
    status = get_json("http://127.0.0.1:8000", "/api/status")
    written, skipped = download("http://127.0.0.1:8000", "/api/export", {"format": "csv"}, out)

Articles go in requests of at most ``batch`` (the server takes 100 per request); each answer is the
server's JSON (ingest counts and, per article, its status and event ids). ``flashpoint events``,
``status`` and ``ingest --server`` use these when a server holds the store. Uses only the standard
library. Raises :class:`~flashpoint.errors.StoreError` with the server's error message.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from typing import IO, Any

from ..errors import StoreError, ValidationError
from ..records import Article

__all__ = ["post_articles", "iter_post_articles", "get_json", "download", "answers"]

_FIELDS = ("id", "text", "title", "published", "url", "source", "language")


def _record(a: Article | dict[str, Any]) -> dict[str, Any]:
    d = asdict(a) if isinstance(a, Article) else dict(a)
    return {k: d.get(k) for k in _FIELDS if d.get(k) is not None}


def _refused(url: str, what: str, exc: urllib.error.HTTPError) -> StoreError:
    try:
        err = json.loads(exc.read())["error"]
        message = f"{err.get('message')} ({err.get('code')})"
    except (ValueError, KeyError, TypeError):
        message = exc.reason
    return StoreError(f"{url}: the server refused {what}: HTTP {exc.code}: {message}")


def _post(url: str, records: list[dict[str, Any]], timeout: float) -> dict[str, Any]:
    req = urllib.request.Request(url.rstrip("/") + "/api/articles", method="POST",
                                 data=json.dumps({"articles": records}).encode("utf-8"),
                                 headers={"Content-Type": "application/json", "Accept": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - the caller's server URL
            return dict(json.loads(resp.read()))
    except urllib.error.HTTPError as exc:
        raise _refused(url, "the articles", exc) from None
    except (urllib.error.URLError, OSError) as exc:
        raise StoreError(f"{url}: cannot reach the server: {getattr(exc, 'reason', exc)}") from None


def _get(url: str, path: str, params: dict[str, Any] | None) -> urllib.request.Request:
    query = urllib.parse.urlencode({k: v for k, v in (params or {}).items() if v is not None})
    return urllib.request.Request(url.rstrip("/") + path + (f"?{query}" if query else ""), method="GET")


def get_json(url: str, path: str, params: dict[str, Any] | None = None, *, timeout: float = 600.0) -> dict[str, Any]:
    """``GET url + path`` with ``params`` (None values left out); the JSON answer."""
    req = _get(url, path, params)
    req.add_header("Accept", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - the caller's server URL
            return dict(json.loads(resp.read()))
    except urllib.error.HTTPError as exc:
        raise _refused(url, f"GET {path}", exc) from None
    except (urllib.error.URLError, OSError) as exc:
        raise StoreError(f"{url}: cannot reach the server: {getattr(exc, 'reason', exc)}") from None


def download(url: str, path: str, params: dict[str, Any] | None, out: IO[bytes], *,
             timeout: float = 600.0) -> dict[str, str]:
    """``GET url + path`` and copy the body to ``out`` as it comes; returns the answer's headers."""
    try:
        with urllib.request.urlopen(_get(url, path, params), timeout=timeout) as resp:  # noqa: S310
            while chunk := resp.read(1 << 16):
                out.write(chunk)
            return {k.lower(): v for k, v in resp.headers.items()}
    except urllib.error.HTTPError as exc:
        raise _refused(url, f"GET {path}", exc) from None
    except (urllib.error.URLError, OSError) as exc:
        raise StoreError(f"{url}: cannot reach the server: {getattr(exc, 'reason', exc)}") from None


def answers(url: str, *, within: float = 3.0) -> bool:
    """Whether a flashpoint server answers at ``url`` (``GET /api/generation``), trying for ``within``
    seconds (a server that is starting gets that long to bind)."""
    deadline = time.monotonic() + within
    while True:
        try:
            with urllib.request.urlopen(_get(url, "/api/generation", None), timeout=2.0) as resp:  # noqa: S310
                data = json.loads(resp.read())
                return isinstance(data, dict) and "generation" in data
        except (urllib.error.URLError, OSError, ValueError):
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.1)


def iter_post_articles(url: str, articles: Iterable[Article | dict[str, Any]], *, batch: int = 50,
                       timeout: float = 600.0) -> Iterator[dict[str, Any]]:
    """Post ``articles`` in requests of ``batch``; yields each answer as it comes."""
    if not 1 <= batch <= 100:
        raise ValidationError("batch", "must be 1 to 100 articles per request")
    chunk: list[dict[str, Any]] = []
    for a in articles:
        chunk.append(_record(a))
        if len(chunk) == batch:
            yield _post(url, chunk, timeout)
            chunk = []
    if chunk:
        yield _post(url, chunk, timeout)


def post_articles(url: str, articles: Iterable[Article | dict[str, Any]], *, batch: int = 50,
                  timeout: float = 600.0) -> list[dict[str, Any]]:
    """Post ``articles`` (see :func:`iter_post_articles`); returns every answer."""
    return list(iter_post_articles(url, articles, batch=batch, timeout=timeout))
