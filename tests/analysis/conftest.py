"""Stores for the analysis tests, built from hand-made event records (no model)."""

from __future__ import annotations

import pytest
from fp_factory import build, dyad_items, escalation_items

from flashpoint.store import open_store


@pytest.fixture()
def dyad_store(tmp_path):
    path = build(str(tmp_path / "dyad.duckdb"), dyad_items())
    with open_store(path, read_only=True) as st:
        yield st


@pytest.fixture()
def escalation_store(tmp_path):
    path = build(str(tmp_path / "esc.duckdb"), escalation_items())
    with open_store(path, read_only=True) as st:
        yield st
