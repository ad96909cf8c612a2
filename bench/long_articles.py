#!/usr/bin/env python3
"""Time and peak memory of coding one long article, from 100 KB to several MB.

Each size runs ``flashpoint code`` in a fresh process on one article made of the packaged demo
corpus repeated (the team's own text), written as one single-line JSON Lines record (the hardest
case: no paragraph breaks to cut at) beside two short good articles. Prints, per size, the wall
and CPU seconds, the child's peak resident memory, the events coded, seconds per 100 KB (flat when
coding is linear in length) and whether every article was coded without a traceback.

usage: long_articles.py [--sizes 100,200,400,800,1600,3000] [--flashpoint CMD]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEMO = os.path.join(ROOT, "src", "flashpoint", "data", "demo", "serbia_kosovo.jsonl")


def corpus_text(size: int) -> str:
    """About ``size`` characters of demo prose on one line."""
    with open(DEMO, encoding="utf-8") as fh:
        body = " ".join(json.loads(line)["text"].replace("\n", " ") for line in fh if line.strip())
    return (body + " ") * (size // (len(body) + 1)) + body[: size % (len(body) + 1)]


def run(cmd: list[str], kb: int, work: str) -> dict[str, float | int | bool]:
    path = os.path.join(work, f"in-{kb}.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "good-1", "published": "2023-10-01",
                             "text": "Kosovo police arrested two Serbian officials on Monday."}) + "\n")
        fh.write(json.dumps({"id": f"long-{kb}", "published": "2023-10-01", "text": corpus_text(kb * 1000)}) + "\n")
        fh.write(json.dumps({"id": "good-2", "published": "2023-10-01",
                             "text": "Serbia's president condemned the arrests on Tuesday."}) + "\n")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run([*cmd, "code", path, "--workers", "1", "--no-progress"], capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    events = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    ids = {e["article_id"] for e in events}
    return {"kb": kb, "wall": wall, "cpu": (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime),
            "rss_mb": after.ru_maxrss / 1024, "events": len(events), "rc": proc.returncode,
            "all_coded": {"good-1", "good-2", f"long-{kb}"} <= ids, "traceback": "Traceback" in proc.stderr}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="100,200,400,800,1600,3000", help="article sizes in KB")
    ap.add_argument("--flashpoint", default=shutil.which("flashpoint") or f"{sys.executable} -m flashpoint",
                    help="the command to run")
    args = ap.parse_args()
    cmd = args.flashpoint.split()
    print(f"{'size KB':>8}{'wall s':>9}{'cpu s':>9}{'peak MB':>9}{'events':>8}{'s/100KB':>9}  rc  all coded  traceback")
    with tempfile.TemporaryDirectory() as work:
        for kb in (int(x) for x in args.sizes.split(",")):
            # ru_maxrss of RUSAGE_CHILDREN is the largest child so far: run sizes in increasing order
            r = run(cmd, kb, work)
            print(f"{r['kb']:>8}{r['wall']:>9.1f}{r['cpu']:>9.1f}{r['rss_mb']:>9.0f}{r['events']:>8}"
                  f"{100 * r['cpu'] / r['kb']:>9.2f}  {r['rc']:>2}  {str(r['all_coded']):>9}  {r['traceback']}",
                  flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
