"""Crash safety: ingest runs killed with SIGKILL at random moments, then finished, end with the store a clean
run gives (same rows in every table)."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
import time

import pytest
from store_fakes import art, events_jsonl, report, snapshot

SENTENCES = ["Kosovo police arrested the Serbian in Mitrovica on 2018-03-{d:02d}.",
             "Serbia criticized the Kosovo on 2018-03-{d:02d}.", "Albania praised the Kosovo.",
             "Croatia met the Montenegro in Belgrade on 2018-03-{d:02d}.", "Romania appealed to the Serbia."]


def _articles(n: int, seed: int = 3):
    rng = random.Random(seed)
    out = []
    for i in range(n):
        text = " ".join(rng.choice(SENTENCES).format(d=rng.randint(1, 28)) for _ in range(rng.randint(1, 3)))
        out.append(art(f"n{i:04d}", text, published=f"2018-03-{rng.randint(1, 28):02d}"))
    return out


def _cli(args: list[str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "flashpoint", *args], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)


def _kill_and_finish(start, seconds: float, kills: int, seed: int) -> int:
    """Start, SIGKILL at random moments ``kills`` times, then run to the end. Returns how many kills hit a live run."""
    rng = random.Random(seed)
    hit = 0
    for _ in range(kills):
        p = start()
        time.sleep(rng.uniform(0.05, 1.0) * seconds)
        if p.poll() is None:
            p.kill()  # SIGKILL: no cleanup of any kind
            hit += 1
        p.wait()
    p = start()
    _, err = p.communicate(timeout=600)
    assert p.returncode in (0, 1), err
    return hit


def _parquet_events(path, articles) -> str:
    """The events of ``articles`` as one Parquet file in the Ray engine's layout, its row 18 a bad record."""
    import pyarrow.parquet as pq
    from store_fakes import code_article

    from flashpoint.engines.shards import event_row, event_table

    rows = [event_row(e, False, f"{a.id}.txt", 0, i + 1, k)
            for i, a in enumerate(articles) for k, e in enumerate(code_article(a))]
    rows[17] = rows[17] | {"date": "26 March"}
    pq.write_table(event_table(rows), str(path), row_group_size=64)  # batches read several row groups
    return f"{path}:18: 'date' is not a date"


@pytest.mark.parametrize("fmt", ["jsonl", "parquet", "crlf"])
def test_killed_event_ingests_end_like_a_clean_run(tmp_path, fmt):
    """JSON Lines read by DuckDB, Parquet, and lines copied by Python (CRLF line ends)."""
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
        src = tmp_path / "events.parquet"
        expected = _parquet_events(src, _articles(300))
    else:
        src = tmp_path / "events.jsonl"
        body = events_jsonl(_articles(300))
        lines = body.splitlines(keepends=True)
        lines.insert(17, "{not json\n")  # bad records are skipped the same way in every run
        src.write_bytes("".join(lines).encode() if fmt == "jsonl" else "".join(lines).replace("\n", "\r\n").encode())
        expected = f"{src}:18: broken JSON line"
    clean, crashed = str(tmp_path / "clean.duckdb"), str(tmp_path / "crashed.duckdb")
    args = ["ingest", "--events", str(src), "--commit-every", "8"]

    t = time.monotonic()
    p = _cli([*args, "--db", clean])
    _, err = p.communicate(timeout=600)
    duration = time.monotonic() - t
    assert p.returncode == 1 and expected in err

    hits = _kill_and_finish(lambda: _cli([*args, "--db", crashed]), duration, kills=5, seed=11)
    assert hits >= 1
    snap = snapshot(clean)
    assert snapshot(crashed) == snap
    assert snap["events"] and not snap["event_dirty"] and not snap["dirty_articles"]
    # no constraints in the schema: uniqueness holds by construction
    assert len({(r[0], r[1]) for r in snap["mentions"]}) == len(snap["mentions"])
    assert len({r[0] for r in snap["events"]}) == len(snap["events"])
    assert len({r[0] for r in snap["articles"]}) == len(snap["articles"])


RUNNER = textwrap.dedent("""
    import json, sys
    sys.path.insert(0, sys.argv[3])
    from store_fakes import fake_code
    from flashpoint.records import Article
    from flashpoint.store import ingest_articles, open_store
    arts = [Article(**json.loads(line)) for line in open(sys.argv[2], encoding="utf-8")]
    with open_store(sys.argv[1]) as st:
        ingest_articles(st, arts, fake_code, batch_size=4)
""")


def test_killed_article_ingests_with_copies_and_replacements_end_like_a_clean_run(tmp_path):
    import json

    arts = _articles(30, seed=8)
    # syndicated copies, and later in the same input a rewritten original whose copies must be re-processed
    arts += [art(f"wire{i}", report(i, day=10 + i), source="AP") for i in range(4)]
    arts += [art(f"copy{i}", report(i, day=10 + i), source="BBC") for i in range(4)]
    arts += [art("wire0", "Croatia met the Montenegro on 2018-03-02.", source="AP")]
    arts += _articles(12, seed=9)
    src = tmp_path / "articles.jsonl"
    src.write_text("".join(json.dumps({k: getattr(a, k) for k in ("id", "text", "published", "source", "origin")})
                           + "\n" for a in arts))
    here = os.path.dirname(__file__)

    def start(db: str) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-c", RUNNER, db, str(src), here], stderr=subprocess.PIPE, text=True)

    clean, crashed = str(tmp_path / "clean.duckdb"), str(tmp_path / "crashed.duckdb")
    t = time.monotonic()
    p = start(clean)
    _, err = p.communicate(timeout=600)
    assert p.returncode == 0, err
    duration = time.monotonic() - t
    _kill_and_finish(lambda: start(crashed), duration, kills=4, seed=5)
    a, b = snapshot(clean), snapshot(crashed)
    assert a == b
    statuses = {row[0]: row[10] for row in a["articles"]}
    assert statuses["copy1"] == "copy" and statuses["copy0"] == "coded"
