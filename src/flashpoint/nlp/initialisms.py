"""The ``flashpoint_initialisms`` component: an all-caps initialism spelt like an English word is
read as the name it stands for ("IS fighters", "struck IS positions": the Islamic State, not the
verb "is"), from the packaged data file ``data/lexicon/initialisms.yml`` (see its comments).

Placed first, before the model's shared token vectors, it gives such a token the normal form of
a name, so that the tagger and parser read a name; in a line of capitals ("WHAT IS HAPPENING")
the word stays a word.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..datafile import load_yaml
from ..errors import LexiconError

__all__ = ["INITIALISMS_FILE", "Initialisms", "initialisms", "parse_initialisms", "read_initialisms", "read_as_word"]

INITIALISMS_FILE = "initialisms.yml"
_REACH = 3  # words either side that tell running text from a line of capitals


@dataclass(frozen=True)
class Initialisms:
    """The initialisms (form → normal form) and the words around one that show it is the word."""

    forms: dict[str, str]
    word_before: frozenset[str]
    word_after: frozenset[str]


def parse_initialisms(raw: Any, path: str | None = None) -> Initialisms:
    """The initialisms of an initialism file's mapping; :class:`LexiconError` names the file and the fault."""
    if not isinstance(raw, dict) or not isinstance(raw.get("version"), str) \
            or not isinstance(raw.get("initialisms"), dict):
        raise LexiconError("an initialism file is a mapping with a string 'version' and 'initialisms'", path)
    words: dict[str, frozenset[str]] = {}
    for key in ("word_before", "word_after"):
        listed = raw.get(key)
        if not isinstance(listed, list) or not all(isinstance(w, str) and w.isalpha() and w.islower() for w in listed):
            raise LexiconError(f"{key}: a list of lower-case words", path)
        words[key] = frozenset(listed)
    out: dict[str, str] = {}
    for form, norm in raw["initialisms"].items():
        if not isinstance(form, str) or not isinstance(norm, str) or not form.isalpha() or not norm.isalpha():
            raise LexiconError(f"initialism {form!r}: a form and a normal form, both single words", path)
        if not form.isupper() or not norm.islower():
            raise LexiconError(f"initialism {form!r}: an all-caps form and a lower-case normal form", path)
        out[form] = norm
    return Initialisms(out, words["word_before"], words["word_after"])


@functools.lru_cache(maxsize=1)
def initialisms() -> Initialisms:
    """The packaged initialisms."""
    path = resources.files("flashpoint") / "data" / "lexicon" / INITIALISMS_FILE
    return parse_initialisms(load_yaml(str(path)), str(path))


def _words_near(doc: Doc, i: int, step: int) -> list[Token]:
    """Up to ``_REACH`` words on token ``i``'s line before it (``step`` -1) or after it (1), nearest first."""
    near: list[Token] = []
    j = i + step
    while 0 <= j < len(doc) and len(near) < _REACH and "\n" not in doc[j].text:
        if doc[j].is_alpha:
            near.append(doc[j])
        j += step
    return near


def _a_name(doc: Doc, i: int, known: Initialisms) -> bool:
    """Token ``i`` stands in running text (a word near it on its line has a lower-case letter: no
    headline in capitals) and not where the word would (after a pronoun, before an article, a
    negation, an adverb or a word in "-ing")."""
    if all(t.is_upper for t in _words_near(doc, i, -1) + _words_near(doc, i, 1)):
        return False
    if i > 0 and doc[i - 1].lower_ in known.word_before:
        return False
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    return nxt not in known.word_after and not (nxt.endswith("ing") and nxt.isalpha())


@Language.component("flashpoint_initialisms", assigns=["token.norm"])
def read_initialisms(doc: Doc) -> Doc:
    known = initialisms()
    for tok in doc:
        norm = known.forms.get(tok.text)
        if norm is not None and _a_name(doc, tok.i, known):
            tok.norm_ = norm
    return doc


def read_as_word(tok: Token) -> bool:
    """An initialism of the file that the parse still reads as a verb or auxiliary ("WHAT IS
    HAPPENING"): the word, no name."""
    return tok.text in initialisms().forms and tok.pos_ in ("AUX", "VERB")
