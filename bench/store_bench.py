"""Benchmark the event store: ingest speed of pre-coded events and a dyad timeline query.

    .venv/bin/python bench/store_bench.py                 # 10 million events
    .venv/bin/python bench/store_bench.py --events 1000000 --keep /tmp/bench.duckdb

Generates N synthetic event records (JSON Lines as ``flashpoint code`` writes them: about five per
article, articles in date order over 2000-2024, some 300 actors), ingests them with
``ingest_event_files`` (the path of ``flashpoint ingest --events``), then times a dyad timeline
(SRB -> XKX per month) and a filtered events query. Timings are printed, never asserted.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import random
import resource
import sys
import tempfile
import time

from flashpoint.ontology import load_ontology
from flashpoint.store import EventFilter, dyad_timeline, ingest_event_files, open_store, query_events, store_status

COUNTRIES = ["SRB", "XKX", "ALB", "MKD", "MNE", "BIH", "HRV", "USA", "RUS", "CHN", "DEU", "FRA", "GBR", "TUR",
             "UKR", "ISR", "PSE", "IRN", "IRQ", "SYR", "AFG", "PAK", "IND", "NGA", "ETH", "SDN", "COD", "VEN",
             "COL", "MEX", "BRA", "EGY", "LBY", "YEM", "SAU", "JPN", "KOR", "PRK", "ROU", "GRC"]
SECTORS = ["GOV", "MIL", "COP", "CVL", "OPP", "REB", "JUD"]
ORGS = [("EU", "IGOEU"), ("NATO", "IGONATO"), ("UN", "IGOUN")]


def _actors(rng: random.Random) -> list[str]:
    out = []
    for c in COUNTRIES:
        for s in SECTORS:
            out.append(json.dumps({"text": f"{c} {s}", "span": [0, 7], "name": f"{c} {s}", "code": c + s,
                                   "country": c, "org": None, "sector": s, "ethnicity": None}))
    for org, code in ORGS:
        out.append(json.dumps({"text": org, "span": [0, 2], "name": org, "code": code, "country": None,
                               "org": org, "sector": None, "ethnicity": None}))
    rng.shuffle(out)
    return out


def generate(path: str, n: int, seed: int = 7) -> int:
    """Write ``n`` event records to ``path``; returns the number of articles."""
    rng = random.Random(seed)
    onto = load_ontology()
    codes = [c for c in onto.codes() if len(c.code) >= 3]
    code_json = {c.code: json.dumps({"cameo": c.code, "cameo_root": c.root, "cameo_name": c.name,
                                     "goldstein": c.goldstein, "quad_class": c.quad_class,
                                     "plover": {"type": c.plover_type, "mode": c.plover_mode}})[1:-1]
                 for c in codes}
    actors = _actors(rng)
    srb = [a for a in actors if '"country": "SRB"' in a]
    xkx = [a for a in actors if '"country": "XKX"' in a]
    start = _dt.date(2000, 1, 1).toordinal()
    days = _dt.date(2024, 12, 31).toordinal() - start
    version = json.dumps({"flashpoint": "bench", "lexicon": "1", "ontology": "1"})
    written = article = 0
    with open(path, "w", encoding="utf-8") as fh:
        buf: list[str] = []
        while written < n:
            article += 1
            pub = _dt.date.fromordinal(start + days * written // n)
            pubs = pub.isoformat()
            for k in range(min(rng.randint(1, 9), n - written)):
                c = rng.choice(codes)
                cjson = code_json[c.code]
                if rng.random() < 0.02:
                    src, tgt = rng.choice(srb), rng.choice(xkx)
                else:
                    src, tgt = rng.choice(actors), rng.choice(actors)
                date = (pub - _dt.timedelta(days=rng.choice((0, 0, 0, 1, 2)))).isoformat()
                eid = f"{article:012x}{k:08x}"
                buf.append(
                    f'{{"event_id": "{eid}", "article_id": "bench-{article:09d}", "published": "{pubs}", '
                    f'"sentence_index": {k}, "sentence": "Sentence {k} of article {article}.", "span": [0, 30], '
                    f'"trigger": "acted", "source": {src}, "target": {tgt}, {cjson}, "date": "{date}", '
                    f'"date_precision": "day", '
                    f'"date_text": null, "location": null, "negated": false, "confidence": 0.7, '
                    f'"version": {version}}}\n')
                written += 1
            if len(buf) >= 100000:
                fh.writelines(buf)
                buf.clear()
        fh.writelines(buf)
    return article


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _queries(db: str) -> None:
    with open_store(db, read_only=True) as store:
        n = store.value("SELECT count(*) FROM events")
        for label, fn in (
            ("dyad timeline SRB->XKX by month", lambda: dyad_timeline(store, "SRB", "XKX", "month")),
            ("events --dyad SRB,XKX --since 2018-01-01 --cameo 17",
             lambda: query_events(store, EventFilter(dyad=("SRB", "XKX"), since="2018-01-01", cameo="17"))),
            ("events --actor XKX --quad 4 --limit 100",
             lambda: query_events(store, EventFilter(actor="XKX", quad=4, limit=100))),
        ):
            times = []
            for _ in range(3):
                t = time.perf_counter()
                out = fn()
                times.append(time.perf_counter() - t)
            print(f"{label} over {n:,} events: {len(out)} rows, best {min(times) * 1000:.0f} ms, "
                  f"first {times[0] * 1000:.0f} ms")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=10_000_000, help="events to generate (default 10 million)")
    ap.add_argument("--batch-events", type=int, default=200_000, help="events per transaction (default 200000)")
    ap.add_argument("--keep", metavar="PATH", help="keep the store here (default: a temporary file)")
    ap.add_argument("--input", metavar="JSONL", help="use this events file instead of generating one")
    ap.add_argument("--query-only", metavar="DB", help="only time the queries on this existing store")
    args = ap.parse_args(argv)
    if args.query_only:
        _queries(args.query_only)
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        src = args.input or os.path.join(tmp, "events.jsonl")
        if not args.input:
            t = time.perf_counter()
            n_articles = generate(src, args.events)
            print(f"generated {args.events:,} events in {n_articles:,} articles "
                  f"({os.path.getsize(src) / 1e9:.2f} GB) in {time.perf_counter() - t:.1f}s")
        db = args.keep or os.path.join(tmp, "bench.duckdb")
        if os.path.exists(db):
            os.remove(db)
        problems: list[str] = []
        with open_store(db) as store:
            t, cpu = time.perf_counter(), _cpu()
            rep = ingest_event_files(store, [src], on_problem=lambda f: problems.append(str(f)),
                                     batch_events=args.batch_events, batch_articles=args.batch_events)
            dt, cpu = time.perf_counter() - t, _cpu() - cpu
            print(f"ingest: {rep.mentions:,} events in {dt:.1f}s = {rep.mentions / dt:,.0f} events/s "
                  f"({rep.batches} transactions, {len(problems)} bad records; CPU {cpu:.1f}s on "
                  f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f})")
            t = time.perf_counter()
            rep2 = ingest_event_files(store, [src], on_problem=lambda f: None, batch_events=args.batch_events,
                                      batch_articles=args.batch_events)
            print(f"re-ingest (nothing changes): {rep2.unchanged:,} articles unchanged in "
                  f"{time.perf_counter() - t:.1f}s")
            st = store_status(store, top=3)
            print(f"store: {st.mentions:,} mentions, {st.events:,} de-duplicated events, {st.articles:,} articles, "
                  f"{st.size_bytes / 1e9:.2f} GB")
        _queries(db)
    return 0


if __name__ == "__main__":
    sys.exit(main())
