"""``flashpoint ingest``, ``flashpoint events`` and ``flashpoint status``: the event store from the command line.

On a store that a running ``flashpoint serve`` holds, ``events`` and ``status`` go through its API
(:mod:`.served`); ``ingest`` stops at once naming it (exit status 4), or sends the articles to a
server with ``--server URL``.
"""

from __future__ import annotations

import argparse
import codecs
import io
import itertools
import json
import sys
from collections.abc import Callable, Iterable
from typing import IO, Any

from ..errors import StoreError
from ..read import read_inputs
from ..records import Article, Event
from .code_cmd import articles_only
from .common import Reporter, add_coding_args, add_input_args, confidence_arg, date_arg, open_output, settings_from
from .served import events_through, serving, status_through

__all__ = ["add_parser", "run_ingest", "run_events", "run_status"]

DB_HELP = "the store (a DuckDB file; default flashpoint.duckdb here)"


def _db_args(p: argparse.ArgumentParser) -> None:
    from ..store import DEFAULT_DB

    p.add_argument("--db", default=DEFAULT_DB, metavar="PATH", help=DB_HELP)
    p.add_argument("--wait", type=float, default=30.0, metavar="SECONDS",
                   help="how long to wait while another process holds the store (default 30)")


def _pair(s: str) -> tuple[str, str]:
    parts = [x.strip() for x in s.split(",")]
    if len(parts) != 2 or not all(parts):
        raise argparse.ArgumentTypeError(f"expected SOURCE,TARGET (e.g. SRB,XKX), got {s!r}")
    return parts[0], parts[1]


def add_parser(sub: Any) -> None:
    p = sub.add_parser("ingest", help="code articles and store them (and their events) in a DuckDB store",
                       description="Code articles and store articles, mentions, actors and de-duplicated events. "
                                   "Re-running on the same input changes nothing.")
    add_input_args(p, required=False)
    add_coding_args(p)
    _db_args(p)
    p.add_argument("--events", action="store_true",
                   help="the inputs are event records, not articles: JSON Lines written by flashpoint code, or "
                        "Parquet files (.parquet, .pq) and folders of them such as flashpoint code --engine ray writes")
    p.add_argument("--commit-every", type=int, metavar="N",
                   help="articles per transaction (default 64; with --events 1000000, and at most 1000000 records)")
    p.add_argument("--event-window", type=int, metavar="DAYS",
                   help="mentions at most this many days apart are one event (stored with the store; default 1)")
    p.add_argument("--memory-limit", metavar="SIZE",
                   help="DuckDB's memory limit for the run (e.g. 4GB; default 80%% of the machine's memory); "
                        "what does not fit spills to disk")
    p.add_argument("--no-progress", action="store_true", help="no progress bar even on a terminal")
    p.add_argument("--recode", action="store_true",
                   help="also re-code the stored articles that another flashpoint version, model, lexicon or "
                        "coding options coded (from the store's own copy of their text); INPUT may then be left out")
    p.add_argument("--server", metavar="URL",
                   help="send the articles to the flashpoint serve at URL (POST /api/articles; coded there, with the "
                        "server's model and options) instead of opening a store")
    p.add_argument("--alerts", metavar="FILE",
                   help="evaluate the [[alert]] rules of this TOML file at the end and send new alerts to its "
                        "[[webhook]] URLs")
    p.set_defaults(run=run_ingest)

    q = sub.add_parser("events", help="query the de-duplicated events of a store",
                       description="Print or export the events of a store, filtered.")
    _db_args(q)
    q.add_argument("--actor", metavar="CODE", help="either side matches (SRB, SRBGOV, XKX or KSV, EU, ...)")
    q.add_argument("--dyad", type=_pair, metavar="SOURCE,TARGET", help="source and target, in that order")
    q.add_argument("--since", type=date_arg, metavar="YYYY-MM-DD")
    q.add_argument("--until", type=date_arg, metavar="YYYY-MM-DD")
    q.add_argument("--cameo", metavar="CODE", help="CAMEO code prefix (17 = all coercion)")
    q.add_argument("--quad", type=int, choices=(1, 2, 3, 4), help="QuadClass")
    q.add_argument("--min-confidence", type=confidence_arg, metavar="P",
                   help="only events at least this confident (0 to 1)")
    q.add_argument("--search", metavar="TEXT",
                   help="only events whose actor names or codes, CAMEO code or name, trigger, place or sentences "
                        "hold every word (or \"quoted phrase\") of TEXT, ignoring case (--mentions: each "
                        "mention's own sentence and fields)")
    q.add_argument("--limit", type=int, metavar="N")
    q.add_argument("--format", default="table", choices=("table", "csv", "jsonl", "parquet", "gdelt", "plover"))
    q.add_argument("--mentions", action="store_true",
                   help="the raw coded mentions (event records as flashpoint code writes them) instead")
    q.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    q.set_defaults(run=run_events)

    s = sub.add_parser("status", help="summarise a store: counts, date range, top actor pairs")
    _db_args(s)
    s.add_argument("--top", type=int, default=10, metavar="N", help="actor pairs to list (default 10)")
    s.add_argument("--json", action="store_true", help="print JSON")
    s.set_defaults(run=run_status)


def _progress(args: argparse.Namespace, unit: str) -> tuple[Callable[[int], None] | None, Callable[[], None]]:
    if not sys.stderr.isatty() or args.no_progress:
        return None, lambda: None
    from tqdm import tqdm

    bar = tqdm(unit=unit, file=sys.stderr, leave=False)
    return bar.update, bar.close


def _lazy_coder(args: argparse.Namespace, rep: Reporter) -> Callable[[list[Article]], Iterable[tuple[Article, list[Event]]]]:
    """Loads the model only when something needs coding (re-ingesting unchanged input never loads it).
    An article that cannot be coded is reported and left out of its batch; the batch is stored."""
    settings = settings_from(args)

    def code(articles: list[Article]) -> Iterable[tuple[Article, list[Event]]]:
        from ..engines.local import code_stream  # loads the model on first use; worker processes share it

        return code_stream(articles, settings, on_failure=rep.coding_failure)

    return code


def _ingest_through(args: argparse.Namespace) -> int:
    """``ingest --server URL``: the articles read here, coded and stored by the server."""
    from ..serve.client import iter_post_articles
    from ..serve.routes import API_MAX_CHARS

    clash = [flag for flag, on in (("--events", args.events), ("--recode", args.recode),
                                   ("--event-window", args.event_window is not None),
                                   ("--memory-limit", args.memory_limit is not None), ("--alerts", args.alerts))
             if on]
    if clash:
        print(f"flashpoint: error: --server: not with {', '.join(clash)} (the server's store and settings apply)",
              file=sys.stderr)
        return 2
    url = args.server.rstrip("/")
    rep = Reporter()

    def fits(articles: Iterable[Article]) -> Iterable[Article]:
        for a in articles:
            if len(a.text) > API_MAX_CHARS:
                rep.failure(f"{a.origin or a.id}: {len(a.text):,} characters; the API codes articles of at most "
                            f"{API_MAX_CHARS:,} (stop the server and run flashpoint ingest for longer ones)")
                continue
            yield a

    articles = fits(articles_only(read_inputs(args.inputs, args.published, args.text_column), rep))
    read = stored = unchanged = failed = 0
    generation = None
    for answer in iter_post_articles(url, articles, batch=min(max(args.commit_every or 50, 1), 100)):
        ing = answer.get("ingest", {})
        read += int(ing.get("articles_read", 0))
        stored += int(ing.get("stored", 0))
        unchanged += int(ing.get("unchanged", 0))
        generation = answer.get("generation", generation)
        for item in answer.get("articles", []):
            if item.get("status") == "failed":
                failed += 1
                err = item.get("error") or {}
                rep.failure(f"{item.get('id')}: not coded by the server ({err.get('reason')}: {err.get('detail')})")
    print(f"flashpoint: ingest: {read} articles sent to {url}: {unchanged} unchanged, {stored} stored, "
          f"{failed} failed; the store is at generation {generation}", file=sys.stderr)
    return 1 if rep.failures else 0


def run_ingest(args: argparse.Namespace) -> int:
    from ..fingerprint import coding_fingerprint
    from ..notify.config import load_alerts
    from ..store import ingest_articles, ingest_event_files, open_store, stored_for_recode, update_settings

    if args.commit_every is not None and args.commit_every < 1:
        print("flashpoint: error: --commit-every must be at least 1", file=sys.stderr)
        return 2
    if not args.inputs and not args.recode:
        print("flashpoint: error: ingest needs INPUT files (or --recode)", file=sys.stderr)
        return 2
    if args.server:
        return _ingest_through(args)
    alerts = load_alerts(args.alerts) if args.alerts else None  # a bad file: exit 2 before the store opens
    rep = Reporter()
    update, close = _progress(args, " articles")
    with open_store(args.db, wait=args.wait, memory_limit=args.memory_limit) as store:
        if args.event_window is not None:
            if args.event_window < 0:
                print("flashpoint: error: --event-window must be 0 or more", file=sys.stderr)
                return 2
            update_settings(store, event_window_days=args.event_window)
        try:
            if args.events:
                batch = {"batch_articles": args.commit_every} if args.commit_every else {}
                report = ingest_event_files(store, args.inputs, on_problem=rep.note,
                                            progress=update, **batch)
            else:
                settings = settings_from(args)
                coder = coding_fingerprint(settings)
                articles: Iterable[Article] = articles_only(read_inputs(args.inputs, args.published,
                                                                        args.text_column), rep)
                if args.recode:
                    articles = itertools.chain(stored_for_recode(store, coder.key), articles)
                report = ingest_articles(store, articles, _lazy_coder(args, rep), batch_size=args.commit_every or 64,
                                         progress=update, coded_with=coder, share=True)
        finally:
            close()
        events = store.value("SELECT count(*) FROM events")
        if alerts is not None and alerts.active:
            from ..notify.step import evaluate_and_send
            from .alert_lines import print_step

            print_step(evaluate_and_send(store, alerts))
    print(f"flashpoint: ingest: {report.articles_read} articles read, {report.unchanged} unchanged, "
          f"{report.stored} stored ({report.replaced} replaced, {report.copies} near-duplicate copies), "
          f"{report.mentions} mentions; {args.db} now holds {events} events", file=sys.stderr)
    return 1 if rep.failures else 0


_TABLE = (("date", 10), ("source_code", 9), ("target_code", 9), ("cameo", 5), ("quad_class", 1),
          ("goldstein", 5), ("mentions", 4), ("articles", 4), ("sources", 4), ("location_name", 16),
          ("event_id", 20), ("trigger", 24))
_TABLE_DEFAULT_LIMIT = 50


def _table(rows: list[dict[str, Any]], out: Any) -> None:
    heads = {"quad_class": "q", "goldstein": "gold", "mentions": "ment", "articles": "arts", "sources": "srcs",
             "source_code": "source", "target_code": "target", "location_name": "place"}
    cols = [(c, max(w, len(heads.get(c, c)))) for c, w in _TABLE]
    out.write("  ".join(heads.get(c, c).ljust(w) for c, w in cols).rstrip() + "\n")
    for r in rows:
        cells = []
        for c, w in cols:
            v = r.get(c)
            s = "" if v is None else str(v)
            cells.append((s[:w - 1] + "…" if len(s) > w else s).ljust(w))
        out.write("  ".join(cells).rstrip() + "\n")


def run_events(args: argparse.Namespace) -> int:
    from ..store import EventFilter, export_events, open_store, query_events, query_mentions

    if args.format == "parquet" and not args.output:
        print("flashpoint: error: --format parquet needs -o FILE", file=sys.stderr)
        return 2
    if args.mentions and args.format not in ("jsonl", "table"):
        print("flashpoint: error: --mentions writes jsonl (or a table)", file=sys.stderr)
        return 2
    limit = args.limit
    if args.format == "table" and limit is None:
        limit = _TABLE_DEFAULT_LIMIT
    try:
        f = EventFilter(actor=args.actor, dyad=args.dyad, since=args.since, until=args.until, cameo=args.cameo,
                        quad=args.quad, limit=limit, min_confidence=args.min_confidence, text=args.search)
    except StoreError as exc:
        print(f"flashpoint: error: {exc}", file=sys.stderr)
        return 2
    holder = serving(args.db)
    if holder is not None:
        return _events_through(args, holder, limit)
    with open_store(args.db, read_only=True, wait=args.wait) as store:
        if args.mentions:
            events = query_mentions(store, f)
            with open_output(args.output) as out:
                if args.format == "table":
                    _table([{**e.to_dict(), "source_code": e.source.code if e.source else None,
                             "target_code": e.target.code if e.target else None, "event_id": e.event_id,
                             "location_name": e.location.name if e.location else None} for e in events], out)
                else:
                    for e in events:
                        out.write(json.dumps(e.to_dict(explain=e.explain is not None), ensure_ascii=False) + "\n")
            return 0
        if args.format == "table":
            rows = query_events(store, f)
            with open_output(args.output) as out:
                _table(rows, out)
            if args.limit is None and len(rows) == limit:
                print(f"flashpoint: showing the first {limit} events; use --limit N or another --format for more",
                      file=sys.stderr)
            return 0
        if args.format == "parquet":
            res = export_events(store, f, "parquet", path=args.output)
        else:
            with open_output(args.output) as out:
                res = export_events(store, f, args.format, out)
    if res.skipped:
        print(f"flashpoint: {res.skipped} events have no {args.format.upper()} form "
              "(PLOVER does not code CAMEO 01x/02x; a PLOVER record needs a date) and were left out", file=sys.stderr)
    return 0


class _TextSink:
    """A binary handle that writes UTF-8 text to a text handle (bytes cut anywhere)."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self._decode = codecs.getincrementaldecoder("utf-8")()

    def write(self, data: bytes) -> int:
        self.out.write(self._decode.decode(data))
        return len(data)

    def close(self) -> None:
        self.out.write(self._decode.decode(b"", final=True))
        self.out.flush()


def _mention_row(d: dict[str, Any]) -> dict[str, Any]:
    return {**d, "source_code": (d.get("source") or {}).get("code"), "target_code": (d.get("target") or {}).get("code"),
            "location_name": (d.get("location") or {}).get("name")}


def _events_through(args: argparse.Namespace, holder: Any, limit: int | None) -> int:
    """``flashpoint events`` through the server that holds the store: the same output."""
    params = {"actor": args.actor, "dyad": ",".join(args.dyad) if args.dyad else None, "since": args.since,
              "until": args.until, "cameo": args.cameo, "quad": args.quad, "min_confidence": args.min_confidence,
              "q": args.search, "limit": limit, "mentions": "true" if args.mentions else None,
              "format": "jsonl" if args.format == "table" else args.format}
    if args.format == "table":
        buf = io.BytesIO()
        events_through(holder, params, buf)
        rows = [json.loads(line) for line in buf.getvalue().decode("utf-8").splitlines() if line.strip()]
        if args.mentions:
            rows = [_mention_row(r) for r in rows]
        with open_output(args.output) as out:
            _table(rows, out)
        if not args.mentions and args.limit is None and len(rows) == limit:
            print(f"flashpoint: showing the first {limit} events; use --limit N or another --format for more",
                  file=sys.stderr)
        return 0
    if args.format == "parquet":
        with open(args.output, "wb") as fh:
            _, skipped = events_through(holder, params, fh)
    else:
        with open_output(args.output) as out:
            sink = _TextSink(out)
            _, skipped = events_through(holder, params, sink)
            sink.close()
    if skipped:
        print(f"flashpoint: {skipped} events have no {args.format.upper()} form "
              "(PLOVER does not code CAMEO 01x/02x; a PLOVER record needs a date) and were left out", file=sys.stderr)
    return 0


def run_status(args: argparse.Namespace) -> int:
    from ..config import Settings
    from ..fingerprint import coding_fingerprint
    from ..store import StoreStatus, open_store, store_status

    coded_with = coding_fingerprint(Settings()).key
    holder = serving(args.db)
    if holder is not None:
        d = status_through(holder, args.top, coded_with)
        d["path"] = args.db
        st = StoreStatus.from_dict(d)
    else:
        with open_store(args.db, read_only=True, wait=args.wait) as store:
            st = store_status(store, top=args.top, coded_with=coded_with)
    if args.json:
        print(json.dumps(st.to_dict(), indent=2, ensure_ascii=False))
        return 0
    print(f"store       {st.path} ({st.size_bytes / 1e6:.1f} MB, schema v{st.schema_version})")
    print(f"articles    {st.articles} ({st.coded_articles} coded, {st.copies} near-duplicate copies"
          + (f", {st.pending} waiting to be coded" if st.pending else "") + ")")
    print(f"mentions    {st.mentions}" + (f" ({st.negated_mentions} negated)" if st.negated_mentions else ""))
    print(f"events      {st.events} (same event: same actors and CAMEO base code, dates within "
          f"{st.settings.event_window_days} day(s))")
    if st.stale_marks:
        print(f"            (an ingest was interrupted: {st.stale_marks} keys/dates wait for the events rebuild; "
              "run flashpoint ingest again)")
    if st.recode:
        print(f"            ({st.recode} coded article(s) were coded by another flashpoint version, model, lexicon "
              "or options than the current defaults: flashpoint ingest --recode re-codes them)")
    print(f"actors      {st.actors}")
    print(f"dates       {st.first_date or '-'} .. {st.last_date or '-'}")
    if st.top_pairs:
        print("top actor pairs (source -> target: events, mentions, mean Goldstein)")
        for pc in st.top_pairs:
            g = "-" if pc.goldstein_mean is None else f"{pc.goldstein_mean:+.2f}"
            print(f"  {pc.source:>6} -> {pc.target:<6} {pc.events:>8} {pc.mentions:>9}  {g}")
    return 0
