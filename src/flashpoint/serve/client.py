"""A small client for ``POST /api/articles``: add articles to a store that ``flashpoint serve`` holds.

    from flashpoint.serve.client import post_articles
    results = post_articles("http://127.0.0.1:8000", articles)   # Article records or dicts

Articles go in requests of at most ``batch`` (the server takes 100 per request); each answer is the
server's JSON (ingest counts and, per article, its status and event ids). Uses only the standard
library. Raises :class:`~flashpoint.errors.StoreError` with the server's error message.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from typing import Any

from ..errors import StoreError, ValidationError
from ..records import Article

__all__ = ["post_articles", "iter_post_articles"]

_FIELDS = ("id", "text", "title", "published", "url", "source", "language")


def _record(a: Article | dict[str, Any]) -> dict[str, Any]:
    d = asdict(a) if isinstance(a, Article) else dict(a)
    return {k: d.get(k) for k in _FIELDS if d.get(k) is not None}


def _post(url: str, records: list[dict[str, Any]], timeout: float) -> dict[str, Any]:
    req = urllib.request.Request(url.rstrip("/") + "/api/articles", method="POST",
                                 data=json.dumps({"articles": records}).encode("utf-8"),
                                 headers={"Content-Type": "application/json", "Accept": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - the caller's server URL
            return dict(json.loads(resp.read()))
    except urllib.error.HTTPError as exc:
        try:
            err = json.loads(exc.read())["error"]
            message = f"{err.get('message')} ({err.get('code')})"
        except (ValueError, KeyError, TypeError):
            message = exc.reason
        raise StoreError(f"{url}: the server refused the articles: HTTP {exc.code}: {message}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise StoreError(f"{url}: cannot reach the server: {getattr(exc, 'reason', exc)}") from None


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
