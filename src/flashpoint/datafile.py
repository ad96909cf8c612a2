"""Read YAML data files keeping line numbers, so errors can name the file and line.

``load_yaml`` returns plain dicts and lists, except that every mapping is a :class:`LineDict`
and every sequence a :class:`LineList`: they remember the 1-based line of the container and of
each key or item. A syntax error or a duplicate key raises :class:`LexiconError`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from flashpoint.errors import LexiconError

__all__ = ["LineDict", "LineList", "load_yaml", "line_of"]


class LineDict(dict):
    """A mapping read from YAML: ``line`` is where it starts, ``lines[key]`` where each key is."""

    line: int = 0

    def __init__(self) -> None:
        super().__init__()
        self.lines: dict[Any, int] = {}


class LineList(list):
    """A sequence read from YAML: ``line`` is where it starts, ``lines[i]`` where each item is."""

    line: int = 0

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[int] = []


class _DuplicateKey(Exception):
    def __init__(self, key: Any, line: int) -> None:
        super().__init__(key)
        self.key = key
        self.line = line


_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_Base):
    """A safe loader (LibYAML's when available) whose mappings and sequences carry line numbers."""


def _mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    out = LineDict()
    out.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        try:
            hash(key)
        except TypeError:
            raise _DuplicateKey(key, line) from None
        if key in out:
            raise _DuplicateKey(key, line)
        out[key] = loader.construct_object(value_node, deep=True)
        out.lines[key] = line
    return out


def _sequence(loader: _LineLoader, node: yaml.SequenceNode) -> LineList:
    out = LineList()
    out.line = node.start_mark.line + 1
    for item in node.value:
        out.append(loader.construct_object(item, deep=True))
        out.lines.append(item.start_mark.line + 1)
    return out


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _sequence)


def load_yaml(path: str | Path) -> Any:
    """Parse one YAML file; raise :class:`LexiconError` (with file and line) if it is not valid YAML."""
    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"cannot read the file: {exc}", name) from exc
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except _DuplicateKey as exc:
        raise LexiconError(f"duplicate or invalid key {exc.key!r}", name, exc.line) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise LexiconError(f"invalid YAML: {exc.problem or exc}", name, line) from None
    except yaml.YAMLError as exc:
        raise LexiconError(f"invalid YAML: {exc}", name) from None


def line_of(container: Any, key: Any = None) -> int | None:
    """The line of ``key`` in a LineDict (or index in a LineList), else of the container itself."""
    if isinstance(container, LineDict):
        if key is not None and key in container.lines:
            return container.lines[key]
        return container.line or None
    if isinstance(container, LineList):
        if isinstance(key, int) and 0 <= key < len(container.lines):
            return container.lines[key]
        return container.line or None
    return None
