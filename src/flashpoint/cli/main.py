"""The ``flashpoint`` command line: parses arguments, calls one library function per command, and
turns errors into messages on stderr and exit codes.

Exit codes (the README documents them for scripts and cron jobs):

====  ===================================================================================
0     everything was done
1     some inputs were bad (each named on stderr, by file and line); everything else was done
2     usage error: bad arguments, a missing file, a store that is locked or of a newer schema
3     the run was aborted: an internal error, a worker process killed (out of memory), the
      disk full, a corrupt store. One line on stderr; the traceback goes to a log file whose
      path is printed (or to stderr with ``--debug``). What earlier batches stored is kept.
4     the store is held by a running ``flashpoint serve``: the line names its address and the way
      through it (``POST /api/articles``, ``ingest --server URL``, ``serve --watch``, ``GET /api/...``);
      ``events`` and ``status`` go through the server themselves
130   interrupted (Ctrl-C, SIGINT); 143: terminated (SIGTERM). The open batch is rolled back
      and worker processes are stopped.
====  ===================================================================================
"""

from __future__ import annotations

import argparse
import datetime as _dt
import errno
import os
import signal
import sys
import threading
import traceback
from collections.abc import Sequence
from concurrent.futures.process import BrokenProcessPool
from types import FrameType

from .._version import __version__
from ..errors import FlashpointError, StoreFailure, StoreHeldByServer
from . import (
    actors_cmd,
    analysis_cmds,
    code_cmd,
    demo_cmd,
    lexicon_cmd,
    places_cmd,
    serve_cmd,
    store_cmds,
    watch_cmd,
)
from .served import hint

__all__ = ["main", "build_parser", "EXIT_OK", "EXIT_SOME_FAILED", "EXIT_USAGE", "EXIT_ABORTED", "EXIT_SERVED",
           "EXIT_INTERRUPTED", "EXIT_TERMINATED"]

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_ABORTED = 3
EXIT_SERVED = 4
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143

COMMANDS = (code_cmd, demo_cmd, places_cmd, lexicon_cmd, actors_cmd, store_cmds, watch_cmd, analysis_cmds, serve_cmd)

#: OS errors that mean the machine, not the user's arguments, stopped the run
_ABORTING_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.ENOMEM, errno.EROFS}


class Terminated(BaseException):
    """SIGTERM arrived: unwinds like Ctrl-C, so open batches roll back and workers stop."""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="flashpoint", description="Turn news reports into political event data.")
    p.add_argument("--version", action="version", version=f"flashpoint {__version__}")
    p.add_argument("--debug", action="store_true",
                   help="on an internal error, print the traceback instead of writing it to a log file")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    for mod in COMMANDS:
        mod.add_parser(sub)
    return p


def crash_log_dir() -> str:
    """Where tracebacks of aborted runs go: ``$FLASHPOINT_LOG_DIR``, else the user's cache."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.environ.get("FLASHPOINT_LOG_DIR") or os.path.join(base, "flashpoint")


def _aborted(what: str, exc: BaseException, debug: bool) -> int:
    """One line on stderr, the traceback in a log file (or on stderr with ``--debug``)."""
    text = "".join(traceback.format_exception(exc))
    where = None
    if not debug:
        try:
            folder = crash_log_dir()
            os.makedirs(folder, exist_ok=True)
            stamp = _dt.datetime.now().strftime("%Y%m%dT%H%M%S")
            where = os.path.join(folder, f"crash-{stamp}-{os.getpid()}.log")
            with open(where, "w", encoding="utf-8") as fh:
                fh.write(f"flashpoint {__version__}: {' '.join(sys.argv)}\n{text}")
        except OSError:
            where = None  # no room for a log either: the traceback goes to stderr below
    if where is None:
        sys.stderr.write(text)
    detail = f" (traceback in {where})" if where else ""
    print(f"flashpoint: aborted: {what}{detail}", file=sys.stderr, flush=True)
    return EXIT_ABORTED


class _Signals:
    """SIGTERM unwinds like Ctrl-C; and a SIGINT is remembered, so that an error it causes on its
    way out (DuckDB turns the interrupt of a running query into its own exception) still ends the
    run as interrupted, not as a crash."""

    def __init__(self) -> None:
        self.interrupted = False
        self._previous: list[tuple[int, object]] = []

    def _int(self, signum: int, frame: FrameType | None) -> None:
        self.interrupted = True
        signal.default_int_handler(signum, frame)

    @staticmethod
    def _term(_signum: int, _frame: FrameType | None) -> None:
        raise Terminated()

    def __enter__(self) -> _Signals:

        if threading.current_thread() is threading.main_thread():  # signals go to the main thread only
            self._previous = [(signal.SIGINT, signal.signal(signal.SIGINT, self._int)),
                              (signal.SIGTERM, signal.signal(signal.SIGTERM, self._term))]
        return self

    def __exit__(self, *exc: object) -> None:
        for signum, handler in self._previous:
            signal.signal(signum, handler)  # type: ignore[arg-type]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    with _Signals() as signals:
        try:
            return int(args.run(args))
        except BaseException as exc:  # noqa: BLE001 - every ending gets its exit code (see the docstring)
            return _exit_code(exc, signals.interrupted, args.debug, args.command)


def _exit_code(exc: BaseException, interrupted: bool, debug: bool, command: str | None = None) -> int:
    """The message and exit code for a run that ended by ``exc``."""
    if isinstance(exc, Terminated):
        print("flashpoint: terminated", file=sys.stderr)
        return EXIT_TERMINATED
    if isinstance(exc, KeyboardInterrupt) or interrupted:
        print("flashpoint: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    if isinstance(exc, SystemExit):
        raise exc
    if isinstance(exc, StoreFailure):
        return _aborted(str(exc), exc, debug)
    if isinstance(exc, StoreHeldByServer):
        print(f"flashpoint: error: {exc}: {hint(command, exc.url)}", file=sys.stderr)
        return EXIT_SERVED
    if isinstance(exc, FlashpointError):
        print(f"flashpoint: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if isinstance(exc, BrokenPipeError):
        return EXIT_OK
    if isinstance(exc, BrokenProcessPool):
        return _aborted("a worker process died (killed, perhaps for lack of memory); "
                        "what earlier batches stored is kept", exc, debug)
    if isinstance(exc, OSError):
        what = f"{exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else "")
        if exc.errno in _ABORTING_ERRNOS:
            return _aborted(what, exc, debug)
        print(f"flashpoint: error: {what}", file=sys.stderr)
        return EXIT_USAGE
    if not isinstance(exc, Exception):
        raise exc
    return _aborted(f"internal error: {type(exc).__name__}: {exc}", exc, debug)


if __name__ == "__main__":
    sys.exit(main())
