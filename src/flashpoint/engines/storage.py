"""Local paths and storage URIs (``s3://``, ``gs://`` ...) through one pyarrow file system interface."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from ..errors import ConfigError
from .inputs import InputFile, is_uri

__all__ = ["filesystem_of", "parquet_files", "prepare_out_dir", "input_bytes", "write_empty_shard"]


def filesystem_of(path: str) -> tuple[Any, str]:
    """(pyarrow file system, path within it) for a local path or a URI."""
    from pyarrow import fs as pafs

    if is_uri(path):
        filesystem, where = pafs.FileSystem.from_uri(path)
        return filesystem, str(where)
    return pafs.LocalFileSystem(), os.path.abspath(path)


def parquet_files(folder: str) -> list[str]:
    """The ``*.parquet`` files directly in ``folder`` (local path or URI), sorted; [] when it is missing."""
    from pyarrow import fs as pafs

    try:
        filesystem, root = filesystem_of(folder)
        found = filesystem.get_file_info(pafs.FileSelector(root, allow_not_found=True))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot list the output folder {folder}: {exc}") from exc
    prefix = folder.split("://", 1)[0] + "://" if is_uri(folder) else ""
    return sorted(prefix + f.path for f in found if f.type == pafs.FileType.File and f.path.endswith(".parquet"))


def prepare_out_dir(folder: str, overwrite: bool) -> None:
    """Make sure ``folder`` can take new shards: created if missing; existing ``*.parquet`` files are
    an error (their events would be mixed with the new ones) unless ``overwrite`` (then deleted)."""
    if not is_uri(folder) and os.path.exists(folder) and not os.path.isdir(folder):
        raise ConfigError(f"{folder} exists and is not a folder")
    existing = parquet_files(folder)
    if existing and not overwrite:
        raise ConfigError(f"{folder} already holds {len(existing)} Parquet file(s); choose an empty folder")
    for f in existing:
        filesystem, where = filesystem_of(f)
        filesystem.delete_file(where)
    if not is_uri(folder):
        os.makedirs(folder, exist_ok=True)


def input_bytes(files: Iterable[InputFile]) -> int:
    """The total size of the inputs in bytes (what cannot be sized counts 0)."""
    total = 0
    for f in files:
        if f.payload is not None:
            total += len(f.payload)
            continue
        try:
            filesystem, where = filesystem_of(f.path)
            total += max(0, filesystem.get_file_info(where).size or 0)
        except (OSError, ValueError):
            continue
    return total


def write_empty_shard(folder: str, name: str = "events-empty.parquet") -> str:
    """Write a shard with the event schema and no rows into ``folder``; its path."""
    import pyarrow.parquet as pq

    from .shards import event_table

    path = folder.rstrip("/") + "/" + name if is_uri(folder) else os.path.join(folder, name)
    filesystem, where = filesystem_of(path)
    with filesystem.open_output_stream(where) as fh:
        pq.write_table(event_table([]), fh)
    return path
