#!/usr/bin/env python3
"""Fit flashpoint's confidence model and print how well it is calibrated.

Codes the hand-coded whole stories (``../shared/eventdata/news_dev``) with ``explain`` (each event
then carries its evidence features), labels each event right or wrong with the shared scorer's
matching (``bench/article_report.py``), and fits an L2-regularised logistic regression (Newton's
method in numpy: a dozen features need nothing larger) of "source, root and target are right" on
the features of :mod:`flashpoint.events.confidence` that :data:`FITTED` names. The others are
recorded in ``explain`` but weighed 0: on the ~270 development events they only added noise (each
one's out-of-fold Brier score was no better with it). The L2 strength (default 3) is the one with
the lowest out-of-fold Brier score of the grid the script prints; refit and look again when the
features or the stories change.

Prints a reliability table (confidence band → events → observed share right): out of fold (5 folds
split by story, so no story is scored by a model fitted on it: the honest figure), in sample (the
packaged model on the stories it was fitted on), and for the packaged model on the sentence sets
``plover_gsr`` and ``petr2_gsr`` (never fitted on: an event is right when the shared sentence
scorer's triple — source country, target country, type — matches). ``--write`` stores the
coefficients fitted on all stories as the packaged model ``src/flashpoint/data/confidence/default.yml``.

usage: calibrate.py [--write] [--l2 LAMBDA]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import article_report  # noqa: E402  (the bench folder's own scoring helper)

from flashpoint.events import evidence as ev  # noqa: E402
from flashpoint.events.confidence import FEATURES  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODEL = os.path.join(ROOT, "src", "flashpoint", "data", "confidence", "default.yml")
BANDS = (0.0, 0.2, 0.4, 0.6, 0.8, 0.9, 1.01)
FOLDS = 5
L2_GRID = (0.3, 1.0, 3.0, 10.0, 30.0)
#: The features the packaged model weighs: how the source and target were found (every evidence
#: kind), how far the source is from the trigger, the sentence (told as someone's statement, in
#: reported speech or quotation marks, a relative clause, crowded with other events), the trigger
#: (an adjective, past perfect), the source (the police) and the date (its own). Not the position in
#: the story: it helped the stories little (out-of-fold Brier 0.1618 → 0.1605) and made the one-sentence
#: "stories" of the sentence sets look like leads (their Brier 0.273 → 0.284, 0.277 → 0.293).
FITTED: tuple[str, ...] = (
    *(f"source_{k}" for k in ev.SOURCE_KINDS if k != ev.STATED),
    *(f"target_{k}" for k in ev.TARGET_KINDS if k != ev.STATED),
    "source_police", "source_distance", "reported_speech", "quoted", "statement", "relative_clause", "crowded", "adjective",
    "background_tense", "date_own",
)
assert set(FITTED) <= set(FEATURES)


def fit(x: np.ndarray, y: np.ndarray, l2: float, steps: int = 50) -> np.ndarray:
    """Weights (intercept first) of an L2-penalised logistic regression (the intercept unpenalised)."""
    xb = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(xb.shape[1])
    penalty = np.full(xb.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(xb @ w)))
        grad = xb.T @ (p - y) + penalty * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(penalty) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w


def predict(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(w[0] + x @ w[1:])))


def reliability(p: np.ndarray, y: np.ndarray) -> str:
    lines = [f"{'confidence':<12}{'events':>8}{'right':>8}{'share':>8}{'mean conf':>11}"]
    for lo, hi in zip(BANDS, BANDS[1:], strict=False):
        sel = (p >= lo) & (p < hi)
        n = int(sel.sum())
        if n:
            lines.append(f"{lo:.1f}–{min(hi, 1.0):.1f}    {n:>8}{int(y[sel].sum()):>8}{y[sel].mean():>8.2f}"
                         f"{p[sel].mean():>11.2f}")
    high = p >= 0.8
    share = y[high].mean() if high.any() else float("nan")
    lines.append(f"confidence ≥ 0.8: {int(high.sum())} of {len(p)} events ({high.mean():.0%}), "
                 f"{share:.2f} right; Brier score {np.mean((p - y) ** 2):.3f}")
    return "\n".join(lines)


def sentence_reliability(dataset: str) -> str:
    """The packaged model's reliability on a sentence set, each sentence coded as one article."""
    from flashpoint.coding import Coder
    from flashpoint.config import Settings
    from flashpoint.records import Article

    ss = article_report.scorer("score_sentences")
    items = ss.load(dataset, "dev")
    coder = Coder(Settings())
    arts = [Article(id=it["id"], text=it["text"], published=it["date"]) for it in items]
    by_id = {a.id: [e.to_dict() for e in evs] for a, evs in coder.code_stream_local(arts)}
    conf, right = [], []
    for it in items:
        evs = by_id.get(it["id"], [])
        used: set[int] = set()
        for g in it["gold"]:  # the scorer's greedy one-to-one triple matching
            for j, e in enumerate(evs):
                if j in used or ss.kind(e, dataset) != g[2]:
                    continue
                s, t = ss.c3((e.get("source") or {}).get("code")), ss.c3((e.get("target") or {}).get("code"))
                if (not g[0] or s in g[0]) and (not g[1] or t in g[1]):
                    used.add(j)
                    break
        for j, e in enumerate(evs):
            conf.append(float(e["confidence"]))
            right.append(float(j in used))
    return f"{dataset} (packaged model, never fitted on):\n{reliability(np.array(conf), np.array(right))}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true", help="store the fitted model as the packaged default")
    ap.add_argument("--l2", type=float, default=3.0, help="L2 penalty on the weights (default 3.0)")
    args = ap.parse_args()
    if not os.path.isdir(os.path.join(article_report.SHARED, "eventdata", "news_dev")):
        print(f"calibrate: no news_dev at {article_report.SHARED}/eventdata; skipped")
        return 0
    _, gold, events = article_report.code_dev()
    scored = article_report.score(gold, events)
    x = np.array([[s.event["explain"]["features"][f] for f in FITTED] for s in scored])
    y = np.array([float(s.right) for s in scored])
    docs = sorted({s.event["article_id"] for s in scored})
    fold_of = {d: i % FOLDS for i, d in enumerate(docs)}
    folds = np.array([fold_of[s.event["article_id"]] for s in scored])

    def out_of_fold(l2: float) -> np.ndarray:
        p = np.zeros(len(y))
        for k in range(FOLDS):
            w = fit(x[folds != k], y[folds != k], l2)
            p[folds == k] = predict(w, x[folds == k])
        return p

    oof = out_of_fold(args.l2)
    print(f"news_dev: {len(y)} events from {len(docs)} stories, {int(y.sum())} right ({y.mean():.2f}); "
          f"Brier score of the base rate {np.mean((y.mean() - y) ** 2):.3f}\n")
    print("out-of-fold Brier score by L2 strength: " + ", ".join(
        f"{l2:g}: {np.mean((out_of_fold(l2) - y) ** 2):.4f}" for l2 in L2_GRID) + "\n")
    print(f"out of fold ({FOLDS} folds by story):\n{reliability(oof, y)}\n")
    current = np.array([float(s.event["confidence"]) for s in scored])
    print(f"the packaged model, in sample:\n{reliability(current, y)}\n")
    for dataset in ("plover_gsr", "petr2_gsr"):
        print(sentence_reliability(dataset) + "\n")
    w = fit(x, y, args.l2)
    print(f"fitted on all stories, in sample:\n{reliability(predict(w, x), y)}\n")
    print("coefficients:\n" + "\n".join(f"  {'intercept':<24}{w[0]:+.3f}" if i == 0 else
                                         f"  {FITTED[i - 1]:<24}{w[i]:+.3f}" for i in range(len(w))))
    if args.write:
        with open(MODEL, "w", encoding="utf-8") as fh:
            fh.write("# flashpoint's confidence model: P(source, root and target right) =\n"
                     "# sigmoid(intercept + sum of weight x feature). Features: flashpoint.events.confidence.\n"
                     "# Written by bench/calibrate.py --write; do not edit by hand, refit instead.\n")
            fh.write(f'version: "{dt.date.today().isoformat()}"\n')
            fh.write(f'about: "logistic regression, L2 {args.l2:g}, fitted on news_dev ({len(y)} events, '
                     f'{len(docs)} stories) with the shared scorer\'s matching"\n')
            fh.write(f"intercept: {w[0]:.4f}\nweights:\n")
            for i, f in enumerate(FITTED, start=1):
                fh.write(f"  {f}: {w[i]:.4f}\n")
        print(f"\nwrote {MODEL}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
