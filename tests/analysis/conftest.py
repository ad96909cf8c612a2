"""Stores for the analysis tests, built from hand-made event records (no model)."""

from __future__ import annotations

import pytest
from fp_factory import built, dyad_items, escalation_items


@pytest.fixture()
def dyad_store(tmp_path):
    with built(str(tmp_path / "dyad.duckdb"), dyad_items()) as st:
        yield st


@pytest.fixture()
def escalation_store(tmp_path):
    with built(str(tmp_path / "esc.duckdb"), escalation_items()) as st:
        yield st
