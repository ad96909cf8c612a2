"""``flashpoint demo``: code the bundled Serbia–Kosovo corpus, print a readable summary, and store the
events (``--db``, default ``demo.duckdb``) for ``flashpoint serve``."""

from __future__ import annotations

import argparse
from typing import Any

from .common import Reporter, add_coding_args, open_output, settings_from

__all__ = ["add_parser", "run"]


def add_parser(sub: Any) -> None:
    p = sub.add_parser("demo", help="code the bundled demo corpus and print a summary")
    add_coding_args(p)
    p.add_argument("-o", "--output", metavar="FILE", help="also write the events (JSON Lines) here")
    p.add_argument("--db", default="demo.duckdb", metavar="PATH",
                   help="store the coded corpus here for the dashboard (default demo.duckdb)")
    p.add_argument("--no-db", action="store_true", help="do not store anything")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..analysis.summary import summarise
    from ..demo import demo_corpus_path
    from ..engines.local import code_stream
    from ..output import EventWriter
    from ..read import read_inputs
    from .code_cmd import articles_only

    rep = Reporter()
    pairs = list(code_stream(articles_only(read_inputs([demo_corpus_path()]), rep), settings_from(args),
                             on_failure=rep.coding_failure))
    events = [e for _a, evs in pairs for e in evs]
    n = len(pairs)
    if args.output:
        with open_output(args.output) as fh:
            EventWriter(fh).write(events)
    s = summarise(events, n)
    print(f"flashpoint demo: {s.articles} reports on the Serbia-Kosovo tensions, {s.events} events\n")
    print("Events per CAMEO root: " + ", ".join(f"{r}:{c}" for r, c in s.roots.items()))
    print("\nMost active actor pairs (source -> target): events, Goldstein sum, events by quad class")
    for p in s.pairs:
        quads = " ".join(f"q{q}={c}" for q, c in p.by_quad.items())
        print(f"  {p.source:>6} -> {p.target:<6} {p.events:4d}  {p.goldstein_sum:7.1f}  {quads}")
    print("\nMost conflictual days (lowest Goldstein sum):")
    for d in s.days:
        print(f"  {d.date}  {d.events:3d} events  {d.goldstein_sum:7.1f}  e.g. {d.example}")
    if args.output:
        print(f"\nevents written to {args.output}")
    if not args.no_db:
        from ..store import ingest_coded, open_store

        with open_store(args.db, wait=10.0) as store:
            ingest_coded(store, pairs)
            stored = store.value("SELECT count(*) FROM events")
        print(f"\n{stored} de-duplicated events stored in {args.db}. Open the dashboard with:\n"
              f"    flashpoint serve --db {args.db}\n"
              "and then http://127.0.0.1:8000/ in a browser (Ctrl-C stops the server).")
    return 1 if rep.failures else 0
