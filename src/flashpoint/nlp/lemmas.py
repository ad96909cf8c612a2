"""Lemma corrections: forms the small English model lemmatises wrongly ("staged" → "stag"), loaded
by name from the packaged data file ``data/lexicon/lemmas.yml`` and set on the parse by an
``attribute_ruler`` before spaCy's lemmatiser runs (see the file's comments)."""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

from spacy.language import Language

from ..datafile import load_yaml
from ..errors import LexiconError

__all__ = ["LEMMAS_FILE", "lemma_fixes", "parse_lemma_fixes", "correct_lemmas"]

LEMMAS_FILE = "lemmas.yml"


def parse_lemma_fixes(raw: Any, path: str | None = None) -> dict[str, str]:
    """Form → lemma of a lemma file's mapping; :class:`LexiconError` names the file and the fault."""
    if not isinstance(raw, dict) or not isinstance(raw.get("version"), str) or not isinstance(raw.get("lemmas"), dict):
        raise LexiconError("a lemma file is a mapping with a string 'version' and 'lemmas'", path)
    out: dict[str, str] = {}
    for form, lemma in raw["lemmas"].items():
        if not isinstance(form, str) or not isinstance(lemma, str) or not form or not lemma:
            raise LexiconError(f"lemma of {form!r}: a form and a lemma, both words", path)
        if form != form.lower().strip() or lemma != lemma.lower().strip() or " " in form:
            raise LexiconError(f"lemma of {form!r}: lower-case single words", path)
        out[form] = lemma
    return out


@functools.lru_cache(maxsize=1)
def lemma_fixes() -> dict[str, str]:
    """The packaged corrections, form → lemma."""
    path = resources.files("flashpoint") / "data" / "lexicon" / LEMMAS_FILE
    return parse_lemma_fixes(load_yaml(str(path)), str(path))


def correct_lemmas(nlp: Language) -> None:
    """Have ``nlp`` give the packaged forms their lemmas: patterns on its ``attribute_ruler``, which
    runs before the lemmatiser (a pipeline without one gets one just before its lemmatiser)."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
    else:
        ruler = nlp.add_pipe("attribute_ruler", name="attribute_ruler", before="lemmatizer")
    for form, lemma in lemma_fixes().items():
        ruler.add(patterns=[[{"LOWER": form}]], attrs={"LEMMA": lemma})  # type: ignore[attr-defined]
