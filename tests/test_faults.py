"""Fault injection: the ways a real run goes wrong, replayed against the real command line.

Each case runs ``flashpoint`` as a child process, the way an operator or a cron job does: a huge
article among good files, piped JSON Lines with a bad line, ``kill -9`` and SIGTERM of a run with
worker processes, a disk that fills while writing.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

pytestmark = [pytest.mark.faults, pytest.mark.model]

FLASHPOINT = [sys.executable, "-m", "flashpoint"]
GOOD = [
    "Kenyan police arrested 12 protesters in Nairobi on Tuesday.",
    "Peru's interior minister condemned the attack on a police station in Puno.",
    "Chadian soldiers clashed with rebels near the Libyan border on Sunday.",
]


def _records(n: int) -> list[str]:
    return [json.dumps({"id": f"r{i}", "published": "2024-06-26", "text": GOOD[i % 3] + f" Report {i}."})
            for i in range(n)]


def _children(pid: int) -> set[int]:
    """Process ids whose parent is ``pid`` (from /proc)."""
    out = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.add(int(entry))
    return out


def _alive(pids: set[int]) -> set[int]:
    alive = set()
    for p in pids:
        try:
            state = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            alive.add(p)
    return alive


def _wait_for_workers(proc: subprocess.Popen[bytes], n: int, timeout: float = 60) -> set[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        kids = _children(proc.pid)
        if len(kids) >= n:
            return kids
        if proc.poll() is not None:
            pytest.fail(f"flashpoint ended before its workers started (exit {proc.returncode})")
        time.sleep(0.2)
    pytest.fail("no worker processes appeared")


def _gone_within(pids: set[int], seconds: float) -> set[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and _alive(pids):
        time.sleep(0.1)
    return _alive(pids)


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find worker processes")
def test_kill_9_of_a_two_worker_ingest_leaves_no_process_and_loses_nothing(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(_records(600)) + "\n")
    db = tmp_path / "s.duckdb"
    proc = subprocess.Popen([*FLASHPOINT, "ingest", str(src), "--db", str(db), "--workers", "2",
                             "--batch-size", "4", "--commit-every", "300", "--no-progress"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers = _wait_for_workers(proc, 2)
    time.sleep(1)  # the workers are busy with the first batch
    proc.kill()
    proc.wait()
    assert not _gone_within(workers, 5), "workers outlived their parent"
    # a normal re-run finishes the job: every article stored once
    done = subprocess.run([*FLASHPOINT, "ingest", str(src), "--db", str(db), "--workers", "1", "--no-progress"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 600


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find worker processes")
def _two_worker_code(tmp_path: Path, stderr: int) -> subprocess.Popen[bytes]:
    """``flashpoint code`` of 600 records on two workers, writing to a file."""
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(_records(600)) + "\n")
    return subprocess.Popen([*FLASHPOINT, "code", str(src), "--workers", "2", "--batch-size", "4", "-o",
                             str(tmp_path / "out.jsonl"), "--no-progress"], stdout=subprocess.DEVNULL, stderr=stderr)


def test_kill_9_of_a_two_worker_code_leaves_no_process(tmp_path):
    proc = _two_worker_code(tmp_path, subprocess.DEVNULL)
    workers = _wait_for_workers(proc, 2)
    time.sleep(1)
    proc.kill()
    proc.wait()
    assert not _gone_within(workers, 5), "workers outlived their parent"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find worker processes")
def test_sigterm_stops_workers_and_says_terminated(tmp_path):
    proc = _two_worker_code(tmp_path, subprocess.PIPE)
    workers = _wait_for_workers(proc, 2)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143
    assert err.decode().strip().splitlines()[-1] == "flashpoint: terminated"
    assert "Traceback" not in err.decode()
    assert not _gone_within(workers, 5)


def test_a_huge_article_among_good_files(tmp_path):
    """Every good file is stored; a 2.1 MB article (past spaCy's own limit) is coded in segments,
    and one past --max-chars is reported by name; no traceback."""
    d = tmp_path / "in"
    d.mkdir()
    for i, text in enumerate(GOOD):
        (d / f"good{i}.txt").write_text(text)
    sentence = "Soldiers and rebels exchanged fire near the border town on Sunday, residents said. "
    # one line, 120 KB: segments; each clash counted anew (the same deed told again with the same
    # count would be a retelling, one event)
    clashes = "".join(f"Soldiers killed {n} rebels near the border town on Sunday. "
                      for n in range(2, 120_000 // len(sentence) + 2))
    (d / "long.txt").write_text(clashes)
    (d / "huge.txt").write_text(sentence * (2_100_000 // len(sentence)))  # one line, 2.1 MB: refused
    db = tmp_path / "s.duckdb"
    run = subprocess.run([*FLASHPOINT, "ingest", str(d), "--db", str(db), "--published", "2024-06-26",
                          "--max-chars", "1000000", "--workers", "1", "--no-progress"],
                         capture_output=True, text=True)
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr
    assert "huge.txt: not coded, too long (" in run.stderr and "more than 1,000,000" in run.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        stored = {r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()}
        coded = con.execute("SELECT count(*) FROM event_mentions WHERE article_id = 'long'").fetchone()[0]
    assert stored == {"good0", "good1", "good2", "long"}
    assert coded > 100


def test_piped_json_lines_with_a_null_line(tmp_path):
    lines = _records(100)
    lines[41] = "null"
    lines.insert(70, "INFO 2024-06-26 fetched 100 items")
    run = subprocess.run([*FLASHPOINT, "code", "-", "--workers", "1"], input="\n".join(lines) + "\n",
                         capture_output=True, text=True)
    assert run.returncode == 1
    ids = {json.loads(line)["article_id"] for line in run.stdout.splitlines()}
    assert len(ids) == 99 and "r41" not in ids and "stdin" not in ids
    assert "<stdin>:42:" in run.stderr and "<stdin>:71:" in run.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full to simulate a full disk")
def test_a_full_disk_while_writing_aborts_with_one_line(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(_records(40)) + "\n")
    run = subprocess.run([*FLASHPOINT, "code", str(src), "-o", "/dev/full", "--workers", "1"],
                         capture_output=True, text=True, env={**os.environ, "FLASHPOINT_LOG_DIR": str(tmp_path)})
    assert run.returncode == 3
    assert "Traceback" not in run.stderr
    assert run.stderr.strip().splitlines()[-1].startswith("flashpoint: aborted: No space left on device")


def _varied(n: int) -> list[str]:
    """``n`` different short reports (not near-duplicates of each other, which the store would not code)."""
    import random

    rng = random.Random(3)
    who = ["Kenyan police", "Peru's government", "Chadian soldiers", "Sudanese rebels", "Bolivian farmers",
           "Nepal's prime minister", "Togolese students", "Malian troops", "Ecuador's president", "Haitian gangs"]
    did = ["arrested", "criticised", "attacked", "met", "accused", "praised", "threatened", "blockaded"]
    whom = ["opposition leaders", "the interior minister", "a border post", "union officials", "the United Nations",
            "local journalists", "a rival faction", "the European Union", "mining companies", "aid workers"]
    where = ["the capital", "the northern region", "a market town", "the port", "the border area", "the university"]
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    return [" ".join(f"{rng.choice(who)} {rng.choice(did)} {rng.choice(whom)} in {rng.choice(where)} on "
                     f"{rng.choice(days)}, {rng.choice(['officials', 'witnesses', 'residents'])} said "
                     f"({rng.randint(1, 10**6)})." for _ in range(6)) for _ in range(n)]


def _mount_tmpfs(where: Path, size: str) -> bool:
    if os.geteuid() != 0:
        return False
    where.mkdir()
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          capture_output=True).returncode == 0


def test_a_disk_that_fills_during_ingest(tmp_path):
    """The ingest stops with exit 3 and one line; what it committed is kept, and a re-run where
    there is room stores exactly what a clean run stores."""
    small = tmp_path / "small"
    if not _mount_tmpfs(small, "1m"):
        pytest.skip("cannot mount a small tmpfs here (needs root and mount rights)")
    try:
        src = tmp_path / "in.jsonl"
        src.write_text("\n".join(json.dumps({"id": f"r{i}", "published": "2024-06-26", "text": text})
                                 for i, text in enumerate(_varied(200))) + "\n")
        run = subprocess.run([*FLASHPOINT, "ingest", str(src), "--db", str(small / "s.duckdb"), "--workers", "1",
                              "--commit-every", "8", "--no-progress"], capture_output=True, text=True,
                             env={**os.environ, "FLASHPOINT_LOG_DIR": str(tmp_path / "logs")})
        assert run.returncode == 3, run.stderr
        assert "Traceback" not in run.stderr
        assert run.stderr.strip().splitlines()[-1].startswith("flashpoint: aborted:")
        roomy = tmp_path / "roomy"
        subprocess.run(["cp", "-r", str(small), str(roomy)], check=True)
    finally:
        subprocess.run(["umount", str(small)], capture_output=True)
    again = subprocess.run([*FLASHPOINT, "ingest", str(src), "--db", str(roomy / "s.duckdb"), "--workers", "1",
                            "--no-progress"], capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    clean = tmp_path / "clean.duckdb"
    subprocess.run([*FLASHPOINT, "ingest", str(src), "--db", str(clean), "--workers", "1", "--no-progress"],
                   check=True, capture_output=True)

    def content(db: Path) -> tuple:
        with duckdb.connect(str(db), read_only=True) as con:
            return (con.execute("SELECT article_id, content_hash, n_mentions FROM articles ORDER BY 1").fetchall(),
                    con.execute("SELECT event_id, mentions FROM events ORDER BY 1").fetchall())

    assert content(roomy / "s.duckdb") == content(clean)
