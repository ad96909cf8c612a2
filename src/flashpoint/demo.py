"""The bundled demo corpus: team-written reports on the Serbia–Kosovo tensions, 2018–2023."""

from __future__ import annotations

from importlib import resources

__all__ = ["demo_corpus_path"]


def demo_corpus_path() -> str:
    return str(resources.files("flashpoint") / "data" / "demo" / "serbia_kosovo.jsonl")
