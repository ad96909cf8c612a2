"""``flashpoint code``: code articles and stream one event record per line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from typing import Any

from ..read import ReadWarning, read_inputs
from ..records import Article, ReadFailure
from .common import Reporter, add_coding_args, add_input_args, open_output, settings_from

__all__ = ["add_parser", "run"]


def add_parser(sub: Any) -> None:
    p = sub.add_parser("code", help="code articles into event records",
                       description="Code articles and stream one event record per line.")
    add_input_args(p)
    add_coding_args(p)
    p.add_argument("--format", choices=("jsonl", "csv"), default="jsonl", help="output format (default jsonl)")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p.add_argument("--explain", action="store_true", help="add the lexicon entry and grammatical path to each event")
    p.add_argument("--no-progress", action="store_true", help="no progress bar even on a terminal")
    p.set_defaults(run=run)


def articles_only(items: Iterator[Any], rep: Reporter) -> Iterator[Article]:
    for it in items:
        if isinstance(it, Article):
            yield it
        elif isinstance(it, ReadFailure):
            rep.failure(str(it))
        elif isinstance(it, ReadWarning):
            rep.warning(str(it))


def run(args: argparse.Namespace) -> int:
    from ..coding import Coder
    from ..output import EventWriter

    settings = settings_from(args)
    rep = Reporter()
    coder = Coder(settings)
    articles = articles_only(read_inputs(args.inputs, args.published, args.text_column), rep)
    bar = None
    if sys.stderr.isatty() and not args.no_progress:
        from tqdm import tqdm

        bar = tqdm(unit=" articles", file=sys.stderr, leave=False)
    with open_output(args.output) as fh:
        writer = EventWriter(fh, args.format, explain=settings.explain)
        for _article, events in coder.code_stream(articles):
            writer.write(events)
            if bar is not None:
                bar.update(1)
    if bar is not None:
        bar.close()
    return 1 if rep.failures else 0
