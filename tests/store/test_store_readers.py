"""Readers are not locked out for a whole ingest: between batches the writer lets waiting readers in."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from flashpoint.store import open_store

TESTS = Path(__file__).parent

WRITER = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {tests!r})
    from store_fakes import art, fake_code
    from flashpoint.store import ingest_articles, open_store

    def slow(batch, on_failure=None):
        time.sleep(0.25)  # a batch takes a while to code
        return fake_code(batch)

    arts = [art(f"a{{i}}", f"Serbia criticized the Kosovo on 2018-03-{{1 + i % 28:02d}}. Item {{i}}.") for i in range(160)]
    with open_store({db!r}) as st:
        print("open", flush=True)
        r = ingest_articles(st, arts, slow, batch_size=4, share={share})
        print("done", r.stored, round(r.shared_seconds, 2), flush=True)
""")


def _writer(db: str, share: bool) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", WRITER.format(tests=str(TESTS), db=db, share=share)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "open"
    return proc


def _read_wait(db: str) -> float:
    t = time.monotonic()
    with open_store(db, read_only=True, wait=120) as st:
        st.value("SELECT count(*) FROM articles")
    return time.monotonic() - t


@pytest.mark.parametrize("share", [True, False])
def test_a_reader_waits_about_one_batch_not_the_whole_ingest(db, share):
    open_store(db).close()
    proc = _writer(db, share)
    time.sleep(1.0)  # a few batches in
    waited = _read_wait(db)
    out, _ = proc.communicate(timeout=120)
    assert proc.returncode == 0
    _, stored, _shared = out.split()
    assert stored == "160"  # the writer finished everything after letting the reader in
    if share:
        assert waited < 3.0, f"the reader waited {waited:.1f}s"
    else:  # without sharing (the server's own connection), the reader waits for the whole run
        assert waited > 5.0
    with open_store(db, read_only=True) as st:
        assert st.value("SELECT count(*) FROM articles") == 160
