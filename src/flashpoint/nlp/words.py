"""Word classes: lemmas that behave alike in a rule, loaded by name from the packaged data file
``data/lexicon/word_classes.yml`` (one copy of each class; see the file's comments).

>>> "say" in word_class("speech")
True
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

from ..datafile import load_yaml
from ..errors import LexiconError

__all__ = ["word_class", "word_classes", "parse_word_classes", "WORD_CLASSES_FILE"]

WORD_CLASSES_FILE = "word_classes.yml"


def parse_word_classes(raw: Any, path: str | None = None) -> dict[str, frozenset[str]]:
    """The classes of a word-class file's mapping; :class:`LexiconError` names the file and the fault."""
    if not isinstance(raw, dict) or not isinstance(raw.get("version"), str) or not isinstance(raw.get("classes"), dict):
        raise LexiconError("a word-class file is a mapping with a string 'version' and 'classes'", path)
    out: dict[str, frozenset[str]] = {}
    for name, words in raw["classes"].items():
        if not isinstance(name, str) or not name.isidentifier():
            raise LexiconError(f"class name {name!r} is not a plain word", path)
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w for w in words):
            raise LexiconError(f"class {name}: a non-empty list of words", path)
        if any(w != w.lower() or w != w.strip() for w in words):
            raise LexiconError(f"class {name}: words are lower-case lemmas", path)
        if len(set(words)) != len(words):
            raise LexiconError(f"class {name}: a word is listed twice", path)
        out[name] = frozenset(words)
    return out


@functools.lru_cache(maxsize=1)
def word_classes() -> dict[str, frozenset[str]]:
    """Every packaged word class by name."""
    path = resources.files("flashpoint") / "data" / "lexicon" / WORD_CLASSES_FILE
    return parse_word_classes(load_yaml(str(path)), str(path))  # (a class named twice is an error)


def word_class(*names: str) -> frozenset[str]:
    """The union of the packaged classes ``names``; :class:`LexiconError` for an unknown name."""
    classes = word_classes()
    unknown = [n for n in names if n not in classes]
    if unknown:
        raise LexiconError(f"no word class {', '.join(unknown)} in {WORD_CLASSES_FILE}")
    return frozenset().union(*(classes[n] for n in names))
