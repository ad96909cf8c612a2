"""``flashpoint demo``: code the bundled Serbia–Kosovo corpus and print a readable summary."""

from __future__ import annotations

import argparse
from typing import Any

from .common import Reporter, add_coding_args, open_output, settings_from

__all__ = ["add_parser", "run"]


def add_parser(sub: Any) -> None:
    p = sub.add_parser("demo", help="code the bundled demo corpus and print a summary")
    add_coding_args(p)
    p.add_argument("-o", "--output", metavar="FILE", help="also write the events (JSON Lines) here")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..analysis.summary import summarise
    from ..coding import Coder
    from ..demo import demo_corpus_path
    from ..output import EventWriter
    from ..read import read_inputs
    from .code_cmd import articles_only

    rep = Reporter()
    coder = Coder(settings_from(args))
    events = []
    n = 0
    for _a, evs in coder.code_stream(articles_only(read_inputs([demo_corpus_path()]), rep)):
        events.extend(evs)
        n += 1
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
    return 1 if rep.failures else 0
