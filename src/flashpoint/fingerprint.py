"""What produced a coding: the coder's fingerprint.

Two runs code an article the same way only when everything that shapes the events is the same:
flashpoint's version, the spaCy model and its version, the packaged data (lexicons, who's who,
ontology, confidence model, gazetteer supplement), the user's extra lexicon and actor files, and
the coding options that change what is emitted. :func:`coding_fingerprint` hashes all of these
(file *contents*, not names or dates) into a short key, cheaply and without loading the model, so
the store can tell which stored articles were coded differently and re-code them
(:mod:`flashpoint.store.ingest`).
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field
from importlib import metadata, resources
from pathlib import Path

from ._version import __version__
from .config import Settings

__all__ = ["Fingerprint", "coding_fingerprint", "DATA_FOLDERS"]

#: the packaged data folders whose files shape the coding
DATA_FOLDERS = ("lexicon", "actors", "ontology", "confidence", "places")


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """``key``: a short hash of ``parts`` (what produced the coding, each part readable)."""

    key: str
    parts: dict[str, str] = field(hash=False, compare=False)


def _digest(chunks: list[bytes]) -> str:
    h = hashlib.sha1()
    for c in chunks:
        h.update(len(c).to_bytes(8, "big"))
        h.update(c)
    return h.hexdigest()[:12]


@functools.lru_cache(maxsize=1)
def _packaged_data() -> str:
    root = resources.files("flashpoint") / "data"
    chunks: list[bytes] = []
    for folder in DATA_FOLDERS:
        for path in sorted(Path(str(root / folder)).rglob("*")):
            if path.is_file() and path.suffix in (".yml", ".yaml", ".json", ".tsv", ".csv"):
                chunks += [str(path.relative_to(Path(str(root)))).encode(), path.read_bytes()]
    return _digest(chunks)


def _files(paths: tuple[str, ...]) -> str:
    chunks: list[bytes] = []
    for p in paths:
        try:
            chunks.append(Path(p).read_bytes())
        except OSError:  # a missing file is an error the coder reports when it loads; here, a part
            chunks.append(f"<unreadable {p}>".encode())
    return _digest(chunks) if chunks else "-"


def _model_version(model: str) -> str:
    try:
        return metadata.version(model)
    except metadata.PackageNotFoundError:
        try:
            return metadata.version(model.replace("_", "-"))
        except metadata.PackageNotFoundError:
            return "?"


def coding_fingerprint(settings: Settings) -> Fingerprint:
    """The fingerprint of coding with ``settings`` (see the module docstring)."""
    parts = {
        "flashpoint": __version__,
        "model": f"{settings.model} {_model_version(settings.model)}",
        "data": _packaged_data(),
        "lexicons": _files(settings.lexicons),
        "actors": _files((settings.actors,) if settings.actors else ()),
        "options": (f"keep_negated={settings.keep_negated} min_confidence={settings.min_confidence} "
                    f"segment_chars={settings.segment_chars} max_chars={settings.max_chars}"),
    }
    key = _digest([f"{k}={v}".encode() for k, v in sorted(parts.items())])
    return Fingerprint(key, parts)
