"""The user's TOML files (the watch's sources, alert rules): read, parsed and checked one way.

Each function takes the error class of the file it reads (:class:`~flashpoint.errors.SourcesError`,
:class:`~flashpoint.errors.AlertsError`: both carry ``path`` and ``line``), so a fault names the file
and, where the text shows it, the line of the table at fault.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable
from typing import Any, TypeVar
from urllib.parse import urlsplit

from .errors import _Located

__all__ = ["read_text", "parse", "array_tables", "key_line", "check_keys", "http_address"]

E = TypeVar("E", bound=_Located)
_TOML_LINE = re.compile(r"\s*\(?at line (\d+)(, column \d+)?\)?")


def read_text(path: str, error: type[E]) -> str:
    """The UTF-8 text of the file at ``path``."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        raise error("no such file", path) from None
    except OSError as exc:
        raise error(f"cannot read: {exc.strerror or exc}", path) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise error(f"not UTF-8 text (byte {exc.start})", path) from None


def parse(text: str, path: str, error: type[E]) -> dict[str, Any]:
    """The TOML document ``text``; a syntax error names its line."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)  # Python 3.14 names it; before, only the message does
        m = _TOML_LINE.search(str(exc))
        if not isinstance(line, int):
            line = int(m.group(1)) if m else None
        detail = _TOML_LINE.sub("", str(exc)).strip()
        raise error(f"not valid TOML: {detail}", path, line) from None


def key_line(text: str, key: str) -> int | None:
    """The first line that sets ``key`` or opens a table of that name."""
    pat = re.compile(rf"^\s*(\[+\s*)?{re.escape(key)}\b")
    return next((n for n, ln in enumerate(text.splitlines(), 1) if pat.match(ln)), None)


def array_tables(doc: dict[str, Any], name: str, text: str, path: str,
                 error: type[E]) -> list[tuple[dict[str, Any], int | None]]:
    """The ``[[name]]`` tables of ``doc`` with the line each starts on (None for all when the file
    writes them another way, as an inline array)."""
    tables = doc.get(name, [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise error(f"'{name}' must be a list of tables ([[{name}]])", path, key_line(text, name))
    pat = re.compile(rf"^\s*\[\[\s*{re.escape(name)}\s*\]\]")
    lines = [n for n, ln in enumerate(text.splitlines(), 1) if pat.match(ln)]
    if len(lines) != len(tables):
        return [(t, None) for t in tables]
    return list(zip(tables, lines, strict=True))


def check_keys(table: dict[str, Any], known: Iterable[str], bad: Callable[[str], Exception]) -> None:
    """Refuse a key the table may not have (a typo would otherwise be silently ignored)."""
    known = set(known)
    unknown = sorted(set(table) - known)
    if unknown:
        raise bad(f"unknown key(s) {', '.join(map(repr, unknown))} (known: {', '.join(sorted(known))})")


def http_address(value: Any, bad: Callable[[str], Exception]) -> tuple[str, str]:
    """``(url, host)`` of the table's ``url``: an http:// or https:// address."""
    if not isinstance(value, str) or not value.strip():
        raise bad("'url' is missing" if value is None else "'url' must be a non-empty string")
    url = value.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise bad(f"'url' must be an http:// or https:// address, not {value!r}")
    return url, parts.hostname
