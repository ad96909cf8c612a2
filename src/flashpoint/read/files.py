"""Readers: turn paths (files, directories, ``-`` for stdin) into a stream of articles.

``read_inputs`` never raises for a bad item: it yields a :class:`ReadFailure` for it (naming the
file and line) and goes on, so one broken file or line loses nothing else. Text that had to be
decoded with a detected charset also yields a :class:`ReadWarning`.

Supported inputs: ``.txt`` (and any other text file), ``.html``/``.htm`` (main text extracted with
trafilatura), ``.jsonl`` (one record a line), ``.json`` (one record or a list of records), ``.csv``
(a text column), directories (recursive, sorted, hidden files skipped) and ``-`` (stdin: JSON Lines
when every non-empty line is a JSON object, plain text otherwise).
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..records import Article, ReadFailure
from .decode import decode_bytes
from .normalise import normalise_text
from .records import RecordProblem, article_from_record

__all__ = ["read_inputs", "read_path", "parse_jsonl_line", "walk_files", "ReadWarning", "ReadItem", "SUFFIXES"]

SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".jsonl", ".ndjson", ".json", ".csv"}


@dataclass(frozen=True, slots=True)
class ReadWarning:
    """Something worth telling the user that did not stop an item from being read."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


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
            data = (stdin or sys.stdin.buffer).read()
            yield from _read_stdin(data, published, text_column)
        elif os.path.isdir(p):
            for f in walk_files(p):
                yield from read_path(f, published, text_column)
        else:
            yield from read_path(p, published, text_column)


def walk_files(root: str) -> Iterator[str]:
    """The files below ``root`` in reading order: sorted, hidden files and folders skipped."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for f in sorted(filenames):
            if not f.startswith("."):
                yield os.path.join(dirpath, f)


def read_path(path: str, published: str | None = None, text_column: str = "text") -> Iterator[ReadItem]:
    """Yield the articles of one file (see module docstring for formats)."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        yield ReadFailure(path, None, "no such file")
        return
    except OSError as exc:
        yield ReadFailure(path, None, f"cannot read: {exc.strerror or exc}")
        return
    suffix = Path(path).suffix.lower()
    yield from _read_bytes(data, path, Path(path).stem, suffix, published, text_column)


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
    if suffix in (".jsonl", ".ndjson"):
        yield from _read_jsonl(text, path, stem, published)
    elif suffix == ".json":
        yield from _read_json(text, path, stem, published)
    elif suffix == ".csv":
        yield from _read_csv(text, path, stem, published, text_column)
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


def parse_jsonl_line(line: str, path: str, lineno: int, stem: str, published: str | None) -> Article | ReadFailure:
    """One JSON Lines record as an article, or the failure that names its file and line."""
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        return ReadFailure(path, lineno, f"broken JSON line ({exc.msg} at column {exc.colno})")
    try:
        return article_from_record(rec, f"{stem}-{lineno}", f"{path}:{lineno}", published)
    except RecordProblem as exc:
        return ReadFailure(path, lineno, str(exc))


def _read_jsonl(text: str, path: str, stem: str, published: str | None) -> Iterator[ReadItem]:
    for lineno, line in enumerate(io.StringIO(text), start=1):
        if line.strip():
            yield parse_jsonl_line(line, path, lineno, stem, published)


def _read_json(text: str, path: str, stem: str, published: str | None) -> Iterator[ReadItem]:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        yield ReadFailure(path, exc.lineno, f"broken JSON ({exc.msg})")
        return
    recs = doc if isinstance(doc, list) else [doc]
    for i, rec in enumerate(recs):
        default_id = stem if len(recs) == 1 else f"{stem}-{i + 1}"
        try:
            yield article_from_record(rec, default_id, f"{path}[{i}]", published)
        except RecordProblem as exc:
            yield ReadFailure(path, None, f"record {i + 1}: {exc}")


def _read_csv(text: str, path: str, stem: str, published: str | None, text_column: str) -> Iterator[ReadItem]:
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or text_column not in reader.fieldnames:
        yield ReadFailure(path, 1, f"no '{text_column}' column (columns: {', '.join(reader.fieldnames or [])})")
        return
    row_no = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield ReadFailure(path, reader.line_num, f"broken CSV row ({exc})")
            continue
        row_no += 1
        try:
            yield article_from_record(row, f"{stem}-{row_no}", f"{path}:{reader.line_num}", published, text_column)
        except RecordProblem as exc:
            yield ReadFailure(path, reader.line_num, str(exc))


def _read_html(text: str, path: str, stem: str, published: str | None) -> Iterator[ReadItem]:
    import trafilatura

    doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, include_tables=False)
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        yield ReadFailure(path, None, "no main text found in the HTML page")
        return
    title = getattr(doc, "title", None)
    date = getattr(doc, "date", None)
    pub = published
    if date:
        try:
            from .records import parse_published

            pub = parse_published(date) or published
        except RecordProblem:
            pub = published
    yield Article(
        id=stem, text=normalise_text(body), published=pub, title=title, url=getattr(doc, "url", None), origin=path
    )


def _read_stdin(data: bytes, published: str | None, text_column: str) -> Iterator[ReadItem]:
    text, notes = _decode(data, "<stdin>")
    yield from notes
    if text is None:
        return
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if lines and all(ln.lstrip().startswith("{") for ln in lines):
        yield from _read_jsonl(text, "<stdin>", "stdin", published)
    else:
        yield from _read_text(text, "<stdin>", "stdin", published)
