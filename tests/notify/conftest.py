"""Fixtures of the alert tests: a store where a dyad spikes, and a webhook receiver."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "analysis"))

from fp_factory import build, dyad_items, escalation_items  # noqa: E402
from hook_receiver import Receiver  # noqa: E402


@pytest.fixture()
def spike_db(tmp_path) -> str:
    """Weekly SRB-XKX conflict, one event a week for ten weeks, then six in the week of 2021-03-15
    (the store's last week): one escalation (see fp_factory.escalation_items)."""
    return build(str(tmp_path / "spike.duckdb"), escalation_items() + dyad_items())


@pytest.fixture()
def receiver() -> Iterator[Receiver]:
    with Receiver() as r:
        yield r
