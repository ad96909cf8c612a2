"""Commands against a store that a running ``flashpoint serve`` holds: through its API, or a clear refusal.

DuckDB lets one process open a store file, and the server keeps it for its lifetime (another process
cannot even read it). So:

* the read commands ``events`` and ``status`` go through the server's API (``/api/export``,
  ``/api/status``) and print what they would print reading the file themselves;
* the others (``ingest``, ``watch``, ``timeline``, ``alerts``, ``network``) stop at once with
  :class:`~flashpoint.errors.StoreHeldByServer` (exit status 4), and the line names the server's
  address and the way through it (:func:`hint`): ``POST /api/articles`` or ``ingest --server URL``
  for articles (the server codes with its own model and options, so an ingest never goes through it
  unasked), ``serve --watch`` for a watcher, the matching ``GET /api/...`` for the analyses.

A server advertises itself in ``<store>.server.json`` (:mod:`flashpoint.store.holder`); a file left
by a server that died is ignored, and so is one whose server does not answer (the store is then
opened as usual: the lock says whether anything holds it).
"""

from __future__ import annotations

import sys
from typing import Any

from ..errors import StoreHeldByServer
from ..store.holder import ServerHolder, read_holder

__all__ = ["serving", "hint", "refuse_if_served", "status_through", "events_through"]


def serving(db: str) -> ServerHolder | None:
    """The server that holds ``db`` and answers, or None."""
    from ..serve.client import answers

    holder = read_holder(db)
    if holder is None or not answers(holder.url):
        return None
    return holder


def refuse_if_served(db: str) -> None:
    """:class:`StoreHeldByServer` at once when a live server holds ``db`` (for commands that cannot go
    through it), instead of waiting on a lock it keeps."""
    holder = read_holder(db)
    if holder is not None:
        raise StoreHeldByServer(db, holder.url, holder.pid)


def hint(command: str | None, url: str) -> str:
    """How to do ``command`` through the server at ``url`` (one sentence, for the error line)."""
    if command == "ingest":
        return (f"send the articles to it with POST {url}/api/articles, e.g. "
                f"flashpoint ingest INPUT... --server {url} (coded with the server's model and options)")
    if command == "watch":
        return "let the server watch the sources: stop it and run flashpoint serve --watch SOURCES --db ... instead"
    if command == "timeline":
        return f"ask it: GET {url}/api/timeline?a=A&b=B (or open the dashboard at {url}/)"
    if command == "alerts":
        return f"ask it: GET {url}/api/alerts (computed) or {url}/api/alerts/recorded, or read {url}/alerts.atom"
    if command == "network":
        return f"ask it: GET {url}/api/network"
    return f"use its API under {url}/api/ (OpenAPI at {url}/openapi.json)"


def _note(holder: ServerHolder) -> None:
    print(f"flashpoint: reading through the server at {holder.url} (it holds the store)", file=sys.stderr)


def status_through(holder: ServerHolder, top: int, coded_with: str) -> dict[str, Any]:
    """The store's status as the server reads it (the keys of ``StoreStatus.to_dict``)."""
    from ..serve.client import get_json

    _note(holder)
    d = get_json(holder.url, "/api/status", {"top": top, "coded_with": coded_with})
    for key in ("server", "generation", "instance"):
        d.pop(key, None)
    return d


def events_through(holder: ServerHolder, params: dict[str, Any], out: Any) -> tuple[int, int]:
    """The server's ``/api/export`` answer for ``params`` copied to the binary handle ``out``;
    returns (written, skipped)."""
    from ..serve.client import download

    _note(holder)
    headers = download(holder.url, "/api/export", params, out)
    return int(headers.get("x-flashpoint-written", 0)), int(headers.get("x-flashpoint-skipped", 0))
