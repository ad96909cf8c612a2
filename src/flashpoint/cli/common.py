"""Argument helpers shared by CLI commands."""

from __future__ import annotations

import argparse
import datetime as _dt
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO

from ..config import DEFAULT_MODEL, Settings, default_workers
from ..errors import CodingError
from ..records import ReadFailure, ReadWarning

_DEFAULTS = Settings()

__all__ = ["add_input_args", "add_coding_args", "settings_from", "date_arg", "open_output", "Reporter"]


def date_arg(s: str) -> str:
    try:
        return _dt.date.fromisoformat(s).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {s!r}") from None


def add_input_args(p: argparse.ArgumentParser, required: bool = True) -> None:
    p.add_argument("inputs", nargs="+" if required else "*", metavar="INPUT",
                   help="files (.txt .html .jsonl .json .csv), directories, or - for stdin")
    p.add_argument("--published", type=date_arg, metavar="YYYY-MM-DD",
                   help="publication date for plain text and records without one")
    p.add_argument("--text-column", default="text", help="CSV column holding the text (default: text)")


def add_coding_args(p: argparse.ArgumentParser, workers: bool = True) -> None:
    """The options that shape coding; ``workers`` False for a command that codes in its own process
    (``serve``), so that no flag is accepted and ignored."""
    p.add_argument("--model", default=os.environ.get("FLASHPOINT_MODEL", DEFAULT_MODEL),
                   help=f"spaCy pipeline to load (default: {DEFAULT_MODEL})")
    p.add_argument("--lexicon", action="append", default=[], metavar="FILE",
                   help="extra action lexicon (YAML); repeatable; tried before the packaged one")
    p.add_argument("--actors", metavar="FILE", help="extra actor lexicon (YAML) that extends/overrides the packaged one")
    p.add_argument("--keep-negated", action="store_true",
                   help="emit negated and hypothetical actions (negated: true) instead of dropping them")
    p.add_argument("--min-confidence", type=confidence_arg, default=0.0, metavar="P",
                   help="emit only events whose confidence (the calibrated probability that source, action "
                        "and target are right) is at least P, from 0 to 1 (default 0: all)")
    p.add_argument("--batch-size", type=int, default=32, help="documents per spaCy batch (default 32)")
    p.add_argument("--batch-words", type=int, default=10_000, metavar="N",
                   help="words per spaCy batch at most, unless one document is longer (default 10000; 0: no bound); "
                        "bounds memory whatever the articles' length")
    p.add_argument("--max-chars", type=int, default=_DEFAULTS.max_chars, metavar="N",
                   help=f"articles longer than N characters are reported and not coded (default {_DEFAULTS.max_chars:,}); "
                        "long articles below it are parsed in segments, in bounded memory")
    if workers:
        p.add_argument("--workers", type=int, default=0, metavar="N",
                       help="processes for coding (default 0: one per CPU core; 1: this process only)")


def _workers(n: int) -> int:
    return n if n > 0 else default_workers()


def settings_from(args: argparse.Namespace) -> Settings:
    return Settings(model=args.model, lexicons=tuple(args.lexicon), actors=args.actors,
                    keep_negated=args.keep_negated, batch_size=args.batch_size, batch_words=args.batch_words,
                    workers=_workers(getattr(args, "workers", 1)),
                    explain=bool(getattr(args, "explain", False)), min_confidence=args.min_confidence,
                    max_chars=args.max_chars)


def confidence_arg(s: str) -> float:
    """A probability from 0 to 1 (``--min-confidence``)."""
    try:
        v = float(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {s!r}") from None
    if not 0.0 <= v <= 1.0:
        raise argparse.ArgumentTypeError(f"must be from 0 to 1, not {s}")
    return v


@contextmanager
def open_output(path: str | None) -> Iterator[IO[str]]:
    if path in (None, "-"):
        yield sys.stdout
        return
    assert path is not None
    with open(path, "w", encoding="utf-8", newline="") as fh:
        yield fh


class Reporter:
    """Prints read failures and warnings to stderr, one line each, and counts failures."""

    def __init__(self) -> None:
        self.failures = 0

    def failure(self, msg: str) -> None:
        self.failures += 1
        print(f"flashpoint: error: {msg}", file=sys.stderr, flush=True)

    def note(self, item: ReadFailure | ReadWarning) -> None:
        """A reader's note: a failure (the item was skipped) or a warning (it was kept)."""
        if isinstance(item, ReadFailure):
            self.failure(str(item))
        else:
            self.warning(str(item))

    def coding_failure(self, err: CodingError) -> None:
        """An article the coder could not code (the run goes on)."""
        self.failure(str(err))

    def warning(self, msg: str) -> None:
        print(f"flashpoint: warning: {msg}", file=sys.stderr, flush=True)
