"""The ``flashpoint`` command line: parses arguments, calls one library function per command, and
turns errors into messages on stderr and exit codes (0 ok, 1 some inputs failed, 2 usage error)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .. import __version__
from ..errors import FlashpointError
from . import actors_cmd, analysis_cmds, code_cmd, demo_cmd, lexicon_cmd, places_cmd, store_cmds

__all__ = ["main", "build_parser"]

COMMANDS = (code_cmd, demo_cmd, places_cmd, lexicon_cmd, actors_cmd, store_cmds, analysis_cmds)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="flashpoint", description="Turn news reports into political event data.")
    p.add_argument("--version", action="version", version=f"flashpoint {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    for mod in COMMANDS:
        mod.add_parser(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.run(args))
    except FlashpointError as exc:
        print(f"flashpoint: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("flashpoint: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
