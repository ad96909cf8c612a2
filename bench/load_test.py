"""Load test of ``flashpoint serve``: concurrent clients reading ``/api/events`` from a 100k-event store.

    .venv/bin/python bench/load_test.py                          # 100k events, 50 clients, 30 s
    .venv/bin/python bench/load_test.py --mix random --no-cache  # every request a fresh query
    .venv/bin/python bench/load_test.py --events 20000 --duration 10 --keep /tmp/load.duckdb
    .venv/bin/python bench/load_test.py --watch --keep /tmp/load.duckdb  # while serve --watch ingests

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

With ``--watch`` the server ingests while the clients read: the script runs a news site on
127.0.0.1 (``bench/news_site.py``, a thread of this process) whose RSS feed gains ``--per-poll``
stories of about ``--words`` words every ``--poll`` seconds (written from templates with actors and
actions the coder knows, so real events are coded, by the real model), writes a sources file
following it at that interval, and starts ``flashpoint serve --watch`` on a copy of the store (a
``--keep`` store is copied, so every run starts from the same data). While the clients run it asks
``/api/generation`` every 50 ms and ``/api/status`` every 250 ms (a separate connection) and
splits the requests by what the server was doing while each was answered: **writing** (a watcher
batch being coded and stored: from the last story page the watcher fetched before a new
generation appeared, to that generation), the **index behind** (after a batch, until the events
index holds the new generation; the two overlap when batches follow each other), both, or neither. It also prints what the watcher ingested (stories,
articles, events) and the cache's hit ratio.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as _dt
import json
import os
import random
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator
from typing import Any
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


async def _response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    length = next((int(x.split(":", 1)[1]) for x in lines[1:] if x.lower().startswith("content-length:")), None)
    if length is None:
        raise ValueError("no Content-Length")
    return status, await reader.readexactly(length)


Mix = tuple[list[str], list[str], float]  # (paths, other paths, the share drawn from the others)


async def _client(i: int, host: str, port: int, mix: Mix, deadline: float, timeout: float,
                  latencies: list[tuple[float, float]], errors: Counter[str]) -> None:
    rng = random.Random(1000 + i)
    paths, others, share = mix
    reader: asyncio.StreamReader | None = None
    writer: asyncio.StreamWriter | None = None
    while time.monotonic() < deadline:
        path = rng.choice(others) if share and rng.random() < share else rng.choice(paths)
        t0 = time.perf_counter()
        try:
            if writer is None:
                reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), timeout)
            assert reader is not None and writer is not None
            writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: application/json\r\n\r\n".encode())
            status, _ = await asyncio.wait_for(_response(reader), timeout)
            latencies.append((t0, time.perf_counter() - t0))
            if not 200 <= status < 300:
                errors[f"HTTP {status}"] += 1
        except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError) as exc:
            errors[type(exc).__name__] += 1
            if writer is not None:
                writer.close()
            reader = writer = None
    if writer is not None:
        writer.close()


Sample = tuple[float, int, int | None]  # (perf_counter, generation, index generation or None: not asked)


async def _monitor(host: str, port: int, deadline: float, samples: list[Sample], problems: list[str]) -> None:
    """Ask ``/api/generation`` every 50 ms, and ``/api/status`` (for the events index) every 250 ms."""
    reader: asyncio.StreamReader | None = None
    writer: asyncio.StreamWriter | None = None
    n = 0
    while time.monotonic() < deadline:
        path = "/api/status?top=1" if n % 5 == 0 else "/api/generation"
        n += 1
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection(host, port)
            assert reader is not None and writer is not None
            writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode())
            status, body = await asyncio.wait_for(_response(reader), 10)
            if status != 200:
                raise ValueError(f"{path}: HTTP {status}")
            d = json.loads(body)
            index = d["server"]["index"]["generation"] if "server" in d else None
            samples.append((time.perf_counter(), int(d["generation"]), index))
        except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError, KeyError) as exc:
            problems.append(f"{type(exc).__name__}: {exc}")
            if writer is not None:
                writer.close()
            reader = writer = None
        await asyncio.sleep(0.05)
    if writer is not None:
        writer.close()


async def _load(host: str, port: int, clients: int, duration: float, mix: Mix, timeout: float,
                samples: list[Sample] | None = None,
                problems: list[str] | None = None) -> tuple[list[tuple[float, float]], Counter[str], float]:
    latencies: list[tuple[float, float]] = []
    errors: Counter[str] = Counter()
    t0 = time.monotonic()
    deadline = t0 + duration
    tasks = [_client(i, host, port, mix, deadline, timeout, latencies, errors) for i in range(clients)]
    if samples is not None:
        tasks.append(_monitor(host, port, deadline, samples, problems if problems is not None else []))
    await asyncio.gather(*tasks)
    return latencies, errors, time.monotonic() - t0


Window = tuple[float, float]


def phases(samples: list[Sample], fetches: list[float]) -> tuple[list[Window], list[Window], list[tuple[float, int]]]:
    """From the monitor's samples and the times the watcher fetched story pages: the windows in which
    a batch was being coded and written (from the last page fetched before a new generation to its
    first sighting), those in which the events index was seen behind the store's generation (from a
    new generation to the first status that shows the index holding it, when a status in between
    showed it behind), and the new generations seen."""
    writing: list[Window] = []
    bumps: list[tuple[float, int]] = []
    prev: Sample | None = None
    for smp in samples:
        if prev is not None and smp[1] > prev[1]:
            before = [f for f in fetches if f < smp[0]]
            start = max(before) if before else prev[0]
            writing.append((min(start, prev[0]), smp[0]))
            bumps.append((smp[0], smp[1]))
        prev = smp
    stale: list[Window] = []
    status = [(t, g, ix) for t, g, ix in samples if ix is not None]
    starts = list(bumps)
    if status and status[0][2] is not None and status[0][2] < status[0][1]:  # behind from the start
        starts.insert(0, (samples[0][0], status[0][1]))
    for t, gen in starts:
        after = [(u, ix) for u, _, ix in status if u >= t and ix is not None]
        if after and after[0][1] >= gen:
            continue  # the first status after it shows the index holding it: not seen behind
        end = next((u for u, ix in after if ix >= gen), None)
        stale.append((t, end if end is not None else samples[-1][0]))
    return writing, stale, bumps


def _overlaps(t0: float, t1: float, windows: list[Window]) -> bool:
    return any(a < t1 and t0 < b for a, b in windows)


def _covered(windows: list[Window], t0: float, t1: float) -> float:
    """Seconds of [t0, t1] inside the union of ``windows``."""
    total, end = 0.0, t0
    for a, b in sorted(windows):
        a, b = max(a, end), min(b, t1)
        if b > a:
            total += b - a
            end = b
    return total


def _latency_line(label: str, sample: list[tuple[float, float]], target: bool = False) -> str:
    ms = sorted(lat * 1000 for _, lat in sample)
    return (f"latency ms, {label} ({len(ms):,}): p50 {_pct(ms, 50):.1f}, p95 {_pct(ms, 95):.1f}, "
            f"p99 {_pct(ms, 99):.1f}, max {ms[-1] if ms else float('nan'):.1f}" + (" (target p99 < 200)" if target else ""))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> dict[str, Any]:
    with urllib.request.urlopen(url, timeout=10) as resp:  # noqa: S310 - a local URL we built
        return dict(json.loads(resp.read()))


def _pct(sorted_ms: list[float], p: float) -> float:
    if not sorted_ms:
        return float("nan")
    return sorted_ms[min(len(sorted_ms) - 1, int(round(p / 100 * (len(sorted_ms) - 1))))]


class _Lines:
    """The server's stderr, read in a thread (so that its pipe never fills), each line with its time."""

    def __init__(self, stream: Iterator[str]) -> None:
        self.lines: list[tuple[float, str]] = []
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream: Iterator[str]) -> None:
        for line in stream:
            self.lines.append((time.perf_counter(), line.rstrip("\n")))

    def text(self) -> str:
        return "\n".join(line for _, line in self.lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=100_000, help="synthetic events in the store (default 100000)")
    ap.add_argument("--clients", type=int, default=50, help="concurrent clients (default 50)")
    ap.add_argument("--duration", type=float, default=30.0, help="seconds of load (default 30)")
    ap.add_argument("--mix", choices=("dashboard", "random"), default="dashboard", help="which requests (see above)")
    ap.add_argument("--random-share", type=float, default=0.0, metavar="F",
                    help="draw this share of the requests from the random mix instead (0-1; default 0): "
                         "with the dashboard mix, about that share of the requests are new queries")
    ap.add_argument("--no-cache", action="store_true", help="serve without the response cache")
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds before a request counts as failed")
    ap.add_argument("--warmup", type=float, default=5.0,
                    help="seconds at the start reported apart, as the cache fills (default 5)")
    ap.add_argument("--keep", metavar="PATH", help="store to reuse (built there when missing) and keep")
    ap.add_argument("--watch", action="store_true",
                    help="serve --watch a local news site that publishes while the clients read (see above)")
    ap.add_argument("--poll", type=float, default=2.0,
                    help="with --watch: seconds between polls of the feed, and between new stories (default 2)")
    ap.add_argument("--per-poll", type=int, default=3, help="with --watch: new stories every --poll seconds (default 3)")
    ap.add_argument("--words", type=int, default=600, help="with --watch: words per story (default 600)")
    ap.add_argument("--server-arg", action="append", default=[], metavar="ARG",
                    help="one more argument for flashpoint serve (repeatable)")
    ap.add_argument("--server-wrap", metavar="COMMAND",
                    help="run the server under this command, e.g. a profiler: 'py-spy record -f raw -o prof.txt --' "
                         "(stopped with SIGINT, as Ctrl-C stops it)")
    ap.add_argument("--dump", metavar="FILE", help="write what was measured (every request, the monitor's samples, "
                                                   "the fetches, the server's stderr) to FILE as JSON")
    args = ap.parse_args()

    tmp = tempfile.TemporaryDirectory()
    db = args.keep or os.path.join(tmp.name, "load.duckdb")
    if not os.path.exists(db):
        build_store(db, args.events)
    site = None
    port = _free_port()
    cmd = [sys.executable, "-m", "flashpoint", "serve", "--port", str(port), "--log-level", "error",
           *args.server_arg]
    if args.no_cache:
        cmd.append("--no-cache")
    if args.watch:
        from news_site import NewsSite

        if args.keep:  # the watcher writes: every run starts from the same store
            served = os.path.join(tmp.name, "served.duckdb")
            shutil.copyfile(db, served)
            if os.path.exists(db + ".wal"):
                shutil.copyfile(db + ".wal", served + ".wal")
            db = served
        site = NewsSite(per_tick=args.per_poll, tick=args.poll, words=args.words, initial=args.per_poll)
        sources = os.path.join(tmp.name, "sources.toml")
        with open(sources, "w", encoding="utf-8") as fh:
            fh.write(f'[[source]]\nurl = "{site.feed_url}"\nname = "Bench news"\ninterval = "{args.poll:g}s"\n')
        cmd += ["--watch", sources, "--host-interval", "0"]
        site.start()  # publishes from now on
    cmd += ["--db", db]
    if args.server_wrap:
        cmd = [*shlex.split(args.server_wrap), *cmd]
    server = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                              start_new_session=True)
    assert server.stderr is not None
    log = _Lines(server.stderr)
    base = f"http://127.0.0.1:{port}"
    samples: list[Sample] = []
    problems: list[str] = []
    try:
        deadline = time.monotonic() + (180 if args.watch else 60)
        while True:
            try:
                status = _get(base + "/api/status")
                if site is not None and (int(status["generation"]) == 0
                                         or status["server"]["index"]["generation"] != status["generation"]):
                    raise OSError("the watcher has not stored its first batch (the model loaded) and the events "
                                  "index caught up yet")
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    server.kill()
                    server.wait(timeout=20)
                    print(f"the server did not start: {log.text()}", file=sys.stderr)
                    return 1
                time.sleep(0.2)
        paths = request_mix(args.mix)
        mix: Mix = (paths, request_mix("random") if args.random_share > 0 else [], args.random_share)
        print(f"server: pid {server.pid} on {base}, {status['events']:,} events"
              + (f", watching {site.feed_url} ({args.per_poll} stories of {args.words} words every {args.poll:g}s)"
                 if site else "")
              + f"; {args.clients} clients for {args.duration:g}s, mix {args.mix} ({len(set(paths))} distinct "
              f"requests{f', {args.random_share:.0%} from the random mix' if args.random_share > 0 else ''}), cache {'off' if args.no_cache else 'on'}; {os.cpu_count()} CPUs, load average "
              f"{os.getloadavg()[0]:.1f}", flush=True)
        published0 = site.published if site else 0
        latencies, errors, elapsed = asyncio.run(_load("127.0.0.1", port, args.clients, args.duration, mix,
                                                       args.timeout, samples if site else None, problems))
        end = _get(base + "/api/status")
        info = end["server"]
    finally:
        if args.server_wrap:  # the wrapper and the server: as Ctrl-C on a terminal
            os.killpg(server.pid, signal.SIGINT)
        else:
            server.terminate()
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
        if site is not None:
            site.close()
        tmp.cleanup()
    n_err = sum(errors.values())
    print(f"requests {len(latencies) + n_err:,} ({len(latencies):,} answered), errors {n_err}"
          + (f" ({', '.join(f'{k}: {v}' for k, v in errors.most_common())})" if errors else ""))
    print(f"throughput {len(latencies) / elapsed:,.0f} requests/s over {elapsed:.1f}s")
    start = min((t for t, _ in latencies), default=0.0)
    print(_latency_line("all requests", latencies, target=True))
    print(_latency_line(f"after the first {args.warmup:g}s", [x for x in latencies if x[0] - start >= args.warmup]))
    if site is not None and samples:
        t0, t1 = samples[0][0], samples[-1][0]
        fetched = [t for t in site.fetches() if t0 - 60 < t]
        writing, stale, bumps = phases(samples, fetched)
        print(f"watch: the site published {site.published - published0} stories during the run; the watcher fetched "
              f"{sum(1 for t in fetched if t >= t0)} story pages and stored {len(bumps)} batches (generation "
              f"{samples[0][1]} -> {samples[-1][1]}): +{int(end['articles']) - int(status['articles']):,} articles, "
              f"+{int(end['events']) - int(status['events']):,} events")
        span = t1 - t0
        w, s_ = _covered(writing, t0, t1), _covered(stale, t0, t1)
        print(f"time: a batch being coded and written {100 * w / span:.0f}% of the run, the events index behind "
              f"{100 * s_ / span:.0f}% (overlapping), neither {100 * (span - _covered(writing + stale, t0, t1)) / span:.0f}%"
              + (f"; monitor problems: {len(problems)} ({problems[0]})" if problems else ""))
        groups: dict[tuple[bool, bool], list[tuple[float, float]]] = {}
        for t, lat in latencies:
            key = (_overlaps(t, t + lat, writing), _overlaps(t, t + lat, stale))
            groups.setdefault(key, []).append((t, lat))
        print(_latency_line("while a batch was coded and written", [x for k, v in groups.items() if k[0] for x in v]))
        print(_latency_line("while the events index was behind", [x for k, v in groups.items() if k[1] for x in v]))
        for key, label in (((True, False), "  writing, the index current"), ((True, True), "  writing, the index behind"),
                           ((False, True), "  not writing, the index behind"), ((False, False), "  neither")):
            print(_latency_line(label, groups.get(key, [])))
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as fh:
            json.dump({"latencies": latencies, "samples": samples, "fetches": site.fetches("/") if site else [],
                       "fetch_log": site.log if site else [], "stderr": log.lines}, fh)
    cache = info.get("cache") if isinstance(info, dict) else None
    if isinstance(cache, dict):
        hits, misses = int(cache.get("hits", 0)), int(cache.get("misses", 0))
        ratio = hits / (hits + misses) if hits + misses else float("nan")
        print(f"server cache: {hits:,} hits, {misses:,} misses: hit ratio {ratio:.2f}, uncached share "
              f"{1 - ratio:.2f} (of the requests that reached the cache)")
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
