"""Coding on several processes with bounded memory.

Articles are cut into chunks; at most ``2 × workers`` chunks are in flight at once, so a 10 GB input
streams through in constant memory, and results come back in input order. Each worker holds one
pipeline (with the ``fork`` start method the parent's loaded pipeline is shared copy-on-write, so
the model and gazetteer load once). Inputs smaller than one chunk never start a pool. The last
articles of the input (less than two chunks) are shared out evenly among the workers, so that they
finish together instead of one coding a whole last chunk while the others wait.

What travels between the processes is kept small: a chunk of articles goes to a worker, and only
the events come back (the parent still holds the articles it sent). A forked worker freezes the
objects it inherited (:func:`gc.freeze`), so its garbage collector never walks the parent's model
and lexicons: fewer collections' work, and no copy-on-write of the shared pages by the collector.
"""

from __future__ import annotations

import gc
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
    # a forked worker inherits the parent's loaded pipeline: keep the collector off those objects
    gc.freeze()


def _code_chunk(chunk: list[Article]) -> list[list[Event]]:
    from .coding import cached_coder

    assert _settings_in_worker is not None
    coder = cached_coder(_settings_in_worker)
    return [events for _article, events in coder.code_stream_local(chunk)]


def _chunks(first: list[Article], rest: Iterator[Article], size: int, workers: int) -> Iterator[list[Article]]:
    """``first``, then chunks of ``size`` articles from ``rest``; the tail of the input (the last
    chunk and what follows it) is cut into ``workers`` equal pieces. Order is kept."""
    current = first
    while current:
        following = list(itertools.islice(rest, size))
        if len(following) < size:  # the input ends here
            tail = current + following
            step = -(-len(tail) // max(1, workers))
            for k in range(0, len(tail), step):
                yield tail[k:k + step]
            return
        yield current
        current = following


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
    chunks = _chunks(first, it, chunk_size, workers)
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init,
                             initargs=(settings,)) as pool:
        pending: deque[tuple[list[Article], Future[list[list[Event]]]]] = deque()
        for chunk in chunks:
            pending.append((chunk, pool.submit(_code_chunk, chunk)))
            if len(pending) >= 2 * workers:
                sent, future = pending.popleft()
                yield from zip(sent, future.result(), strict=True)
        while pending:
            sent, future = pending.popleft()
            yield from zip(sent, future.result(), strict=True)
