"""Shared fixtures. The real spaCy pipeline is loaded once per session, only by tests that ask."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def coder():
    from flashpoint.coding import cached_coder
    from flashpoint.config import Settings

    return cached_coder(Settings())


@pytest.fixture(scope="session")
def explain_coder():
    from flashpoint.coding import cached_coder
    from flashpoint.config import Settings

    return cached_coder(Settings(explain=True))


@pytest.fixture(autouse=True)
def _crash_logs_in_tmp(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tracebacks of aborted CLI runs go to a temporary folder, not the user's cache."""
    monkeypatch.setenv("FLASHPOINT_LOG_DIR", str(tmp_path_factory.getbasetemp() / "crash-logs"))
