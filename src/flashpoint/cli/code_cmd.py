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
    p.add_argument("--engine", choices=("local", "ray"), default="local",
                   help="local: processes on this machine (default); ray: a Ray cluster (pip install "
                        "'flashpoint[ray]'), writing Parquet shards to the -o folder, or JSON Lines in input "
                        "order to -o FILE.jsonl or stdout; --workers N sets the number of coding actors")
    p.add_argument("--ray-address", metavar="ADDRESS",
                   help="with --engine ray: 'auto' or host:port or ray://host:10001 joins a running cluster "
                        "(default: start a local Ray instance for this run)")
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
    from ..coding import cached_coder
    from ..engines.local import code_stream
    from ..output import EventWriter

    settings = settings_from(args)
    rep = Reporter()
    if args.engine == "ray":
        return run_ray(args, rep)
    cached_coder(settings)  # the model loads (or fails) before any output; the worker processes share it
    articles = articles_only(read_inputs(args.inputs, args.published, args.text_column), rep)
    bar = None
    if sys.stderr.isatty() and not args.no_progress:
        from tqdm import tqdm

        bar = tqdm(unit=" articles", file=sys.stderr, leave=False)
    with open_output(args.output) as fh:
        writer = EventWriter(fh, args.format, explain=settings.explain)
        for _article, events in code_stream(articles, settings, on_failure=rep.coding_failure):
            writer.write(events)
            if bar is not None:
                bar.update(1)
    if bar is not None:
        bar.close()
    return 1 if rep.failures else 0


def run_ray(args: argparse.Namespace, rep: Reporter) -> int:
    """``--engine ray``: Parquet shards into the ``-o`` folder, or JSON Lines (``-o FILE.jsonl``, stdout)."""
    from ..engines.ray_engine import code_with_ray, code_with_ray_to_jsonl
    from ..errors import ConfigError

    if args.format != "jsonl":
        raise ConfigError("--engine ray writes Parquet shards (-o FOLDER) or JSON Lines (-o FILE.jsonl or stdout)")
    settings = settings_from(args).with_(workers=1)
    options: dict[str, Any] = {"address": args.ray_address, "actors": args.workers if args.workers > 0 else None,
                               "published": args.published, "text_column": args.text_column,
                               "progress": sys.stderr.isatty() and not args.no_progress}
    out = args.output
    to_jsonl = out in (None, "-") or out.lower().endswith((".jsonl", ".ndjson"))
    if to_jsonl:
        with open_output(out) as fh:
            summary = code_with_ray_to_jsonl(args.inputs, fh, settings, **options)
        where = out if out not in (None, "-") else "stdout"
    else:
        summary = code_with_ray(args.inputs, out, settings, **options)
        where = f"{len(summary.shards)} Parquet shard(s) in {out}"
    for msg in summary.warnings:
        rep.warning(msg)
    for msg in summary.messages:
        rep.failure(msg)
    if summary.failures > len(summary.messages):
        rep.warning(f"{summary.failures - len(summary.messages)} more failures not listed")
    print(f"flashpoint: ray: {summary.articles} articles, {summary.events} events, {summary.failures} failed "
          f"({summary.actors} actors, {summary.seconds:.1f} s) -> {where}", file=sys.stderr, flush=True)
    return 1 if summary.failures else 0
