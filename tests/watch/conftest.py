"""Fixtures of the watcher's tests: a local news site (see ``watch_site``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from watch_site import Site


@pytest.fixture()
def site() -> Iterator[Site]:
    s = Site()
    try:
        yield s
    finally:
        s.close()


