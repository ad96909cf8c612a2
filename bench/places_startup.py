#!/usr/bin/env python3
"""Measure how long the place index takes to open and how much memory it adds.

usage: python bench/places_startup.py [CACHE_DIR]

Builds the index first if it is missing (reported separately), then, in a fresh process, times
opening it and answering a few lookups, and prints the resident memory the gazetteer added.
Memory is read from /proc (Linux).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

CHILD = r"""
import json, sys, time, resource
def rss():
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith('VmRSS:'):
                return int(line.split()[1]) / 1024
    return 0.0
import flashpoint.places.gazetteer as gz
base = rss()
t = time.perf_counter()
g = gz.Gazetteer.open(sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] else None)
opened = time.perf_counter() - t
t = time.perf_counter()
names = ['Mitrovica', 'Merdare', 'Pristina', 'Paris', 'Georgia', 'Washington', 'U.S.', 'Serbian', 'Zvecan', 'London']
for n in names:
    g.lookup(n)
looked = time.perf_counter() - t
print(json.dumps({'open_s': opened, 'lookups_s': looked, 'rss_before_mb': base, 'rss_after_mb': rss(),
                  'index': str(g.path)}))
"""


def main() -> int:
    cache = sys.argv[1] if len(sys.argv) > 1 else ""
    from flashpoint.places.index import ensure_index, index_path

    path = index_path(cache or None)
    if not path.exists():
        t = time.perf_counter()
        ensure_index(cache or None)
        print(f"built index {path} in {time.perf_counter() - t:.1f} s (once per data version)")
    out = subprocess.run([sys.executable, "-c", CHILD, cache], capture_output=True, text=True, check=True)
    r = json.loads(out.stdout.strip().splitlines()[-1])
    size = Path(r["index"]).stat().st_size / 2**20
    print(f"index: {r['index']} ({size:.0f} MB on disk)")
    print(f"open index: {r['open_s'] * 1000:.1f} ms")
    print(f"10 lookups: {r['lookups_s'] * 1000:.1f} ms")
    print(f"memory: {r['rss_before_mb']:.1f} MB before, {r['rss_after_mb']:.1f} MB after "
          f"(+{r['rss_after_mb'] - r['rss_before_mb']:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
