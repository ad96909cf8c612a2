"""``flashpoint places``: one record per resolved place mention."""

from __future__ import annotations

import argparse
import csv
import json
from typing import Any

from ..read import read_inputs
from .code_cmd import articles_only
from .common import Reporter, add_coding_args, add_input_args, open_output, settings_from

__all__ = ["add_parser", "run", "PLACE_COLUMNS"]

PLACE_COLUMNS = ["article_id", "text", "start", "end", "name", "country", "admin1", "lat", "lon", "geonameid",
                 "feature"]


def add_parser(sub: Any) -> None:
    p = sub.add_parser("places", help="list the places named in articles, resolved to coordinates")
    add_input_args(p)
    add_coding_args(p)
    p.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    p.add_argument("-o", "--output", metavar="FILE")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..coding import place_stream

    rep = Reporter()
    settings = settings_from(args).with_(workers=1)
    articles = articles_only(read_inputs(args.inputs, args.published, args.text_column), rep)
    with open_output(args.output) as fh:
        writer = csv.DictWriter(fh, fieldnames=PLACE_COLUMNS, lineterminator="\n") if args.format == "csv" else None
        if writer is not None:
            writer.writeheader()
        for m in place_stream(articles, settings):
            row = m.to_dict()
            if writer is not None:
                writer.writerow({k: row.get(k) for k in PLACE_COLUMNS})
            else:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 1 if rep.failures else 0
