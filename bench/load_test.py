"""Load test of ``flashpoint serve``: concurrent clients reading ``/api/events`` from a 100k-event store.

    .venv/bin/python bench/load_test.py                          # 100k events, 50 clients, 30 s
    .venv/bin/python bench/load_test.py --mix random --no-cache  # every request a fresh query
    .venv/bin/python bench/load_test.py --events 20000 --duration 10 --keep /tmp/load.duckdb

1. Builds a store of N synthetic events (event records as ``flashpoint code`` writes them, stored
   with ``ingest_event_files``, the bulk path of ``flashpoint ingest --events``), or reuses ``--keep``.
2. Starts ``flashpoint serve`` on 127.0.0.1 (a separate process) and waits until it answers.
3. Runs ``--clients`` clients for ``--duration`` seconds: each keeps one HTTP/1.1 connection and
   sends ``GET /api/events?...`` one after the other (no pause), until the time is up. Requests are
   drawn from a mix: ``dashboard`` (the default: the filters a dashboard sends, a dozen actors and
   pairs, QuadClasses, years, the first five pages of each, about 200 distinct requests) or
   ``random`` (random filters and random pages of the whole store: almost every request is new).
4. Prints requests, errors, throughput and latency percentiles (p50, p95, p99, max) of all requests
   and of those after the first ``--warmup`` seconds (while the server's cache fills), and the
   cache's hits and misses. Figures are printed, never asserted; the target is p99 < 200 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as _dt
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from urllib.parse import urlencode

COUNTRIES = ["SRB", "XKX", "ALB", "MKD", "MNE", "BIH", "HRV", "USA", "RUS", "CHN", "DEU", "FRA", "GBR", "TUR", "UKR",
             "ISR", "PSE", "IRN", "IRQ", "SYR", "AFG", "PAK", "IND", "NGA", "ETH", "SDN", "VEN", "COL", "MEX", "BRA"]
SECTORS = ["GOV", "MIL", "COP", "CVL", "OPP", "JUD"]
VERBS = ["met", "praised", "helped", "criticized", "accused", "threatened", "arrested", "attacked", "rejected"]


def _actor(country: str, sector: str) -> dict[str, object]:
    return {"text": country, "span": [0, 3], "name": f"{country} {sector}", "code": country + sector,
            "country": country, "org": None, "sector": sector, "ethnicity": None}


def write_records(path: str, n: int, seed: int = 11) -> int:
    """``n`` event records, about four per article, dated over 2015-2024; returns the article count."""
    from flashpoint.ontology import load_ontology

    rng = random.Random(seed)
    codes = [c for c in load_ontology().codes() if len(c.code) >= 3]
    start, days = _dt.date(2015, 1, 1).toordinal(), 3650
    written = article = 0
    with open(path, "w", encoding="utf-8") as fh:
        while written < n:
            article += 1
            pub = _dt.date.fromordinal(start + days * written // n)
            for k in range(min(rng.randint(1, 7), n - written)):
                c = rng.choice(codes)
                if rng.random() < 0.05:
                    pair = ("SRB", "XKX") if rng.random() < 0.5 else ("XKX", "SRB")
                else:
                    pair = (rng.choice(COUNTRIES), rng.choice(COUNTRIES))
                src, tgt = _actor(pair[0], rng.choice(SECTORS)), _actor(pair[1], rng.choice(SECTORS))
                verb = rng.choice(VERBS)
                sentence = f"{src['name']} {verb} {tgt['name']} in article {article}."
                date = (pub - _dt.timedelta(days=rng.choice((0, 0, 1, 2)))).isoformat()
                rec = {"event_id": f"{article:012x}{k:08x}", "article_id": f"load-{article:08d}",
                       "published": pub.isoformat(), "sentence_index": k, "sentence": sentence, "span": [0, len(sentence)],
                       "trigger": verb, "source": src, "target": tgt, "cameo": c.code, "cameo_root": c.root,
                       "cameo_name": c.name, "goldstein": c.goldstein, "quad_class": c.quad_class,
                       "plover": {"type": c.plover_type, "mode": c.plover_mode}, "date": date, "date_precision": "day",
                       "date_text": None, "location": None, "negated": False, "confidence": 0.7,
                       "version": {"flashpoint": "load-test"}}
                fh.write(json.dumps(rec) + "\n")
                written += 1
    return article


def build_store(db: str, n: int) -> None:
    from flashpoint.store import ingest_event_files, open_store

    with tempfile.TemporaryDirectory() as tmp:
        records = os.path.join(tmp, "events.jsonl")
        t0 = time.perf_counter()
        articles = write_records(records, n)
        t1 = time.perf_counter()
        problems: list[str] = []
        with open_store(db) as store:
            ingest_event_files(store, [records], on_problem=lambda p: problems.append(str(p)))
            events = store.value("SELECT count(*) FROM events")
        t2 = time.perf_counter()
    print(f"store: {n:,} event records in {articles:,} articles written in {t1 - t0:.1f}s, ingested in "
          f"{t2 - t1:.1f}s -> {events:,} events ({len(problems)} bad records)", flush=True)


def request_mix(kind: str, seed: int = 5) -> list[str]:
    """The paths the clients draw from."""
    rng = random.Random(seed)
    if kind == "random":
        out = []
        for _ in range(20_000):
            q: dict[str, object] = {"limit": rng.choice((25, 50, 100)), "offset": rng.randrange(0, 5000)}
            pick = rng.random()
            if pick < 0.3:
                q["actor"] = rng.choice(COUNTRIES)
            elif pick < 0.5:
                q["dyad"] = f"{rng.choice(COUNTRIES)},{rng.choice(COUNTRIES)}"
                q["offset"] = 0
            if rng.random() < 0.3:
                q["quad"] = rng.randint(1, 4)
            if rng.random() < 0.3:
                y = rng.randint(2015, 2024)
                q["since"], q["until"] = f"{y}-01-01", f"{y}-12-31"
            out.append("/api/events?" + urlencode(q))
        return out
    filters: list[dict[str, object]] = [{}]
    filters += [{"actor": c} for c in COUNTRIES[:12]]
    filters += [{"pair": "SRB,XKX"}, {"dyad": "SRB,XKX"}, {"dyad": "XKX,SRB"}, {"dyad": "USA,RUS"},
                {"pair": "USA,CHN"}, {"pair": "ISR,PSE"}]
    filters += [{"pair": "SRB,XKX", "quad": q} for q in (1, 2, 3, 4)]
    filters += [{"pair": "SRB,XKX", "since": f"{y}-01-01", "until": f"{y}-12-31"} for y in range(2015, 2025)]
    filters += [{"actor": "SRB", "cameo": c} for c in ("17", "19", "04")]
    filters += [{"quad": 4, "since": f"{y}-01-01", "until": f"{y}-12-31"} for y in (2022, 2023, 2024)]
    filters += [{"actor": "XKX", "quad": 4}, {"actor": "SRB", "quad": 3}, {"actor": "RUS", "quad": 1}]
    out = [f"/api/events?{urlencode({**f, 'limit': 25, 'offset': 25 * p})}" for f in filters for p in range(5)]
    rng.shuffle(out)
    return out


async def _response(reader: asyncio.StreamReader) -> int:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    length = next((int(x.split(":", 1)[1]) for x in lines[1:] if x.lower().startswith("content-length:")), None)
    if length is None:
        raise ValueError("no Content-Length")
    await reader.readexactly(length)
    return status


async def _client(i: int, host: str, port: int, paths: list[str], deadline: float, timeout: float,
                  latencies: list[tuple[float, float]], errors: Counter[str]) -> None:
    rng = random.Random(1000 + i)
    reader: asyncio.StreamReader | None = None
    writer: asyncio.StreamWriter | None = None
    while time.monotonic() < deadline:
        path = rng.choice(paths)
        t0 = time.perf_counter()
        try:
            if writer is None:
                reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), timeout)
            assert reader is not None
            writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: application/json\r\n\r\n".encode())
            status = await asyncio.wait_for(_response(reader), timeout)
            latencies.append((t0, time.perf_counter() - t0))
            if status != 200:
                errors[f"HTTP {status}"] += 1
        except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError) as exc:
            errors[type(exc).__name__] += 1
            if writer is not None:
                writer.close()
            reader = writer = None
    if writer is not None:
        writer.close()


async def _load(host: str, port: int, clients: int, duration: float, paths: list[str],
                timeout: float) -> tuple[list[tuple[float, float]], Counter[str], float]:
    latencies: list[tuple[float, float]] = []
    errors: Counter[str] = Counter()
    t0 = time.monotonic()
    deadline = t0 + duration
    await asyncio.gather(*(_client(i, host, port, paths, deadline, timeout, latencies, errors)
                           for i in range(clients)))
    return latencies, errors, time.monotonic() - t0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> dict[str, object]:
    with urllib.request.urlopen(url, timeout=10) as resp:  # noqa: S310 - a local URL we built
        return dict(json.loads(resp.read()))


def _pct(sorted_ms: list[float], p: float) -> float:
    if not sorted_ms:
        return float("nan")
    return sorted_ms[min(len(sorted_ms) - 1, int(round(p / 100 * (len(sorted_ms) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=100_000, help="synthetic events in the store (default 100000)")
    ap.add_argument("--clients", type=int, default=50, help="concurrent clients (default 50)")
    ap.add_argument("--duration", type=float, default=30.0, help="seconds of load (default 30)")
    ap.add_argument("--mix", choices=("dashboard", "random"), default="dashboard", help="which requests (see above)")
    ap.add_argument("--no-cache", action="store_true", help="serve without the response cache")
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds before a request counts as failed")
    ap.add_argument("--warmup", type=float, default=5.0,
                    help="seconds at the start reported apart, as the cache fills (default 5)")
    ap.add_argument("--keep", metavar="PATH", help="store to reuse (built there when missing) and keep")
    args = ap.parse_args()

    tmp = tempfile.TemporaryDirectory()
    db = args.keep or os.path.join(tmp.name, "load.duckdb")
    if not os.path.exists(db):
        build_store(db, args.events)
    port = _free_port()
    cmd = [sys.executable, "-m", "flashpoint", "serve", "--db", db, "--port", str(port), "--log-level", "error"]
    if args.no_cache:
        cmd.append("--no-cache")
    server = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                status = _get(base + "/api/status")
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    server.kill()
                    _, err = server.communicate(timeout=20)
                    print(f"the server did not start: {err}", file=sys.stderr)
                    return 1
                time.sleep(0.2)
        paths = request_mix(args.mix)
        print(f"server: pid {server.pid} on {base}, {status['events']:,} events; {args.clients} clients for "
              f"{args.duration:g}s, mix {args.mix} ({len(set(paths))} distinct requests), cache "
              f"{'off' if args.no_cache else 'on'}; {os.cpu_count()} CPUs, load average "
              f"{os.getloadavg()[0]:.1f}", flush=True)
        latencies, errors, elapsed = asyncio.run(_load("127.0.0.1", port, args.clients, args.duration, paths,
                                                       args.timeout))
        info = _get(base + "/api/status")["server"]
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        tmp.cleanup()
    n_err = sum(errors.values())
    print(f"requests {len(latencies) + n_err:,} ({len(latencies):,} answered), errors {n_err}"
          + (f" ({', '.join(f'{k}: {v}' for k, v in errors.most_common())})" if errors else ""))
    print(f"throughput {len(latencies) / elapsed:,.0f} requests/s over {elapsed:.1f}s")
    start = min((t for t, _ in latencies), default=0.0)
    for label, sample in (("all requests", latencies),
                          (f"after the first {args.warmup:g}s", [x for x in latencies if x[0] - start >= args.warmup])):
        ms = sorted(lat * 1000 for _, lat in sample)
        print(f"latency ms, {label} ({len(ms):,}): p50 {_pct(ms, 50):.1f}, p95 {_pct(ms, 95):.1f}, "
              f"p99 {_pct(ms, 99):.1f}, max {ms[-1] if ms else float('nan'):.1f} (target p99 < 200)")
    cache = info.get("cache") if isinstance(info, dict) else None
    if isinstance(cache, dict):
        print(f"server cache: {cache.get('hits', 0):,} hits, {cache.get('misses', 0):,} misses")
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
