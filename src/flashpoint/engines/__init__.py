"""Coding engines: the local one and Ray.

The local engine (:mod:`flashpoint.engines.local`, used by ``flashpoint code``, ``ingest`` and
``demo``) codes on the processes of one machine. :mod:`flashpoint.engines.ray_engine` runs the same pipeline on a Ray cluster with Ray Data
(``flashpoint code --engine ray``; needs the ``ray`` extra: ``pip install 'flashpoint[ray]'``) and
writes Parquet shards, one row per event (:mod:`flashpoint.engines.shards` describes the columns).

Nothing here imports Ray at import time: ``import flashpoint.engines`` works without the extra.
"""

from __future__ import annotations

__all__ = ["ENGINES"]

ENGINES = ("local", "ray")
