"""``flashpoint watch SOURCES --db DB [--once]``: follow news sources and ingest what is new.

One line on stderr per source polled (or its error) and per item that failed; on a terminal, a
status line that counts as it goes. Exit status with ``--once``: 0 when every source and item was
dealt with, 1 when some failed (each named on stderr), 2 for a bad sources file or arguments.
Without ``--once`` it runs until stopped (Ctrl-C: 130, SIGTERM: 143).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from ..config import Settings
from ..errors import CodingError, ValidationError
from ..records import Article, Event
from .common import add_coding_args, settings_from

if TYPE_CHECKING:
    from ..watch.settings import WatchSettings
    from ..watch.watcher import ItemOutcome, PollReport, SourceReport, WatchCodeFn

__all__ = ["add_parser", "run_watch", "StatusLine", "add_fetch_args", "watch_settings_from"]


def _seconds(s: str) -> float:
    from ..watch.sources import parse_interval

    try:
        return parse_interval(s)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _non_negative(s: str) -> float:
    try:
        v = float(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {s!r}") from None
    if v < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {s}")
    return v


def add_parser(sub: Any) -> None:
    from ..store import DEFAULT_DB

    p = sub.add_parser(
        "watch", help="follow news sources (feeds, sitemaps, URL lists) and ingest what is new",
        description="Poll the sources listed in SOURCES (a TOML file of [[source]] tables with a url, and "
                    "optionally name, language, interval, tags, kind), fetch each new article politely, and code "
                    "and store it. The store remembers what was seen: a restart fetches nothing twice.")
    p.add_argument("sources", metavar="SOURCES", help="the sources file (TOML)")
    p.add_argument("--db", default=DEFAULT_DB, metavar="PATH", help="the store (default flashpoint.duckdb here)")
    p.add_argument("--wait", type=float, default=30.0, metavar="SECONDS",
                   help="how long to wait while another process holds the store (default 30)")
    p.add_argument("--once", action="store_true", help="poll every source once and exit (for cron, and tests)")
    p.add_argument("--alerts", metavar="FILE",
                   help="the [[alert]] and [[webhook]] tables to evaluate after each batch (default: those of SOURCES)")
    add_fetch_args(p)
    p.add_argument("--no-progress", action="store_true", help="no status line even on a terminal")
    add_coding_args(p)
    p.set_defaults(run=run_watch)


def add_fetch_args(p: argparse.ArgumentParser) -> None:
    """The options of how sources are polled and fetched (``watch``, ``serve --watch``)."""
    from ..watch.settings import WatchSettings

    d = WatchSettings()
    p.add_argument("--interval", type=_seconds, default=d.interval, metavar="TIME",
                   help=f"between polls of a source that sets none (seconds, or 90s, 15m, 2h; default {d.interval:g}s)")
    p.add_argument("--timeout", type=_seconds, default=d.timeout, metavar="SECONDS",
                   help=f"for one request, the whole body included (default {d.timeout:g})")
    p.add_argument("--retries", type=int, default=d.retries, metavar="N",
                   help=f"further tries after a timeout, a lost connection, 429 or 5xx (default {d.retries})")
    p.add_argument("--backoff", type=_non_negative, default=d.backoff, metavar="SECONDS",
                   help=f"wait before the first retry, doubled for each next (default {d.backoff:g})")
    p.add_argument("--host-interval", type=_non_negative, default=d.host_interval, metavar="SECONDS",
                   help=f"at least this long between two requests to one host (default {d.host_interval:g}; "
                        "a robots.txt Crawl-delay can ask for more)")
    p.add_argument("--max-bytes", type=int, default=d.max_bytes, metavar="N",
                   help=f"larger responses are refused (default {d.max_bytes:,})")
    p.add_argument("--max-redirects", type=int, default=d.max_redirects, metavar="N",
                   help=f"redirects followed at most (default {d.max_redirects})")
    p.add_argument("--max-new", type=int, default=d.max_new, metavar="N",
                   help=f"new items fetched per source and poll at most, newest first (default {d.max_new})")
    p.add_argument("--user-agent", default=d.user_agent, metavar="TEXT",
                   help="the User-Agent sent (default names flashpoint and its version)")
    p.add_argument("--commit-every", type=int, default=d.commit_every, metavar="N",
                   help=f"articles per store transaction (default {d.commit_every})")


def watch_settings_from(args: argparse.Namespace) -> WatchSettings:
    """The options of :func:`add_fetch_args`; :class:`ValidationError` naming the bad one's field."""
    from ..watch.settings import WatchSettings

    return WatchSettings(
        user_agent=args.user_agent, timeout=args.timeout, retries=args.retries, backoff=args.backoff,
        host_interval=args.host_interval, max_bytes=args.max_bytes, max_redirects=args.max_redirects,
        interval=args.interval, max_new=args.max_new, commit_every=args.commit_every)


class StatusLine:
    """Renders the watcher's progress on stderr: a line per finished source and per failed item,
    a summary per round; on a terminal (``live``) also a status line rewritten in place."""

    def __init__(self, sources: int, live: bool) -> None:
        self.sources = sources
        self.live = live
        self._done: list[SourceReport] = []  # the sources finished in this round
        self._shown = False

    def _clear(self) -> None:
        if self._shown:
            sys.stderr.write("\r\x1b[K")
            self._shown = False

    def _line(self, text: str) -> None:
        self._clear()
        print(text, file=sys.stderr, flush=True)

    def progress(self, rep: SourceReport, item: ItemOutcome | None) -> None:
        """The watcher's ``progress`` callback."""
        from ..watch.state import FAILED

        if item is not None and item.status == FAILED:
            self._line(f"flashpoint: error: {rep.source.name}: {item.detail}")
        if item is None:
            self._done.append(rep)
            self._finished(rep)
        if self.live:
            reps = self._done + ([rep] if item is not None else [])
            failed = sum(r.failed + (r.error is not None) for r in reps)
            sys.stderr.write(f"\r\x1b[Kwatch: {len(self._done)}/{self.sources} sources, {sum(r.new for r in reps)} new, "
                             f"{sum(r.seen for r in reps)} seen, {failed} failed ({rep.source.name})")
            sys.stderr.flush()
            self._shown = True

    def _finished(self, rep: SourceReport) -> None:
        name = rep.source.name
        if rep.error is not None:
            self._line(f"flashpoint: error: {name}: {rep.error}")
            return
        if rep.not_modified and not (rep.new or rep.failed or rep.seen):
            self._line(f"flashpoint: watch: {name}: unchanged")
            return
        parts = [f"{rep.new} new", f"{rep.seen} seen", f"{rep.failed} failed"]
        if rep.skipped:
            parts.append(f"{rep.skipped} not English")
        if rep.waiting:
            parts.append(f"{rep.waiting} left for the next poll")
        self._line(f"flashpoint: watch: {name}: " + ", ".join(parts))
        if rep.warning:
            self._line(f"flashpoint: warning: {name}: {rep.warning}")

    def summary(self, report: PollReport, db: str, articles: int) -> None:
        """The round's totals; the next round counts from zero."""
        self._clear()
        self._done = []
        print(f"flashpoint: watch: {len(report.sources)} sources ({len(report.failed_sources)} failed): "
              f"{report.total('new')} new, {report.total('seen')} seen, {report.total('failed')} failed, "
              f"{report.total('skipped')} not English; {db} holds {articles} articles", file=sys.stderr, flush=True)


def run_watch(args: argparse.Namespace) -> int:
    from ..fingerprint import coding_fingerprint
    from ..notify.config import load_alerts
    from ..notify.step import AlertStep
    from ..store import open_store
    from ..watch import Watcher, load_sources
    from .alert_lines import print_step

    sources = load_sources(args.sources)  # a SourcesError is a usage error (exit 2), before the store opens
    alerts = load_alerts(args.alerts or args.sources)  # so is an AlertsError
    try:
        wsettings = watch_settings_from(args)
    except ValidationError as exc:
        print(f"flashpoint: error: --{exc.field.replace('_', '-')}: {exc.problem}", file=sys.stderr)
        return 2
    settings = settings_from(args)
    status = StatusLine(len(sources), live=sys.stderr.isatty() and not args.no_progress)

    code = _coder(settings)
    with open_store(args.db, wait=args.wait) as store, AlertStep(store, alerts) as step, \
            Watcher(store, sources, code, settings=wsettings, coded_with=coding_fingerprint(settings), share=True,
                    progress=status.progress,
                    after_batch=(lambda _rep: print_step(step())) if alerts.active else None) as watcher:
        if alerts.active:
            print_step(step())  # what a killed run stored but did not evaluate or send
        if args.once:
            report = watcher.poll_once()
            status.summary(report, args.db, int(store.value("SELECT count(*) FROM articles")))
            return 0 if report.ok else 1

        def each(report: PollReport) -> None:
            status.summary(report, args.db, int(store.value("SELECT count(*) FROM articles")))

        watcher.run(on_poll=each)
    return 0


def _coder(settings: Settings) -> WatchCodeFn:
    """What codes the watcher's articles: the local engine (the model loads on first use only)."""

    def code(articles: list[Article], on_failure: Callable[[CodingError], None]) -> Iterable[tuple[Article, list[Event]]]:
        from ..engines.local import code_stream

        return code_stream(articles, settings, on_failure)

    return code

