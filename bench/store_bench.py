"""Benchmark the event store: ingest speed of pre-coded events (JSON Lines and Parquet) and queries.

    .venv/bin/python bench/store_bench.py                 # 10 million events, both formats
    .venv/bin/python bench/store_bench.py --events 1000000 --keep /tmp/bench.duckdb
    .venv/bin/python bench/store_bench.py --events 1000000 --format parquet
    .venv/bin/python bench/store_bench.py --events 1000000 --format stdin   # lines Python copies

Generates N synthetic event records (JSON Lines as ``flashpoint code`` writes them: about five per
article, articles in date order over 2000-2024, some 300 actors) and the same records as Parquet
shards in the layout ``flashpoint code --engine ray`` writes (typed columns, nested structs, the
``record`` line, ``origin`` and the order columns), ingests each into its own store with
``ingest_event_files`` (the path of ``flashpoint ingest --events``), re-ingests them, then times a dyad
timeline (SRB -> XKX per month) and two filtered events queries. ``--format stdin`` times the JSON Lines
handed over on stdin instead (the lines Python reads and copies, as for compressed or odd files).
Timings are printed, never asserted; the last line gives the ingest rates.
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

import duckdb

from flashpoint.ontology import load_ontology
from flashpoint.store import EventFilter, dyad_timeline, ingest_event_files, open_store, query_events, store_status
from flashpoint.store.stage import EVENT_JSON_TYPE

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


# the Ray engine's shard columns (flashpoint/engines/shards.py): version as a struct, explain as JSON text
_SHARD_TYPE = json.dumps(json.loads(EVENT_JSON_TYPE) | {
    "version": {"flashpoint": "VARCHAR", "lexicon": "VARCHAR", "ontology": "VARCHAR"}, "explain": "VARCHAR"})
_SHARD_ROWS = 1_000_000


def to_parquet(src: str, folder: str) -> int:
    """Write the records of the JSON Lines file ``src`` as Parquet shards (about a million rows each, cut between articles) in
    ``folder``, in the layout of ``flashpoint code --engine ray``; returns the number of shards."""
    os.makedirs(folder, exist_ok=True)
    con = duckdb.connect()
    try:
        con.execute("SET enable_progress_bar = false")
        con.execute("""CREATE TEMP TABLE lines AS SELECT row_number() OVER () AS input_row, j AS record
                       FROM read_csv(?, columns = {'j': 'VARCHAR'}, delim = chr(1), quote = '', escape = '',
                                     header = false)""", [src])
        # an article's records stay in one shard (as the Ray engine writes them): a shard is cut at the
        # first article that starts after its million rows
        con.execute(f"""CREATE TEMP TABLE recs AS
                        SELECT l.input_row, l.record, s.shard FROM lines l JOIN (
                            SELECT a, min(input_row) // {_SHARD_ROWS} AS shard FROM (
                                SELECT input_row, json_extract_string(record, '$.article_id') AS a FROM lines)
                            GROUP BY a) s ON s.a = json_extract_string(l.record, '$.article_id')""")
        con.execute("DROP TABLE lines")
        shard_ids = [int(r[0]) for r in con.execute("SELECT DISTINCT shard FROM recs ORDER BY 1").fetchall()]
        shards = 0
        for shard in shard_ids:
            out = os.path.join(folder, f"part-{shards:05d}.parquet")
            con.execute(f"""COPY (SELECT unnest(r), record, 'bench.jsonl:' || input_row AS origin,
                                    CAST(0 AS BIGINT) AS input_index, input_row,
                                    CAST(r.sentence_index AS BIGINT) AS event_index
                                 FROM (SELECT input_row, record, from_json(record, '{_SHARD_TYPE}') AS r FROM recs
                                       WHERE shard = {shard})
                                 ORDER BY input_row)
                            TO '{out}' (FORMAT parquet)""")
            shards += 1
        return shards
    finally:
        con.close()


def _ingest(label: str, src: str, db: str, batch_events: int | None, stdin: bool = False) -> float:
    """Ingest ``src`` into a new store ``db`` and again (nothing changes); prints both; returns events/s.

    The time runs until the store is checkpointed (everything in the database file, the write-ahead
    log empty), as when ``flashpoint ingest`` closes it; the checkpoint's share is printed too."""
    for f in (db, db + ".wal"):
        if os.path.exists(f):
            os.remove(f)
    problems: list[str] = []
    batch = {} if batch_events is None else {"batch_events": batch_events, "batch_articles": batch_events}
    inputs = ["-"] if stdin else [src]
    with open_store(db) as store, open(src, encoding="utf-8") as lines:
        t, cpu = time.perf_counter(), _cpu()
        rep = ingest_event_files(store, inputs, on_problem=lambda f: problems.append(str(f)), stdin=lines, **batch)
        t_ck = time.perf_counter()
        store.run("CHECKPOINT")
        dt, cpu, ck = time.perf_counter() - t, _cpu() - cpu, time.perf_counter() - t_ck
        rate = rep.mentions / dt
        print(f"ingest {label}: {rep.mentions:,} events in {dt:.1f}s (checkpoint {ck:.1f}s) = {rate:,.0f} events/s "
              f"({rep.batches} transactions, {len(problems)} bad records; CPU {cpu:.1f}s = "
              f"{cpu / max(rep.mentions, 1) * 1e6:.1f} us/event on {os.cpu_count()} cores, "
              f"load average {os.getloadavg()[0]:.1f})")
        t = time.perf_counter()
        lines.seek(0)
        rep2 = ingest_event_files(store, inputs, on_problem=lambda f: None, stdin=lines, **batch)
        print(f"re-ingest {label} (nothing changes): {rep2.unchanged:,} articles unchanged in "
              f"{time.perf_counter() - t:.1f}s")
        st = store_status(store, top=3)
        print(f"store ({label}): {st.mentions:,} mentions, {st.events:,} de-duplicated events, "
              f"{st.articles:,} articles, {st.size_bytes / 1e9:.2f} GB")
    return rate


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
    ap.add_argument("--batch-events", type=int, help="events (and articles) per transaction (default: ingest's)")
    ap.add_argument("--keep", metavar="PATH", help="keep the store here (default: a temporary file)")
    ap.add_argument("--input", metavar="JSONL", help="use this events file instead of generating one")
    ap.add_argument("--format", choices=("both", "jsonl", "parquet", "stdin"), default="both",
                    help="which pre-coded input to time (default both, JSONL and Parquet; Parquet shards are made "
                         "from the JSONL; stdin: the JSONL on stdin)")
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
        rates: dict[str, float] = {}
        db = args.keep or os.path.join(tmp, "bench.duckdb")
        if args.format in ("both", "parquet"):
            folder = os.path.join(tmp, "shards")
            t = time.perf_counter()
            n_shards = to_parquet(src, folder)
            size = sum(os.path.getsize(os.path.join(folder, f)) for f in os.listdir(folder))
            print(f"wrote the same events as {n_shards} Parquet shards ({size / 1e9:.2f} GB) "
                  f"in {time.perf_counter() - t:.1f}s")
            rates["Parquet"] = _ingest("Parquet", folder, db, args.batch_events)
        if args.format in ("both", "jsonl"):
            jdb = db if args.format == "jsonl" else os.path.join(tmp, "bench-jsonl.duckdb")
            rates["JSONL"] = _ingest("JSONL", src, jdb, args.batch_events)
        if args.format == "stdin":
            rates["JSONL on stdin"] = _ingest("JSONL on stdin", src, db, args.batch_events, stdin=True)
        _queries(db)
        print("ingest pre-coded: " + ", ".join(f"{r:,.0f} events/s from {k}" for k, r in rates.items())
              + f" ({os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
