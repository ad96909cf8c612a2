"""The local engine: coding on the processes of one machine, with bounded memory.

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
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING

from ..config import Settings
from ..errors import CodingError
from ..records import Article, Event

if TYPE_CHECKING:
    from ..coding import OnFailure

__all__ = ["code_stream", "parallel_code_stream"]

_settings_in_worker: Settings | None = None


def _init(settings: Settings, parent: int) -> None:
    global _settings_in_worker  # per-process constant set once at worker start
    _settings_in_worker = settings
    _end_with_parent(parent)
    # a forked worker inherits the parent's loaded pipeline: keep the collector off those objects
    gc.freeze()


PARENT_CHECK_SECONDS = 0.5


def _end_with_parent(parent: int) -> None:
    """Make this worker exit when ``parent`` dies, whatever kills it (``kill -9`` included).

    A daemon thread checks every :data:`PARENT_CHECK_SECONDS` that ``parent`` is still this
    worker's parent (an orphan is re-parented to init or a subreaper) and ends the worker if not;
    a worker blocked on its task pipe would otherwise live on for ever. (Linux's
    ``PR_SET_PDEATHSIG`` is not used: it fires when the parent *thread* that forked the worker
    ends, which in a server is not the end of the parent.)"""
    if os.getppid() != parent:  # the parent died while this worker started
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(PARENT_CHECK_SECONDS)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="flashpoint-parent-watch", daemon=True).start()


def _code_chunk(chunk: list[Article]) -> list[list[Event] | CodingError]:
    from ..coding import cached_coder  # the worker's coder: forked from the parent's, already loaded

    assert _settings_in_worker is not None
    return cached_coder(_settings_in_worker).code_results(chunk)


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


def code_stream(articles: Iterable[Article], settings: Settings,
                on_failure: OnFailure | None = None) -> Iterator[tuple[Article, list[Event]]]:
    """Code ``articles`` lazily with ``settings``, on ``settings.workers`` processes (1: this
    one); yields ``(article, events)`` in input order, and passes each article that cannot be coded
    to ``on_failure`` (without it, its :class:`CodingError` is raised)."""
    from ..coding import cached_coder  # loads the model on first use (a CLI command that codes nothing never does)

    if settings.workers > 1:
        return parallel_code_stream(articles, settings, on_failure)
    return cached_coder(settings).code_stream_local(articles, on_failure)


def parallel_code_stream(articles: Iterable[Article], settings: Settings,
                         on_failure: OnFailure | None = None
                         ) -> Iterator[tuple[Article, list[Event]]]:
    """Code ``articles`` on ``settings.workers`` processes; yields ``(article, events)`` in input
    order, articles that could not be coded go to ``on_failure`` (see :class:`~flashpoint.coding.Coder`).

    Workers end with their parent, however it ends (see :func:`_init`); if this generator is
    stopped (an error, an interrupt, the consumer going away) the workers are stopped at once
    instead of finishing the chunks in flight."""
    from ..coding import cached_coder, deliver

    workers = settings.workers
    chunk_size = max(1, settings.batch_size)
    it = iter(articles)
    first = list(itertools.islice(it, chunk_size))
    local = cached_coder(settings)  # loaded before forking: children share it
    if len(first) < chunk_size:
        yield from local.code_stream_local(first, on_failure)
        return
    methods = mp.get_all_start_methods()
    ctx = mp.get_context("fork" if "fork" in methods else "spawn")
    chunks = _chunks(first, it, chunk_size, workers)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init,
                               initargs=(settings, os.getpid()))
    try:
        pending: deque[tuple[list[Article], Future[list[list[Event] | CodingError]]]] = deque()
        for chunk in chunks:
            pending.append((chunk, pool.submit(_code_chunk, chunk)))
            if len(pending) >= 2 * workers:
                sent, future = pending.popleft()
                yield from deliver(sent, future.result(), on_failure)
        while pending:
            sent, future = pending.popleft()
            yield from deliver(sent, future.result(), on_failure)
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown(wait=True)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop the workers now: cancel what waits, end what runs (its results are not wanted)."""
    pool.shutdown(wait=False, cancel_futures=True)
    # the executor keeps its processes privately; ProcessPoolExecutor.terminate_workers() is 3.14+
    for proc in list((getattr(pool, "_processes", None) or {}).values()):
        if proc.is_alive():
            proc.terminate()
