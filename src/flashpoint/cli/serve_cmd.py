"""``flashpoint serve [--watch SOURCES] [--alerts FILE]``: the HTTP API and dashboard over a store.

The server holds the store for its lifetime (DuckDB lets one process open it) and advertises itself
beside it (``<store>.server.json``): ``flashpoint events`` and ``status`` on the same store go
through its API, other commands stop at once naming it (exit status 4). With ``--watch`` it runs the
watcher in a background thread of its own process, writing under the server's write lock, so
watching, API ingest and reading work on one store at the same time. With ``[[alert]]`` tables (in
the ``--watch`` file or ``--alerts FILE``) it records alerts after every write, sends them to the
``[[webhook]]`` URLs and serves them at ``/alerts.atom``.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from ..config import Settings
from ..errors import ValidationError
from .common import add_coding_args, settings_from
from .watch_cmd import StatusLine, add_fetch_args, watch_settings_from

if TYPE_CHECKING:
    from ..serve.state import CodeFn

__all__ = ["add_parser", "run_serve"]


def add_parser(sub: Any) -> None:
    from ..store import DEFAULT_DB

    s = sub.add_parser("serve", help="the HTTP API and dashboard over a store (and, with --watch, live intake)",
                       description="Serve the JSON API under /api/ (OpenAPI at /openapi.json) and the dashboard at /. "
                                   "The server holds the store: add articles with POST /api/articles while it runs; "
                                   "flashpoint events and status on the same store go through it. With --watch it "
                                   "also follows the sources of a flashpoint watch file, in the same process.")
    s.add_argument("--db", default=DEFAULT_DB, metavar="PATH", help="the store (default flashpoint.duckdb here)")
    s.add_argument("--wait", type=float, default=30.0, metavar="SECONDS",
                   help="how long to wait while another process holds the store (default 30)")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    s.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    s.add_argument("--read-only", action="store_true", help="open the store read-only (no POST /api/articles)")
    s.add_argument("--no-cache", action="store_true", help="do not cache answers between writes")
    s.add_argument("--log-level", default="warning", choices=("critical", "error", "warning", "info", "debug"))
    s.add_argument("--watch", metavar="SOURCES",
                   help="also follow the sources of this flashpoint watch file (TOML [[source]] tables) and store "
                        "what is new, in a background thread")
    s.add_argument("--alerts", metavar="FILE",
                   help="the [[alert]] rules and [[webhook]] URLs (TOML; default: those of the --watch file): "
                        "alerts are recorded after every write, sent, and served at /alerts.atom")
    s.add_argument("--groups", metavar="FILE",
                   help="named actor groups (TOML [[group]] tables with name and members, e.g. \"Serbia and "
                        "Kosovo Serbs\" = SRB, XKX:Serb): the dashboard and API take their names as actors")
    add_fetch_args(s)
    add_coding_args(s, workers=False)  # the server codes in its own process
    s.set_defaults(run=run_serve)


def _err(msg: str) -> int:
    print(f"flashpoint: error: {msg}", file=sys.stderr)
    return 2


def _coder(settings: Settings) -> CodeFn | None:
    """What codes the server's articles (API and watcher); None: the server's own (the model loads on
    first use). Tests replace it with a stand-in."""
    return None


def run_serve(args: argparse.Namespace) -> int:
    from ..analysis.names import load_actor_groups
    from ..fingerprint import coding_fingerprint
    from ..notify.config import NO_ALERTS, load_alerts
    from ..serve import ServerState, run_server
    from ..serve.app import server_url
    from ..watch.sources import load_sources
    from .alert_lines import print_opened

    if not 0 < args.port < 65536:
        return _err("--port must be 1 to 65535")
    sources = load_sources(args.watch) if args.watch else None  # a bad file: exit 2, before the store opens
    alerts_file = args.alerts or args.watch
    alerts = load_alerts(alerts_file) if alerts_file else NO_ALERTS
    groups = load_actor_groups(args.groups) if args.groups else []  # a bad file: exit 2 too
    if args.read_only and (sources or alerts.active):
        return _err("--read-only stores nothing: not with --watch or [[alert]] rules")
    try:
        wsettings = watch_settings_from(args)
    except ValidationError as exc:
        return _err(f"--{exc.field.replace('_', '-')}: {exc.problem}")
    settings = settings_from(args).with_(workers=1)
    code = _coder(settings)
    state = ServerState(args.db, read_only=args.read_only, wait=args.wait, settings=settings, code=code,
                        cache_size=0 if args.no_cache else 512)
    url = server_url(args.host, args.port)
    try:
        state.base_url = url
        state.actors.set_groups(groups)
        if alerts.active:
            state.alerts(alerts, on_opened=print_opened)
        if sources:
            state.watch(sources, wsettings, coded_with=coding_fingerprint(settings),
                        progress=StatusLine(len(sources), live=False).progress)
    except BaseException:
        state.close()
        raise

    def ready() -> None:
        print(f"flashpoint: serving {args.db} at {url}/ (API under /api/, OpenAPI at /openapi.json); Ctrl-C stops",
              file=sys.stderr, flush=True)
        if sources:
            print(f"flashpoint: watching {len(sources)} source(s) from {args.watch}", file=sys.stderr, flush=True)
        if alerts.active:
            print(f"flashpoint: alerts: {len(alerts.rules)} rule(s), {len(alerts.webhooks)} webhook(s); "
                  f"feed at {url}/alerts.atom", file=sys.stderr, flush=True)

    run_server(state, host=args.host, port=args.port, log_level=args.log_level, on_ready=ready)
    return 0
