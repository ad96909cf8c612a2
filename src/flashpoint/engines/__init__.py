"""Coding engines: the local one and Ray.

The local engine (:mod:`flashpoint.engines.local`, used by ``flashpoint code``, ``ingest`` and
``demo``) codes on the processes of one machine. :mod:`flashpoint.engines.ray_engine` runs the same pipeline on a Ray cluster with Ray Data
(``flashpoint code --engine ray``; needs the ``ray`` extra: ``pip install 'flashpoint[ray]'``) and
writes Parquet shards, one row per event (:mod:`flashpoint.engines.shards` describes the columns).

Nothing here imports Ray at import time: ``import flashpoint.engines`` works without the extra.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..errors import ConfigError

if TYPE_CHECKING:
    from ..coding import OnFailure
    from ..config import Settings
    from ..records import Article, Event

__all__ = ["ENGINES", "code_stream"]

ENGINES = ("local", "ray")


def code_stream(articles: Iterable[Article], settings: Settings, *, engine: str = "local",
                on_failure: OnFailure | None = None, address: str | None = None
                ) -> Iterator[tuple[Article, list[Event]]]:
    """Code ``articles`` on ``engine`` ("local": ``settings.workers`` processes of this machine; "ray":
    Ray tasks on a local instance or the cluster at ``address``); yields ``(article, events)`` in
    input order, and passes each article that cannot be coded (a :class:`~flashpoint.errors.CodingError`
    naming it) to ``on_failure`` (raised without it). Both engines give the same events."""
    if engine == "local":
        from .local import code_stream as local_stream

        return local_stream(articles, settings, on_failure)
    if engine == "ray":
        from .ray_stream import ray_code_stream

        return ray_code_stream(articles, settings, on_failure, address)
    raise ConfigError(f"unknown engine {engine!r} (known: {', '.join(ENGINES)})")
