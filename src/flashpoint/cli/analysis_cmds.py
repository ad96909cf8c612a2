"""``flashpoint timeline``, ``alerts`` and ``network``: analysis of a store (``serve``: :mod:`.serve_cmd`)."""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from typing import Any

from .common import date_arg, open_output

__all__ = ["add_parser", "run_timeline", "run_alerts", "run_network"]

FREQS = ("day", "week", "month", "quarter", "year")


def _pair(s: str) -> tuple[str, str]:
    parts = [x.strip() for x in s.split(",")]
    if len(parts) != 2 or not all(parts):
        raise argparse.ArgumentTypeError(f"expected A,B (e.g. SRB,XKX), got {s!r}")
    return parts[0], parts[1]


def _positive(s: str) -> int:
    try:
        v = int(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {s!r}") from None
    if v < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {s}")
    return v


def _db(p: argparse.ArgumentParser) -> None:
    from ..store import DEFAULT_DB

    p.add_argument("--db", default=DEFAULT_DB, metavar="PATH", help="the store (default flashpoint.duckdb here)")
    p.add_argument("--wait", type=float, default=30.0, metavar="SECONDS",
                   help="how long to wait while another process holds the store (default 30)")


def _range(p: argparse.ArgumentParser) -> None:
    p.add_argument("--since", type=date_arg, metavar="YYYY-MM-DD", help="first day (inclusive)")
    p.add_argument("--until", type=date_arg, metavar="YYYY-MM-DD", help="last day (inclusive)")
    p.add_argument("--exclude-flagged", action="store_true", help="leave out the events flagged as wrong")
    p.add_argument("--groups", metavar="FILE",
                   help="named actor groups (TOML [[group]] name, members); actors are then also read as names "
                        "(Serbia, Kosovo Serbs, a group's name), and an unknown one is an error")


_GROUP_BY_HELP = ("actor key: actor (organisation, else country; default), country, sector (country and sector: "
                  "XKXGOV) or group (the ethnic or sub-state group the lexicon marks: XKX:Serb)")


def _resolver(args: argparse.Namespace, store: Any) -> Any:
    """What reads actor values: names and named groups with ``--groups``, else the values as given."""
    if not getattr(args, "groups", None):
        return lambda value, field: value
    from ..analysis.names import ActorNames, actor_catalog, load_actor_groups

    names = ActorNames(groups=load_actor_groups(args.groups))
    catalog = actor_catalog(store)
    return lambda value, field: names.resolve(value, catalog, field) if value else value


def add_parser(sub: Any) -> None:
    t = sub.add_parser("timeline", help="what two actors did to each other, per period, both directions",
                       description="Events by QuadClass, Goldstein sum and mean, and the conflict-cooperation index "
                                   "CCI = (cooperation - conflict) / (cooperation + conflict) per period and direction.")
    t.add_argument("a", metavar="A", help="first actor (code prefix, country or organisation: SRB, XKX, EU)")
    t.add_argument("b", metavar="B", help="second actor")
    _db(t)
    t.add_argument("--freq", default="month", choices=FREQS, help="period length (default month)")
    _range(t)
    t.add_argument("--format", default="table", choices=("table", "csv", "json", "svg", "html", "png"))
    t.add_argument("--measure", default="goldstein", choices=("goldstein", "cci"),
                   help="what the chart plots (default: mean Goldstein)")
    t.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout (png needs it)")
    t.set_defaults(run=run_timeline)

    a = sub.add_parser("alerts", help="periods where conflict rises well above its recent baseline",
                       description="Rolling robust z-score of conflict events (QuadClass 3-4) per period: "
                                   "z = (x - median) / max(1.4826 MAD, 1) over the previous --window periods.")
    _db(a)
    a.add_argument("--dyad", type=_pair, metavar="A,B", help="one pair (both directions); default: every pair")
    a.add_argument("--freq", default="month", choices=FREQS, help="period length (default month)")
    a.add_argument("--window", type=int, default=6, metavar="N", help="baseline periods (default 6)")
    a.add_argument("--threshold", type=float, default=3.0, metavar="Z", help="robust z to alert at (default 3)")
    a.add_argument("--min-count", type=_positive, default=3, metavar="N",
                   help="fewest conflict events in an alerting period (default 3)")
    _range(a)
    a.add_argument("--events", type=int, default=5, metavar="N", help="driving events shown per alert (default 5)")
    a.add_argument("--group-by", default="actor", choices=("actor", "country", "sector", "group"), help=_GROUP_BY_HELP)
    a.add_argument("--top", type=_positive, metavar="N", help="only the N strongest alerts of all pairs (highest z)")
    a.add_argument("--format", default="table", choices=("table", "json"))
    a.add_argument("--recorded", action="store_true",
                   help="the alerts recorded when they opened (by the [[alert]] rules of ingest, watch or serve), "
                        "newest first, with their delivery to each webhook")
    a.add_argument("--limit", type=_positive, default=50, metavar="N", help="recorded alerts shown (default 50)")
    a.add_argument("-o", "--output", metavar="FILE")
    a.set_defaults(run=run_alerts)

    n = sub.add_parser("network", help="the actor network: who acts on whom, how often, how",
                       description="Nodes are actor keys; directed edges carry event counts, cooperation, "
                                   "conflict and mean Goldstein.")
    _db(n)
    _range(n)
    n.add_argument("--actor", metavar="CODE", help="only events with this actor on either side")
    n.add_argument("--level", default="key", choices=("key", "code"),
                   help="key: organisation, else country (default); code: full actor codes (SRBGOV)")
    n.add_argument("--top", type=_positive, default=40, metavar="N", help="most active actors kept (default 40)")
    n.add_argument("--min-events", type=_positive, default=1, metavar="N", help="fewest events per edge")
    n.add_argument("--group-by", default="actor", choices=("actor", "country", "sector", "group"), help=_GROUP_BY_HELP)
    n.add_argument("--fold-groups", action="store_true",
                   help="each named group of --groups is one node (an actor in several groups counts for the group "
                        "of its most specific member, then for the group listed first; the JSON lists such overlaps)")
    n.add_argument("--format", default="json", choices=("json", "svg", "html"))
    n.add_argument("-o", "--output", metavar="FILE")
    n.set_defaults(run=run_network)


def _err(msg: str) -> int:
    print(f"flashpoint: error: {msg}", file=sys.stderr)
    return 2


def _write_text(path: str | None, text: str) -> None:
    with open_output(path) as out:
        out.write(text)


def run_timeline(args: argparse.Namespace) -> int:
    from ..analysis.charts import TimelineChart, svg_to_png, terminal_timeline
    from ..analysis.timeline import COLUMNS, dyad_timeline_both
    from ..store import open_store

    if args.format == "png" and not args.output:
        return _err("--format png needs -o FILE")
    with open_store(args.db, read_only=True, wait=args.wait) as store:
        read = _resolver(args, store)
        tl = dyad_timeline_both(store, read(args.a, "A"), read(args.b, "B"), args.freq, args.since, args.until,
                                args.exclude_flagged)
    if args.format in ("svg", "html", "png"):
        chart = TimelineChart(tl, measure=args.measure)
        if args.format == "png":
            data = svg_to_png(chart.to_svg())
            with open(args.output, "wb") as fh:
                fh.write(data)
        else:
            _write_text(args.output, chart.to_svg() + "\n" if args.format == "svg" else chart.to_html())
        return 0
    if args.format == "json":
        _write_text(args.output, json.dumps(tl.to_dict(), indent=2, ensure_ascii=False) + "\n")
        return 0
    rows = tl.to_dicts()
    with open_output(args.output) as out:
        if args.format == "csv":
            w = csv.DictWriter(out, fieldnames=list(COLUMNS), lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
            return 0
        _table(rows, out)
        if out is sys.stdout and sys.stdout.isatty() and rows:
            width = os.get_terminal_size().columns if hasattr(os, "get_terminal_size") else 80
            out.write("\n" + terminal_timeline(tl, width=min(width, 120), measure=args.measure))
    if not rows:
        print(f"flashpoint: no events between {args.a} and {args.b} in this range", file=sys.stderr)
    return 0


def _fmt(v: Any) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:+.2f}"
    return str(v)


def _table(rows: list[dict[str, Any]], out: Any) -> None:
    cols = (("period", "period"), ("direction", "direction"), ("events", "events"), ("quad1", "q1"), ("quad2", "q2"),
            ("quad3", "q3"), ("quad4", "q4"), ("goldstein_sum", "gold.sum"), ("goldstein_mean", "gold.mean"),
            ("cci", "cci"))
    cells = [[_fmt(r[c]) if c not in ("period", "direction") else str(r[c]) for c, _ in cols] for r in rows]
    widths = [max([len(h)] + [len(row[i]) for row in cells]) for i, (_, h) in enumerate(cols)]

    def line(values: list[str]) -> str:
        return "  ".join(v.rjust(widths[i]) if i > 1 else v.ljust(widths[i]) for i, v in enumerate(values)).rstrip()

    out.write(line([h for _, h in cols]) + "\n")
    for row in cells:
        out.write(line(row) + "\n")


def run_alerts(args: argparse.Namespace) -> int:
    from ..analysis.alerts import escalation_alerts
    from ..store import open_store

    if args.events < 0:
        return _err("--events must be 0 or more")
    if args.recorded:
        return _recorded(args)
    with open_store(args.db, read_only=True, wait=args.wait) as store:
        read = _resolver(args, store)
        dyad = (read(args.dyad[0], "--dyad"), read(args.dyad[1], "--dyad")) if args.dyad else None
        alerts = escalation_alerts(store, dyad, freq=args.freq, window=args.window, threshold=args.threshold,
                                   min_count=args.min_count, since=args.since, until=args.until, drivers=args.events,
                                   group_by=args.group_by, top=args.top, exclude_flagged=args.exclude_flagged)
    with open_output(args.output) as out:
        if args.format == "json":
            out.write(json.dumps({"alerts": [a.to_dict() for a in alerts]}, indent=2, ensure_ascii=False) + "\n")
            return 0
        if not alerts:
            out.write("no escalation alerts\n")
            return 0
        for al in alerts:
            out.write(f"{al.period}  {al.a} <-> {al.b}: {al.conflict} conflict events of {al.events} "
                      f"(baseline median {al.baseline_median:g}, MAD {al.baseline_mad:g}, z = {al.z:g})\n")
            for d in al.drivers:
                sentence = " ".join((d.sentence or "").split())
                out.write(f"    {d.date} {d.source_code or '-'} -> {d.target_code or '-'} {d.cameo} "
                          f"{d.cameo_name or ''} [{d.trigger or ''}] {d.event_id}\n")
                if sentence:
                    out.write(f"        \"{sentence[:200]}{'…' if len(sentence) > 200 else ''}\"\n")
    return 0


def _recorded(args: argparse.Namespace) -> int:
    from ..notify.record import recorded_alerts
    from ..store import open_store
    from .alert_lines import alert_line

    with open_store(args.db, read_only=True, wait=args.wait) as store:
        found = recorded_alerts(store, limit=None if args.dyad else args.limit)
    if args.dyad is not None:
        pair = {args.dyad[0].upper(), args.dyad[1].upper()}
        found = [al for al in found if {al.a.upper(), al.b.upper()} == pair][:args.limit]
    with open_output(args.output) as out:
        if args.format == "json":
            out.write(json.dumps({"alerts": [al.to_dict() for al in found]}, indent=2, ensure_ascii=False) + "\n")
            return 0
        if not found:
            out.write("no recorded alerts\n")
            return 0
        for al in found:
            states = ", ".join(f"{url}: {state}" for url, state in al.deliveries.items()) or "no webhooks"
            out.write(f"{al.opened_at:%Y-%m-%d %H:%M:%S}Z  {alert_line(al)}\n    sent: {states}\n")
    return 0


def run_network(args: argparse.Namespace) -> int:
    from ..analysis.names import load_actor_groups
    from ..analysis.network import actor_network
    from ..store import EventFilter, open_store

    if args.fold_groups and not args.groups:
        return _err("--fold-groups needs --groups FILE")
    with open_store(args.db, read_only=True, wait=args.wait) as store:
        f = EventFilter(actor=_resolver(args, store)(args.actor, "--actor"), since=args.since, until=args.until,
                        exclude_flagged=args.exclude_flagged)
        net = actor_network(store, f, level=args.level, top=args.top, min_events=args.min_events,
                            group_by=args.group_by, groups=load_actor_groups(args.groups) if args.fold_groups else ())
    if args.format == "json":
        _write_text(args.output, json.dumps(net.to_dict(), indent=2, ensure_ascii=False) + "\n")
    elif args.format == "svg":
        _write_text(args.output, net.chart().to_svg() + "\n")
    else:
        _write_text(args.output, net.chart().to_html())
    return 0
