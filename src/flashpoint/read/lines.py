"""Reading line-oriented inputs (JSON Lines, CSV) as a stream, in constant memory.

A 10 GB JSON Lines file never sits in memory: :func:`text_lines` reads a binary stream in chunks of
1 MiB, splits it at ``\\n`` and decodes each line on its own (UTF-8, else the charset detected for
the first line that is not UTF-8, else a charset detected for that line), so one badly encoded line
costs that line only. :func:`jsonl_rows` turns the lines into articles, numbered by line. The local
readers (:mod:`.files`) and the cluster engine's (``flashpoint.engines.inputs``, which opens files
and URIs with pyarrow) share both.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from ..records import Article, ReadFailure, ReadWarning
from .decode import decode_bytes, looks_binary, try_decode
from .records import RecordProblem, article_from_record

__all__ = ["CHUNK", "DecodedLine", "ReadWarning", "text_lines", "reported_lines", "jsonl_rows", "parse_jsonl_line",
           "JsonlRow"]

CHUNK = 1 << 20
_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True, slots=True)
class DecodedLine:
    """One line of a stream: its number (1-based), its text (None: not text in any known charset) and
    the charset it was decoded with when that was not UTF-8."""

    lineno: int
    text: str | None
    charset: str | None = None


class _Decoder:
    """UTF-8 first; otherwise the charset detected for the first line that needed one, if it fits."""

    def __init__(self) -> None:
        self.fallback: str | None = None

    def decode(self, raw: bytes) -> tuple[str | None, str | None]:
        for encoding in ("utf-8", self.fallback):
            text = try_decode(raw, encoding) if encoding else None
            if text is not None:
                return text, (None if encoding == "utf-8" else encoding)
        dec = decode_bytes(raw)
        if dec is None:
            return None, None
        self.fallback = self.fallback or dec.encoding
        return dec.text, dec.encoding


def _raw_lines(stream: BinaryIO, head: bytes, keepends: bool) -> Iterator[bytes]:
    """The lines of ``head`` followed by the rest of ``stream``, split at ``\\n``."""
    rest = b""
    chunk = head
    while chunk:
        parts = (rest + chunk).split(b"\n")
        rest = parts.pop()
        if keepends:
            yield from (p + b"\n" for p in parts)
        else:
            yield from parts
        chunk = stream.read(CHUNK)
    if rest:
        yield rest


def text_lines(stream: BinaryIO, keepends: bool = False) -> Iterator[DecodedLine] | str:
    """The decoded lines of ``stream`` (a UTF-8 byte-order mark dropped, the line break kept when
    ``keepends``), or the problem that rules the whole stream out: ``"binary file, not text (skipped)"``."""
    head = stream.read(8192)
    if head.startswith(_BOM):
        head = head[len(_BOM):]
    if looks_binary(head):
        return "binary file, not text (skipped)"
    return _decoded(stream, head, keepends)


def _decoded(stream: BinaryIO, head: bytes, keepends: bool) -> Iterator[DecodedLine]:
    decoder = _Decoder()
    for lineno, raw in enumerate(_raw_lines(stream, head, keepends), start=1):
        text, charset = decoder.decode(raw)
        yield DecodedLine(lineno, text, charset)


def reported_lines(lines: Iterator[DecodedLine], path: str) -> Iterator[DecodedLine | ReadFailure | ReadWarning]:
    """``lines`` with a failure in place of each line that is not text, and a warning before the first
    line that was not UTF-8: what both line readers tell the user about decoding."""
    warned = False
    for line in lines:
        if line.text is None:
            yield ReadFailure(path, line.lineno, "line is not text in any known charset")
            continue
        if line.charset and not warned:
            warned = True
            yield ReadWarning(path, line.lineno, f"not UTF-8; decoded as {line.charset}")
        yield line


JsonlRow = tuple[int, Article] | ReadFailure | ReadWarning


def parse_jsonl_line(line: str, path: str, lineno: int, stem: str, published: str | None,
                     notes: list[str] | None = None) -> Article | ReadFailure:
    """One JSON Lines record as an article, or the failure that names its file and line (with
    ``notes``, a bad date keeps the article and is noted there: see ``article_from_record``)."""
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        return ReadFailure(path, lineno, f"broken JSON line ({exc.msg} at column {exc.colno})")
    try:
        return article_from_record(rec, f"{stem}-{lineno}", f"{path}:{lineno}", published, notes=notes)
    except RecordProblem as exc:
        return ReadFailure(path, lineno, str(exc))


def jsonl_rows(stream: BinaryIO, path: str, stem: str, published: str | None) -> Iterator[JsonlRow]:
    """The articles of a JSON Lines stream with their line numbers, failures naming the file and line,
    and one warning at the first line that was not UTF-8."""
    lines = text_lines(stream)
    if isinstance(lines, str):
        yield ReadFailure(path, None, lines)
        return
    seen_text = False
    for line in reported_lines(lines, path):
        if not isinstance(line, DecodedLine):
            seen_text = True
            yield line
            continue
        if line.text is None or not line.text.strip():
            continue
        seen_text = True
        notes: list[str] = []
        item = parse_jsonl_line(line.text, path, line.lineno, stem, published, notes)
        yield from (ReadWarning(path, line.lineno, n) for n in notes)
        yield item if isinstance(item, ReadFailure) else (line.lineno, item)
    if not seen_text:
        yield ReadFailure(path, None, "empty file")

