"""Readers: turn paths (files, directories, ``-`` for stdin) into a stream of articles.

``read_inputs`` never raises for a bad item: it yields a :class:`ReadFailure` for it (naming the
file and line) and goes on, so one broken file or line loses nothing else. Text that had to be
decoded with a detected charset also yields a :class:`ReadWarning`.

Supported inputs: ``.txt`` (and any other text file), ``.html``/``.htm`` (main text extracted with
trafilatura), ``.jsonl`` (one record a line), ``.json`` (one record or a list of records), ``.csv``
(a text column), ``.parquet``/``.pq`` (a row per record, read by DuckDB: :mod:`.parquet`), directories
(recursive, sorted, hidden files skipped) and ``-`` (stdin: JSON Lines
when most of its first non-empty lines are JSON objects, the others then reported as bad lines;
plain text otherwise).

JSON Lines and CSV files are streamed (:mod:`.lines`): however large the file, only the current
line is in memory. So is stdin once it is longer than 8 MiB and its lines so far are JSON objects.
Other files are read whole: each is one article (a ``.json`` file one document).
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..records import Article, ReadFailure
from .decode import decode_bytes
from .html import extract_page
from .lines import ReadWarning, jsonl_rows, parse_jsonl_line, reported_lines, text_lines
from .normalise import normalise_text
from .parquet import PARQUET_SUFFIXES, parquet_rows
from .records import record_items

__all__ = ["read_inputs", "read_path", "parse_jsonl_line", "walk_files", "ReadWarning", "ReadItem", "SUFFIXES"]

STDIN_SNIFF = 8 << 20  # stdin up to this size is judged whole (JSON Lines or text); longer JSON Lines stream

SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".jsonl", ".ndjson", ".json", ".csv", *PARQUET_SUFFIXES}


ReadItem = Article | ReadFailure | ReadWarning


def read_inputs(
    paths: Iterable[str],
    published: str | None = None,
    text_column: str = "text",
    stdin: BinaryIO | None = None,
) -> Iterator[ReadItem]:
    """Yield articles (and failures and warnings) from every path in order.

    ``published`` (YYYY-MM-DD) is the date given to plain text and to records that carry none.
    """
    for p in paths:
        if p == "-":
            yield from _read_stdin(stdin or sys.stdin.buffer, published)
        elif os.path.isdir(p):
            for f in walk_files(p):
                if _regular(f):
                    yield from read_path(f, published, text_column)
                else:  # a FIFO would block the run for ever; a socket or device is no article
                    yield ReadWarning(f, None, "not a regular file (a pipe, socket or device): skipped")
        else:
            yield from read_path(p, published, text_column)


def _regular(path: str) -> bool:
    """A regular file (or a link to one) — what a folder's articles are; named pipes and devices are not."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return True  # let the reader report why it cannot be read


def walk_files(root: str) -> Iterator[str]:
    """The files below ``root`` in reading order: sorted, hidden files and folders skipped."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for f in sorted(filenames):
            if not f.startswith("."):
                yield os.path.join(dirpath, f)


def read_path(path: str, published: str | None = None, text_column: str = "text") -> Iterator[ReadItem]:
    """Yield the articles of one file (see module docstring for formats)."""
    suffix = Path(path).suffix.lower()
    if suffix in PARQUET_SUFFIXES:
        yield from (it[1] if isinstance(it, tuple) else it for it in parquet_rows(path, published, text_column))
        return
    try:
        with open(path, "rb") as fh:
            if suffix in (".jsonl", ".ndjson"):
                yield from _read_jsonl_stream(fh, path, Path(path).stem, published)
                return
            if suffix == ".csv":
                yield from _read_csv_stream(fh, path, Path(path).stem, published, text_column)
                return
            data = fh.read()
    except FileNotFoundError:
        yield ReadFailure(path, None, "no such file")
        return
    except OSError as exc:
        yield ReadFailure(path, None, f"cannot read: {exc.strerror or exc}")
        return
    yield from _read_bytes(data, path, Path(path).stem, suffix, published, text_column)


def _read_jsonl_stream(stream: BinaryIO, path: str, stem: str, published: str | None) -> Iterator[ReadItem]:
    for row in jsonl_rows(stream, path, stem, published):
        yield row[1] if isinstance(row, tuple) else row


def _decode(data: bytes, path: str) -> tuple[str | None, list[ReadItem]]:
    if not data.strip():
        return None, [ReadFailure(path, None, "empty file")]
    dec = decode_bytes(data)
    if dec is None:
        return None, [ReadFailure(path, None, "binary file, not text (skipped)")]
    notes: list[ReadItem] = []
    if dec.guessed:
        notes.append(ReadWarning(path, None, f"not UTF-8; decoded as {dec.encoding}"))
    return dec.text, notes


def _read_bytes(
    data: bytes, path: str, stem: str, suffix: str, published: str | None, text_column: str
) -> Iterator[ReadItem]:
    text, notes = _decode(data, path)
    yield from notes
    if text is None:
        return
    if suffix == ".json":
        yield from _read_json(text, path, stem, published)
    elif suffix in (".html", ".htm"):
        yield from _read_html(text, path, stem, published)
    else:
        yield from _read_text(text, path, stem, published)


def _read_text(text: str, path: str, stem: str, published: str | None) -> Iterator[ReadItem]:
    norm = normalise_text(text)
    if not norm.strip():
        yield ReadFailure(path, None, "empty file")
        return
    yield Article(id=stem, text=norm, published=published, origin=path)


def _read_json(text: str, path: str, stem: str, published: str | None) -> Iterator[ReadItem]:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        yield ReadFailure(path, exc.lineno, f"broken JSON ({exc.msg})")
        return
    recs = doc if isinstance(doc, list) else [doc]
    for i, rec in enumerate(recs):
        default_id = stem if len(recs) == 1 else f"{stem}-{i + 1}"
        yield from record_items(rec, default_id, f"{path}[{i}]", path, None, published, label=f"record {i + 1}: ")


def _read_csv_stream(stream: BinaryIO, path: str, stem: str, published: str | None,
                     text_column: str) -> Iterator[ReadItem]:
    lines = text_lines(stream, keepends=True)
    if isinstance(lines, str):
        yield ReadFailure(path, None, lines)
        return
    notes: list[ReadItem] = []
    seen_text = False

    def texts() -> Iterator[str]:
        nonlocal seen_text
        for line in reported_lines(lines, path):
            if isinstance(line, ReadFailure | ReadWarning):
                notes.append(line)
                if isinstance(line, ReadFailure):
                    yield "\n"  # in place of the line that is not text: the reader's line numbers stay the file's
            elif line.text is not None:
                seen_text = seen_text or bool(line.text.strip())
                yield line.text

    reader = csv.DictReader(texts())
    try:
        fields = reader.fieldnames
    except csv.Error as exc:
        yield ReadFailure(path, 1, f"broken CSV header ({exc})")
        return
    yield from notes
    notes.clear()
    if not seen_text:
        yield ReadFailure(path, None, "empty file")
        return
    if not fields or text_column not in fields:
        yield ReadFailure(path, 1, f"no '{text_column}' column (columns: {', '.join(fields or [])})")
        return
    row_no = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield from notes
            notes.clear()
            yield ReadFailure(path, reader.line_num, f"broken CSV row ({exc})")
            continue
        yield from notes
        notes.clear()
        row_no += 1
        yield from record_items(row, f"{stem}-{row_no}", f"{path}:{reader.line_num}", path, reader.line_num,
                                published, text_column)
    yield from notes


def _read_html(text: str, path: str, stem: str, published: str | None) -> Iterator[ReadItem]:
    page = extract_page(text)
    if page is None:
        yield ReadFailure(path, None, "no main text found in the HTML page")
        return
    yield Article(id=stem, text=page.text, published=page.date or published, title=page.title, url=page.url,
                  origin=path)


class _Joined(io.RawIOBase):
    """``head`` (bytes already read) followed by the rest of ``stream``."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head, self._stream = head, stream

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if self._head:
            out, self._head = (self._head, b"") if size < 0 or size >= len(self._head) else \
                (self._head[:size], self._head[size:])
            return out
        return self._stream.read(size)


JSONL_SNIFF_LINES = 200  # stdin is JSON Lines when most of its first lines are JSON objects


def _is_object(line: bytes | str) -> bool:
    text = line.decode("utf-8", "replace") if isinstance(line, bytes) else line
    text = text.strip()
    if not text.startswith("{"):
        return False
    try:
        return isinstance(json.loads(text), dict)
    except ValueError:
        return False


def _looks_like_jsonl(lines: Iterable[bytes | str]) -> bool:
    """Most of the first :data:`JSONL_SNIFF_LINES` non-empty lines are JSON objects. A stray
    ``null`` or log line in piped JSON Lines is then a bad line (named by the reader), not a reason
    to read the whole input as one plain-text article."""
    sample = [ln for ln in itertools.islice((ln for ln in lines if ln.strip()), JSONL_SNIFF_LINES)]
    return bool(sample) and 2 * sum(_is_object(ln) for ln in sample) > len(sample)


def _read_stdin(stream: BinaryIO, published: str | None) -> Iterator[ReadItem]:
    head = stream.read(STDIN_SNIFF)
    if len(head) == STDIN_SNIFF:
        # long: JSON Lines stream (mostly objects so far); anything else is one text
        complete = head[:head.rfind(b"\n")].splitlines()
        if _looks_like_jsonl(complete):
            yield from _read_jsonl_stream(_Joined(head, stream), "<stdin>", "stdin", published)  # type: ignore[arg-type]
            return
        head += stream.read()
    text, notes = _decode(head, "<stdin>")
    if text is not None and _looks_like_jsonl(text.splitlines()):
        yield from _read_jsonl_stream(io.BytesIO(head), "<stdin>", "stdin", published)  # warns line by line
        return
    yield from notes
    if text is not None:
        yield from _read_text(text, "<stdin>", "stdin", published)
