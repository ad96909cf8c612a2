"""``flashpoint actors check [FILE...]``: validate the actor lexicon (the who's who) and say what it covers.

``flashpoint actors who NAME [--year YEAR]``: how a name is coded, and whether its holder is in
office that year. Both read the packaged files, extended by each FILE in turn (a user file has the
packaged files' format, ``data/actors/README.md``).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import sys
from collections import Counter
from typing import Any

from ..errors import LexiconError

__all__ = ["add_parser", "run_check", "run_who"]


def add_parser(sub: Any) -> None:
    p = sub.add_parser("actors", help="inspect and validate the actor lexicon (countries, groups, who's who)")
    asub = p.add_subparsers(dest="actors_command", metavar="ACTION")
    c = asub.add_parser("check", help="validate actor files (default: the packaged ones) and summarise them")
    c.add_argument("files", nargs="*", metavar="FILE", help="user actor files, each checked with the packaged ones")
    c.add_argument("--year", type=int, default=_dt.date.today().year,
                   help="count the people in office this year (default: this year)")
    c.set_defaults(run=run_check)
    w = asub.add_parser("who", help="how a name is coded")
    w.add_argument("name", help="a full name or a short form (\"Putin\")")
    w.add_argument("--year", type=int, help="the story's year (default: this year)")
    w.add_argument("--actors", metavar="FILE", help="a user actor file")
    w.set_defaults(run=run_who)


def run_check(args: argparse.Namespace) -> int:
    from ..actors.lexicon import load_lexicon
    from ..actors.memberships import load_memberships

    bad = 0
    for f in args.files or [None]:
        try:
            lex = load_lexicon(f)
        except LexiconError as exc:
            print(f"flashpoint: error: {exc}", file=sys.stderr)
            bad += 1
            continue
        groups = sum(1 for o in lex.organisations.values() if o.kind == "group")
        dated = [p for p in lex.people.values() if p.years]
        now = [p for p in dated if p.in_office(args.year)]
        by_country = Counter(p.country or p.org for p in now)
        first = min((a for p in dated for a, _ in p.terms), default=None)
        print(f"{f or 'packaged actor files'}: ok: {len(lex.countries)} countries, {len(lex.organisations)} "
              f"organisations ({groups} armed and political groups), {len(lex.people)} people "
              f"({len(dated)} with terms of office from {first}; {len(now)} in office in {args.year}, "
              f"for {len(by_country)} countries and organisations)")
        governing = [o for o in lex.organisations.values() if o.governs]
        if governing:
            print("  groups that govern their country in dated spans (coded its GOV then): " + "; ".join(
                f"{o.key} {o.country} " + ", ".join(f"{a}/{b or ''}" for a, b in o.governs) for o in governing))
        if f is None:
            try:
                memberships = load_memberships()
            except LexiconError as exc:
                print(f"flashpoint: error: {exc}", file=sys.stderr)
                bad += 1
                continue
            print(f"  memberships (version {memberships.version}): " + ", ".join(
                f"{org} {len(memberships.members(org, None))}" for org in memberships.spans) + " members now")
        undated = sorted(p.name for p in lex.people.values() if not p.years)
        if undated:
            print(f"  without terms of office (coded whatever the story's date): {', '.join(undated)}")
    return 1 if bad else 0


def run_who(args: argparse.Namespace) -> int:
    from ..actors.lexicon import load_lexicon

    lex = load_lexicon(args.actors)
    year = args.year or _dt.date.today().year
    refs = [r for r in lex.names.get(args.name, ()) if r.kind == "person"]
    if not refs:
        print(f"flashpoint: {args.name!r} is not in the who's who", file=sys.stderr)
        return 1
    for ref in refs:
        p = lex.people[ref.key]
        held = p.in_office(year)
        state = "no terms listed" if held is None else ("in office" if held else "out of office: coded ELI")
        days = ", ".join(f"{a}/{b or ''}" for a, b in p.bounds)
        print(f"{p.name}: {p.country or p.org} {p.sector}, {p.role or 'no role given'} ({p.years or '-'}); "
              f"in {year}: {state}" + (f"; in office to the day: {days}" if days else ""))
    return 0
