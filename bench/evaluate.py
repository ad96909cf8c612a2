#!/usr/bin/env python3
"""Run the shared scoring scripts (../shared/eval) against this checkout and check the floors.

Prints every scorer's figure line, then a summary table. Exits 1 when a figure is more than 0.02
below its floor in .ci/floors.json. ``--update-floors`` raises floors to the figures reached.
``--only NAME`` runs one evaluation.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("FLASHPOINT_SHARED", os.path.join(os.path.dirname(ROOT), "shared"))
FLOORS = os.path.join(ROOT, ".ci", "floors.json")
TOLERANCE = 0.02

# name -> (script args, {figure name: regex on the output})
EVALS: dict[str, tuple[list[str], dict[str, str]]] = {
    "seeds": (["score_seeds.py"], {"seeds_recall": r"recall ([\d.]+)", "seeds_precision": r"precision ([\d.]+)"}),
    "plover": (["score_sentences.py", "plover_gsr", "dev"],
               {"plover_type_f1": r"type F1 ([\d.]+)", "plover_triple_f1": r"triple .*F1 ([\d.]+)"}),
    "petr2": (["score_sentences.py", "petr2_gsr", "dev"], {"petr2_triple_f1": r"triple .*F1 ([\d.]+)"}),
    "penta": (["score_sentences.py", "cameo_penta", "dev"], {"penta_type_f1": r"type F1 ([\d.]+)"}),
    "actor_spans": (["score_actor_spans.py", "dev"], {"actor_spans_mean_f1": r"mean F1 ([\d.]+)"}),
    "arrests": (["score_arrests.py", "dev"], {"arrests_f1": r"F1 ([\d.]+)"}),
    "places": (["score_places.py", "dev"], {"places_acc161": r"Acc@161km ([\d.]+)"}),
    "articles": (["score_articles.py", "dev"],
                 {"articles_triple_precision": r"triple .*precision ([\d.]+)",
                  "articles_triple_recall": r"triple recall ([\d.]+)",
                  "articles_dates": r"dates (\d+)/(\d+)"}),
}


def figure(rx: str, line: str) -> float | None:
    """The figure ``rx`` finds on ``line``: its number, or the ratio of its two numbers ("97/111")."""
    m = re.search(rx, line)
    if m is None:
        return None
    if m.lastindex == 2:
        return round(float(m.group(1)) / max(float(m.group(2)), 1.0), 2)
    return float(m.group(1).rstrip("."))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--update-floors", action="store_true")
    ap.add_argument("--only", action="append", choices=sorted(EVALS))
    args = ap.parse_args()
    if not os.path.isdir(os.path.join(SHARED, "eval")):
        print(f"evaluate: no scoring scripts at {SHARED}/eval; skipped")
        return 0
    env = dict(os.environ, FLASHPOINT=os.path.join(ROOT, ".venv", "bin", "flashpoint"))
    with open(FLOORS) as fh:
        floors = json.load(fh)
    figures: dict[str, float] = {}
    failed = []
    for name, (argv, pats) in EVALS.items():
        if args.only and name not in args.only:
            continue
        t0 = time.time()
        p = subprocess.run([sys.executable, os.path.join(SHARED, "eval", argv[0]), *argv[1:]],
                           capture_output=True, text=True, env=env)
        lines = [ln for ln in p.stdout.splitlines() if ln.strip()]
        last = lines[-1] if lines else "(no output)"
        print(f"[{name}] {last}   ({time.time() - t0:.0f} s)", flush=True)
        for fig, rx in pats.items():
            value = figure(rx, last)
            if value is None:
                failed.append(f"{fig}: no figure ({p.stderr.strip()[-300:]})")
                continue
            figures[fig] = value
    print("\nfigure                      value   floor")
    for fig, val in figures.items():
        floor = float(floors.get(fig, 0.0))
        flag = "" if val >= floor - TOLERANCE else "  BELOW FLOOR"
        print(f"{fig:<26} {val:6.2f}  {floor:6.2f}{flag}")
        if flag:
            failed.append(f"{fig} {val:.2f} < floor {floor:.2f} - {TOLERANCE}")
        if args.update_floors and val > floor:
            floors[fig] = val
    if args.update_floors:
        with open(FLOORS, "w") as fh:
            json.dump(floors, fh, indent=2)
            fh.write("\n")
    if failed:
        print("\nevaluation failed:\n  " + "\n  ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
