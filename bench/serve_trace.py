"""Run ``flashpoint`` with timing hooks in the server: where the time goes under load (a debug tool).

    python bench/serve_trace.py -- PYTHON -m flashpoint serve ARGS...     # what load_test.py runs
    python bench/load_test.py --watch --server-wrap "python bench/serve_trace.py --" --dump run.json

Runs ``flashpoint ARGS`` in this process with hooks that write one line per thing the server did to
stderr, ``TRACE <time> <what> <seconds or detail>`` (``time.perf_counter()``, the same clock as the
load test's, so both line up):

* ``fetch`` each story page the watcher fetched and read (start, seconds);
* ``code`` the seconds spent coding a batch (spaCy and the extractor), ``ingest`` the whole store
  call (coding included), ``flush`` the watcher's whole write (waiting for the lock included);
* ``bump`` a new generation (the cache emptied), ``index`` an events index built (start, seconds),
  ``refresh`` one refreshed from the rows a write changed (start, seconds);
* ``pages`` every 0.5 s: pages of events answered from the index and from SQL since the last line,
  and the seconds the SQL ones took;
* ``lag`` the event loop late by more than 20 ms (a 5 ms sleep that took longer).
"""

from __future__ import annotations

import asyncio
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any


def trace(what: str, *detail: object) -> None:
    sys.stderr.write(f"TRACE {time.perf_counter():.4f} {what} {' '.join(map(str, detail))}\n")
    sys.stderr.flush()


def _timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*a: Any, **kw: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return fn(*a, **kw)
        finally:
            trace(name, f"{t0:.4f}", f"{time.perf_counter() - t0:.4f}")
    return wrapper


def install() -> None:
    from flashpoint.serve import state as state_mod
    from flashpoint.watch import watcher as watcher_mod

    W, S = watcher_mod.Watcher, state_mod.ServerState
    W._fetch_item = _timed("fetch", W._fetch_item)  # type: ignore[method-assign]
    W._flush = _timed("flush", W._flush)  # type: ignore[method-assign]
    watcher_mod.ingest_articles = _timed("ingest", watcher_mod.ingest_articles)
    S._build_index = _timed("index", S._build_index)  # type: ignore[method-assign]
    if hasattr(S, "_refresh_index"):  # the index refreshed from the rows a write changed
        S._refresh_index = _timed("refresh", S._refresh_index)

    bump = S._bump

    def _bump(self: Any, _n: int = 0) -> None:
        bump(self, _n)
        trace("bump", self.generation)
    S._bump = _bump  # type: ignore[method-assign]

    coder = S._coder

    def _coder(self: Any) -> Any:
        code = coder(self)

        def timed(articles: list[Any], on_failure: Any) -> Iterable[Any]:
            spent = 0.0
            it: Iterator[Any] = iter(code(articles, on_failure))
            while True:
                t0 = time.perf_counter()
                try:
                    item = next(it)
                except StopIteration:
                    spent += time.perf_counter() - t0
                    trace("code", len(articles), f"{spent:.4f}")
                    return
                spent += time.perf_counter() - t0
                yield item
        return timed
    S._coder = _coder  # type: ignore[method-assign]

    counts = {"index": 0, "sql": 0, "sql_s": 0.0}
    lock = threading.Lock()
    page = S.events_page

    def events_page(self: Any, f: Any, **kw: Any) -> Any:
        index = self._index
        fast = index is not None and index.generation == self.generation and not f.exclude_flagged
        t0 = time.perf_counter()
        try:
            return page(self, f, **kw)
        finally:
            with lock:
                if fast:
                    counts["index"] += 1
                else:
                    counts["sql"] += 1
                    counts["sql_s"] += time.perf_counter() - t0
    S.events_page = events_page  # type: ignore[method-assign]

    def report() -> None:
        while True:
            time.sleep(0.5)
            with lock:
                if counts["index"] or counts["sql"]:
                    trace("pages", counts["index"], counts["sql"], f"{counts['sql_s']:.3f}")
                counts.update(index=0, sql=0, sql_s=0.0)
    threading.Thread(target=report, daemon=True).start()

    start = S.start

    async def lag() -> None:
        while True:
            t0 = time.perf_counter()
            await asyncio.sleep(0.005)
            late = time.perf_counter() - t0 - 0.005
            if late > 0.02:
                trace("lag", f"{t0:.4f}", f"{late:.4f}")

    def _start(self: Any) -> None:
        start(self)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        self._trace_lag = loop.create_task(lag())
    S.start = _start  # type: ignore[method-assign]


def main(argv: list[str]) -> int:
    if "--" in argv:
        argv = argv[argv.index("--") + 1:]
    if len(argv) >= 3 and argv[1:3] == ["-m", "flashpoint"]:
        argv = argv[3:]  # PYTHON -m flashpoint ARGS: run flashpoint ARGS here
    install()
    from flashpoint.cli.main import main as cli

    return int(cli(argv) or 0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
