"""What CAMEO codes mean to the extractor's rules, loaded by name from the packaged data file
``data/lexicon/roots.yml`` (one copy of each set; see the file's comments).

>>> in_set("195", "violence")
True
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import Any

from ..datafile import load_yaml
from ..errors import LexiconError

__all__ = ["ROOTS_FILE", "parse_root_sets", "root_sets", "root_set", "in_set", "INTENT_ROOTS", "MATERIAL_CONFLICT",
           "VIOLENCE", "FUTURE_NOT_EVENT", "CRITICISM", "NOT_ASSERTED_UNDER", "MUTUAL", "mutual"]

ROOTS_FILE = "roots.yml"
_PREFIX = re.compile(r"\d{2,4}")


def parse_root_sets(raw: Any, path: str | None = None) -> dict[str, tuple[str, ...]]:
    """The sets of a roots file's mapping; :class:`LexiconError` names the file and the fault."""
    if not isinstance(raw, dict) or not isinstance(raw.get("version"), str) or not isinstance(raw.get("sets"), dict):
        raise LexiconError("a roots file is a mapping with a string 'version' and 'sets'", path)
    out: dict[str, tuple[str, ...]] = {}
    for name, codes in raw["sets"].items():
        if not isinstance(name, str) or not name.isidentifier():
            raise LexiconError(f"set name {name!r} is not a plain word", path)
        if not isinstance(codes, list) or not codes or not all(isinstance(c, str) and _PREFIX.fullmatch(c) for c in codes):
            raise LexiconError(f"set {name}: a non-empty list of CAMEO code prefixes (two to four digits, quoted)", path)
        if len(set(codes)) != len(codes):
            raise LexiconError(f"set {name}: a code is listed twice", path)
        out[name] = tuple(codes)
    return out


@functools.lru_cache(maxsize=1)
def root_sets() -> dict[str, tuple[str, ...]]:
    """Every packaged set by name."""
    path = resources.files("flashpoint") / "data" / "lexicon" / ROOTS_FILE
    return parse_root_sets(load_yaml(str(path)), str(path))  # (a set named twice is an error)


def root_set(name: str) -> tuple[str, ...]:
    """The code prefixes of the packaged set ``name``; :class:`LexiconError` for an unknown name."""
    sets = root_sets()
    if name not in sets:
        raise LexiconError(f"no set {name} in {ROOTS_FILE}")
    return sets[name]


def in_set(code: str, name: str) -> bool:
    """``code`` (a CAMEO code or root) is in the set ``name``."""
    return code.startswith(root_set(name))


def _roots(name: str) -> frozenset[str]:
    """A set of two-digit roots, for the rules that compare a code's root."""
    codes = root_set(name)
    if any(len(c) != 2 for c in codes):
        raise LexiconError(f"set {name} in {ROOTS_FILE} is read as roots: two-digit codes only")
    return frozenset(codes)


INTENT_ROOTS = _roots("intent")
NOT_ASSERTED_UNDER = _roots("not_asserted_under")
MATERIAL_CONFLICT = _roots("material_conflict")
VIOLENCE = _roots("violence")
FUTURE_NOT_EVENT = _roots("future_not_event")
CRITICISM = _roots("criticism")
MUTUAL = root_set("mutual")
THIRD_PARTY = root_set("third_party")
TERRITORY_TAKEN = root_set("territory_taken")


def mutual(code: str) -> bool:
    """``code`` is an action two parties do together (not one a third does between them)."""
    return code.startswith(MUTUAL) and not code.startswith(THIRD_PARTY)
