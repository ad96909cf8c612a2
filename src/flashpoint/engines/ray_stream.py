"""Coding a stream of articles on Ray: the same ``(article, events)`` stream as the local engine.

Chunks of ``settings.batch_size`` articles go to Ray tasks, a bounded number in flight (memory stays
bounded however long the input); each task codes its chunk with its worker's cached
:class:`~flashpoint.coding.Coder` and sends back, for each article, its events or the
:class:`~flashpoint.errors.CodingError` that stopped it (errors pickle), so a culprit is reported by
id and the run goes on, as on the local engine. Results come back in input order.

The file-to-Parquet job of :mod:`.ray_engine` is the route for big corpora on a cluster; this stream is
for callers that consume events as they come (``flashpoint.engines.code_stream(..., engine="ray")``).
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from ..config import Settings
from ..errors import CodingError
from ..records import Article, Event

__all__ = ["ray_code_stream"]


def _code_chunk(settings: Settings, chunk: list[Article]) -> list[list[Event] | CodingError]:
    """A Ray task: the worker's coder (loaded once per worker process) codes ``chunk``."""
    from ..coding import cached_coder

    return cached_coder(settings).code_results(chunk)


def ray_code_stream(articles: Iterable[Article], settings: Settings, on_failure: Any = None,
                    address: str | None = None, in_flight: int | None = None
                    ) -> Iterator[tuple[Article, list[Event]]]:
    """Code ``articles`` on Ray (a local instance, or the cluster at ``address``: see
    :func:`~flashpoint.engines.ray_engine.connect`); yields ``(article, events)`` in input order and
    passes each article that cannot be coded to ``on_failure`` (raised without it). At most
    ``in_flight`` chunks are out at once (default: two per CPU of the cluster)."""
    from ..coding import deliver
    from .ray_engine import _import_ray, connect

    ray = _import_ray()
    owned = connect(address)
    pending: deque[tuple[list[Article], Any]] = deque()
    try:
        task = ray.remote(num_cpus=1)(_code_chunk)
        depth = in_flight or 2 * max(1, int(ray.cluster_resources().get("CPU", 1)))
        worker_settings = ray.put(settings.with_(workers=1))
        it = iter(articles)
        size = max(1, settings.batch_size)
        while True:
            chunk = list(itertools.islice(it, size))
            if chunk:
                pending.append((chunk, task.remote(worker_settings, chunk)))
            if pending and (not chunk or len(pending) >= depth):
                sent, ref = pending.popleft()
                yield from deliver(sent, ray.get(ref), on_failure)
            if not chunk and not pending:
                return
    finally:
        for _sent, ref in pending:  # the consumer stopped early: do not finish what it will not read
            ray.cancel(ref, force=True)
        if owned:
            ray.shutdown()
