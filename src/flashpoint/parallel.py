"""Coding on several processes with bounded memory.

Articles are cut into chunks; at most ``2 × workers`` chunks are in flight at once, so a 10 GB input
streams through in constant memory, and results come back in input order. Each worker holds one
pipeline (with the ``fork`` start method the parent's loaded pipeline is shared copy-on-write, so
the model and gazetteer load once). Inputs smaller than one chunk never start a pool.
"""

from __future__ import annotations

import itertools
import multiprocessing as mp
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from .config import Settings
from .records import Article, Event

__all__ = ["parallel_code_stream", "default_workers"]

_settings_in_worker: Settings | None = None


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _init(settings: Settings) -> None:
    global _settings_in_worker  # per-process constant set once at worker start
    _settings_in_worker = settings


def _code_chunk(chunk: list[Article]) -> list[tuple[Article, list[Event]]]:
    from .coding import cached_coder

    assert _settings_in_worker is not None
    coder = cached_coder(_settings_in_worker)
    return list(coder.code_stream_local(chunk))


def parallel_code_stream(articles: Iterable[Article], settings: Settings) -> Iterator[tuple[Article, list[Event]]]:
    from .coding import cached_coder

    workers = settings.workers
    chunk_size = max(1, settings.batch_size)
    it = iter(articles)
    first = list(itertools.islice(it, chunk_size))
    local = cached_coder(settings)  # loaded before forking: children share it
    if len(first) < chunk_size:
        yield from local.code_stream_local(first)
        return
    methods = mp.get_all_start_methods()
    ctx = mp.get_context("fork" if "fork" in methods else "spawn")
    chunks = itertools.chain([first], iter(lambda: list(itertools.islice(it, chunk_size)), []))
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init,
                             initargs=(settings,)) as pool:
        pending: deque[Future[list[tuple[Article, list[Event]]]]] = deque()
        for chunk in chunks:
            pending.append(pool.submit(_code_chunk, chunk))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
