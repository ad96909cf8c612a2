#!/usr/bin/env python3
"""How long readers wait while an ingest writes: ``flashpoint status`` run again and again beside a
real ``flashpoint ingest``.

The articles are made of the packaged demo corpus's sentences (the team's own text), eight drawn
at random for each of ``--articles`` articles. While the ingest runs, a reader runs ``flashpoint status`` every
``--every`` seconds and times each call, start to exit. Prints the ingest's own time and, for the
readers, how many ran, the median and the longest wait, and the writer's batch time for comparison
(a reader should wait about one batch, not the whole run).

usage: reader_wait.py [--articles 2000] [--every 1.0] [--commit-every 64] [--flashpoint CMD]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEMO = os.path.join(ROOT, "src", "flashpoint", "data", "demo", "serbia_kosovo.jsonl")


def write_corpus(path: str, n: int) -> None:
    """``n`` articles of eight sentences drawn at random from the demo corpus (so that they are not
    near-duplicates of each other, which the store would not code again)."""
    with open(DEMO, encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh if line.strip()]
    sentences = [s.strip() + "." for r in recs for s in r["text"].replace("\n", " ").split(". ") if len(s) > 40]
    rng = random.Random(7)
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            r = recs[i % len(recs)]
            text = " ".join(rng.sample(sentences, 8))
            out.write(json.dumps({"id": f"a{i}", "published": r["published"], "text": text}) + "\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--every", type=float, default=1.0, help="seconds between two readers")
    ap.add_argument("--commit-every", type=int, default=64, help="articles per batch of the ingest")
    ap.add_argument("--flashpoint", default=shutil.which("flashpoint") or f"{sys.executable} -m flashpoint")
    args = ap.parse_args()
    cmd = args.flashpoint.split()
    with tempfile.TemporaryDirectory() as work:
        corpus, db = os.path.join(work, "in.jsonl"), os.path.join(work, "s.duckdb")
        write_corpus(corpus, args.articles)
        start = time.monotonic()
        writer = subprocess.Popen([*cmd, "ingest", corpus, "--db", db, "--commit-every", str(args.commit_every),
                                   "--no-progress"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        waits: list[float] = []
        failed = 0
        time.sleep(args.every)
        while writer.poll() is None:
            t = time.monotonic()
            r = subprocess.run([*cmd, "status", "--db", db, "--wait", "600"], capture_output=True, text=True)
            if r.returncode == 0:
                waits.append(time.monotonic() - t)
            else:
                failed += 1
            time.sleep(args.every)
        total = time.monotonic() - start
        _, err = writer.communicate()
        batches = -(-args.articles // args.commit_every)
        print(f"ingest: {args.articles} articles in {total:.1f} s (exit {writer.returncode}), "
              f"{batches} batches, {total / batches:.1f} s per batch")
        if waits:
            print(f"readers: {len(waits)} status calls, median {statistics.median(waits):.1f} s, "
                  f"longest {max(waits):.1f} s (a status call alone takes about 1 s), {failed} failed")
        else:
            print(f"readers: none completed ({failed} failed)")
        if writer.returncode:
            print(err.strip().splitlines()[-1] if err.strip() else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
