"""Inputs for distributed coding: expand paths into files, and read one file as a stream of articles.

JSON Lines (``.jsonl``, ``.ndjson``, also gzip/bz2/zstd-compressed) and Parquet files are streamed in
constant memory from a local path or any URI pyarrow understands (``s3://``, ``gs://``, ``hdfs://``),
so a worker reads its own file from shared storage. Every other local file (``.txt``, ``.html``,
``.json``, ``.csv``) and stdin go through :func:`flashpoint.read.read_path` / ``read_inputs`` as in
the local engine. Article ids and failure messages are those of the local readers: a record's ``id``,
else ``<stem>-<line>`` (JSONL) or ``<stem>-<row>`` (Parquet).

Nothing here raises for a bad item: readers yield :class:`ReadFailure` and go on.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any, BinaryIO

from ..read import read_inputs, read_path
from ..read.files import walk_files
from ..read.lines import jsonl_rows
from ..read.parquet import PARQUET_SUFFIXES, Row, numbered, parquet_rows
from ..read.records import record_items
from ..records import Article, ReadFailure

__all__ = ["InputFile", "expand_inputs", "read_input", "Row"]

JSONL_SUFFIXES = (".jsonl", ".ndjson")
COMPRESSED = {".gz": "gzip", ".bz2": "bz2", ".zst": "zstd"}



@dataclass(frozen=True, slots=True)
class InputFile:
    """One unit of reading work: a file (local path or URI), or stdin's bytes (``path`` ``-``)."""

    index: int
    path: str
    kind: str  # "jsonl", "parquet", "file" (any local reader) or "stdin"
    payload: bytes | None = None


def is_uri(path: str) -> bool:
    return "://" in path


def _split_suffix(path: str) -> tuple[str, str, str | None]:
    """(stem, suffix, compression) of a path: ``a/b.jsonl.gz`` → ``("b", ".jsonl", "gzip")``."""
    name = PurePosixPath(path.split("://", 1)[-1]).name
    p = PurePosixPath(name)
    compression = COMPRESSED.get(p.suffix.lower())
    if compression:
        p = PurePosixPath(p.stem)
    return p.stem, p.suffix.lower(), compression


def _kind(path: str) -> str:
    _stem, suffix, _c = _split_suffix(path)
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in PARQUET_SUFFIXES:
        return "parquet"
    return "file"


def _remote_files(uri: str) -> list[str] | ReadFailure:
    """The files under a URI (itself when it is a file), sorted, hidden names skipped."""
    from pyarrow import fs as pafs

    try:
        filesystem, root = pafs.FileSystem.from_uri(uri)
        info = filesystem.get_file_info(root)
        if info.type == pafs.FileType.NotFound:
            return ReadFailure(uri, None, "no such file")
        if info.type != pafs.FileType.Directory:
            return [uri]
        found = filesystem.get_file_info(pafs.FileSelector(root, recursive=True))
    except (OSError, ValueError) as exc:
        return ReadFailure(uri, None, f"cannot read: {exc}")
    scheme = uri.split("://", 1)[0]
    out = []
    for f in found:
        rel = PurePosixPath(f.path).relative_to(root) if f.path.startswith(root) else PurePosixPath(f.path)
        if f.type == pafs.FileType.File and not any(part.startswith(".") for part in rel.parts):
            out.append(f"{scheme}://{f.path}")
    return sorted(out)


def expand_inputs(paths: Iterable[str], stdin: BinaryIO | None = None) -> tuple[list[InputFile], list[ReadFailure]]:
    """Files to read, in the local engine's order (directories walked recursively and sorted), and the
    paths that cannot be listed. ``-`` reads stdin now (on the driver)."""
    files: list[InputFile] = []
    failures: list[ReadFailure] = []

    def add(path: str, kind: str | None = None, payload: bytes | None = None) -> None:
        files.append(InputFile(len(files), path, kind or _kind(path), payload))

    for p in paths:
        if p == "-":
            import sys

            add("-", "stdin", (stdin or sys.stdin.buffer).read())
        elif is_uri(p):
            found = _remote_files(p)
            if isinstance(found, ReadFailure):
                failures.append(found)
            else:
                for f in found:
                    add(f)
        elif os.path.isdir(p):
            for f in walk_files(p):
                add(f)
        else:
            add(p)
    return files, failures


def read_input(item: InputFile, published: str | None = None, text_column: str = "text") -> Iterator[Row]:
    """The articles of one input (with their line, row or ordinal), and its failures and warnings."""
    if item.kind == "jsonl":
        yield from _read_jsonl(item.path, published)
    elif item.kind == "parquet":
        yield from _read_parquet(item.path, published, text_column)
    elif item.kind == "stdin":
        yield from _numbered(read_inputs(["-"], published, text_column, stdin=io.BytesIO(item.payload or b"")))
    elif is_uri(item.path):
        yield ReadFailure(item.path, None, "remote inputs must be JSON Lines or Parquet (.jsonl, .ndjson, .parquet)")
    else:
        yield from _numbered(read_path(item.path, published, text_column))


def _numbered(items: Iterable[Any]) -> Iterator[Row]:
    n = 0
    for it in items:
        if isinstance(it, Article):
            n += 1
            yield n, it
        else:
            yield it


def _open(path: str, compression: str | None) -> BinaryIO:
    """A binary stream of a local file or URI, decompressed; raises OSError/FileNotFoundError."""
    from pyarrow import fs as pafs

    if is_uri(path):
        filesystem, where = pafs.FileSystem.from_uri(path)
    else:
        filesystem, where = pafs.LocalFileSystem(), os.path.abspath(path)
    info = filesystem.get_file_info(where)
    if info.type == pafs.FileType.NotFound:
        raise FileNotFoundError(path)
    stream: BinaryIO = filesystem.open_input_stream(where, compression=compression)
    return stream


def _open_or_fail(path: str, compression: str | None) -> BinaryIO | ReadFailure:
    try:
        return _open(path, compression)
    except FileNotFoundError:
        return ReadFailure(path, None, "no such file")
    except (OSError, ValueError) as exc:
        return ReadFailure(path, None, f"cannot read: {getattr(exc, 'strerror', None) or exc}")


def _read_jsonl(path: str, published: str | None) -> Iterator[Row]:
    stem, _suffix, compression = _split_suffix(path)
    stream = _open_or_fail(path, compression)
    if isinstance(stream, ReadFailure):
        yield stream
        return
    try:
        yield from jsonl_rows(stream, path, stem, published)
    except (OSError, EOFError) as exc:
        yield ReadFailure(path, None, f"cannot read: {exc}")
    finally:
        stream.close()


def _read_parquet(path: str, published: str | None, text_column: str) -> Iterator[Row]:
    """A local Parquet file as the local readers read it; a remote one through pyarrow's filesystems
    (``s3://``, ``gs://``, ``hdfs://``), row by row into the same records."""
    if not is_uri(path):
        yield from parquet_rows(path, published, text_column)
        return
    import pyarrow.parquet as pq
    from pyarrow import fs as pafs

    stem, _suffix, _c = _split_suffix(path)
    stream = _open_or_fail(path, None)
    if isinstance(stream, ReadFailure):
        yield stream
        return
    stream.close()
    row = 0
    try:
        filesystem, where = pafs.FileSystem.from_uri(path)
        pf = pq.ParquetFile(filesystem.open_input_file(where))
        for batch in pf.iter_batches(batch_size=1024):
            for rec in batch.to_pylist():
                row += 1
                yield from numbered(row, record_items(rec, f"{stem}-{row}", f"{path}:{row}", path, row, published,
                                                      text_column))
    except (OSError, ValueError) as exc:  # pyarrow raises ArrowInvalid (a ValueError) for non-Parquet data
        yield ReadFailure(path, None, f"not a readable Parquet file ({exc})")
