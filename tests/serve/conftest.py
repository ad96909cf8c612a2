"""Fixtures for the HTTP API tests: small stores, an app on them, and a real server on a free port.

The hand-made event records and the stand-in coder live in ``tests/analysis/fp_factory.py``.
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "analysis"))

from fp_factory import build, dyad_items, escalation_items, fake_code  # noqa: E402

from flashpoint.serve import ServerState, create_app  # noqa: E402

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # Starlette's notice about httpx in its test client
    from fastapi.testclient import TestClient  # noqa: E402


@pytest.fixture()
def small_db(tmp_path) -> str:
    return build(str(tmp_path / "small.duckdb"), dyad_items() + escalation_items())


@pytest.fixture()
def state(small_db) -> Iterator[ServerState]:
    with ServerState(small_db, code=fake_code) as st:
        yield st


@pytest.fixture()
def client(state) -> Iterator[TestClient]:
    with TestClient(create_app(state), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture()
def make_client():
    """``make_client(state, **kw)``: a test client for an app on ``state``."""

    def make(st: ServerState, **kw: object) -> TestClient:
        return TestClient(create_app(st), **kw)  # type: ignore[arg-type]

    return make


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory, coder) -> str:
    """A store of the bundled demo corpus, coded by the real model (once per session)."""
    from flashpoint.demo import demo_corpus_path
    from flashpoint.read import read_inputs
    from flashpoint.records import Article
    from flashpoint.store import ingest_articles, open_store

    path = str(tmp_path_factory.mktemp("demo") / "demo.duckdb")
    articles = [a for a in read_inputs([demo_corpus_path()]) if isinstance(a, Article)]
    with open_store(path) as st:
        ingest_articles(st, articles, coder.code_stream_local)
    return path
