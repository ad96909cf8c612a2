"""Which language a page is in: py3langid (its model ships inside the package; nothing is
downloaded), with what the page and its source declare as the tie-breaker when the text is unsure."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

__all__ = ["Identified", "identify_language", "SURE"]

SURE = 0.5  # below this probability the identifier's guess yields to a declared language
_SAMPLE = 5000  # characters of text the identifier reads (enough to be sure, and fast)


@dataclass(frozen=True, slots=True)
class Identified:
    """``language`` (ISO 639-1), the identifier's ``probability`` for its own guess, and ``how`` it
    was decided: ``identified`` (the text was clear), ``declared`` (unsure: the page or source said)
    or ``guessed`` (unsure, nothing declared: the identifier's best guess)."""

    language: str
    probability: float
    how: str


@functools.cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify_language(text: str, *declared: str | None) -> Identified:
    """The language of ``text``. ``declared``: what the page, the feed entry and the source say, in
    that order of trust (Nones skipped); used only when the identifier is unsure of the text."""
    lang, prob = _identifier().classify(text[:_SAMPLE])
    lang, prob = str(lang), float(prob)
    if prob >= SURE:
        return Identified(lang, prob, "identified")
    for d in declared:
        code = (d or "").strip().lower().replace("_", "-").split("-")[0]
        if len(code) in (2, 3) and code.isalpha():
            return Identified(code, prob, "declared")
    return Identified(lang, prob, "guessed")
