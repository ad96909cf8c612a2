#!/usr/bin/env python3
"""Where flashpoint is right and wrong on whole news stories, broken down by evidence.

Codes ``../shared/eventdata/news_dev`` in this process (with ``explain``), matches events to the
hand-coded gold with the shared scorer's own rules (``../shared/eval/score_articles.py``, imported,
not copied) and prints, for each evidence feature the coder records (how the source and target were
found, whether the date was inherited, the trigger's part of speech, the confidence band), how many
events carry it and what share of them is right. This is the table to read before changing a story
rule, and the one ``bench/calibrate.py`` fits confidence on.

usage: article_report.py [--by FEATURE ...]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("FLASHPOINT_SHARED", os.path.join(os.path.dirname(ROOT), "shared"))


def scorer(name: str = "score_articles") -> Any:
    """A shared scorer (``../shared/eval/NAME.py``), loaded as a module so its matching rules are
    the ones used."""
    path = os.path.join(SHARED, "eval", f"{name}.py")
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"article_report: no scorer at {path}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@dataclass
class Scored:
    """One system event with whether it matched a gold event (the scorer's one-to-one matching)."""

    event: dict[str, Any]
    right: bool


def code_dev(explain: bool = True) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """(articles, gold, event dicts) for the development stories, coded in this process."""
    from flashpoint.coding import Coder
    from flashpoint.config import Settings
    from flashpoint.records import Article

    sa = scorer()
    arts, gold = sa.load("dev")
    coder = Coder(Settings(explain=explain))
    articles = [Article(id=a["id"], text=a["text"], published=a.get("published"), title=a.get("title"))
                for a in arts]
    events = [e.to_dict(explain=explain) for _, evs in coder.code_stream_local(articles) for e in evs]
    return arts, gold, events


def score(gold: list[dict[str, Any]], events: list[dict[str, Any]]) -> list[Scored]:
    """Match as ``score_articles.py`` does: core gold first, one event per gold (two for mutual)."""
    sa = scorer()
    by_doc: dict[str, list[int]] = defaultdict(list)
    for j, e in enumerate(events):
        by_doc[str(e.get("article_id"))].append(j)
    used: set[int] = set()
    for i in sorted(range(len(gold)), key=lambda i: not gold[i].get("core", True)):
        g = gold[i]
        room = 2 if sa.mutual(g) else 1
        for j in by_doc.get(g["doc"], []):
            if room and j not in used and sa.matches(events[j], g):
                used.add(j)
                room -= 1
    return [Scored(e, j in used) for j, e in enumerate(events)]


def _path_kind(path: str | None) -> str:
    if not path:
        return "none"
    if path.startswith("implied"):
        return "implied"
    if path.startswith("carried") or "previous" in path:
        return "carried"
    return path.split(">")[0].split(":")[0][:24]


def features(e: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """The evidence features of one event record (explain attached)."""
    ex = e.get("explain") or {}
    src, tgt = e.get("source") or {}, e.get("target") or {}
    yield "root", str(e.get("cameo_root"))
    yield "kind", str(ex.get("kind"))
    yield "voice", str(ex.get("voice"))
    yield "modality", str(ex.get("modality"))
    yield "source_path", _path_kind(ex.get("source_path"))
    yield "target_path", _path_kind(ex.get("target_path"))
    yield "source_implied", str(bool(src.get("implied")))
    yield "target", "none" if not tgt else ("implied" if tgt.get("implied") else "stated")
    yield "same_country", str(bool(src.get("country")) and src.get("country") == tgt.get("country"))
    yield "date", "inherited" if (ex.get("date_path") or "").startswith("inherited") else (
        "own" if e.get("date_text") else "published")
    conf = float(e.get("confidence") or 0)
    yield "confidence", f"{int(conf * 10) / 10:.1f}"


def table(scored: list[Scored], by: list[str] | None = None) -> str:
    cells: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for s in scored:
        for name, value in features(s.event):
            if by and name not in by:
                continue
            cell = cells[(name, value)]
            cell[0] += 1
            cell[1] += s.right
    lines = [f"{'feature':<16}{'value':<26}{'events':>7}{'right':>7}{'share':>7}"]
    for (name, value), (n, r) in sorted(cells.items()):
        lines.append(f"{name:<16}{value:<26}{n:>7}{r:>7}{r / n:>7.2f}")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--by", action="append", help="only these features")
    ap.add_argument("--dump", help="write the scored events (JSON Lines) here")
    args = ap.parse_args()
    if not os.path.isdir(os.path.join(SHARED, "eventdata", "news_dev")):
        print(f"article_report: no news_dev at {SHARED}/eventdata; skipped")
        return 0
    _, gold, events = code_dev()
    scored = score(gold, events)
    print(table(scored, args.by))
    right = sum(s.right for s in scored)
    print(f"\n{len(scored)} events, {right} right ({right / max(len(scored), 1):.2f})")
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as fh:
            for s in scored:
                fh.write(json.dumps({"right": s.right, **s.event}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
