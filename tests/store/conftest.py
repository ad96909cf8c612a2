"""Fixtures for the store tests: a fresh DuckDB file per test and helpers to fill it."""

from __future__ import annotations

import pytest

from flashpoint.store import open_store


@pytest.fixture()
def db(tmp_path):
    """Path of a store file that does not exist yet."""
    return str(tmp_path / "events.duckdb")


@pytest.fixture()
def store(db):
    with open_store(db) as st:
        yield st
