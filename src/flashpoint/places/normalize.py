"""Name normalisation shared by the index builder and the lookups.

A place name and a mention in text are compared through :func:`name_key`: accents are stripped,
case is folded, dots and apostrophes vanish, hyphens and other punctuation become spaces and runs
of spaces collapse. "Priština", "PRISTINA" and "Pristina" share a key; so do "U.S." and "US".
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["name_key", "ascii_fold", "is_latin_name", "exact_form"]

_DROP = re.compile(r"[.'\u2019\u2018`\u02bc\u02bb]")
_SPACE = re.compile(r"[^0-9a-z]+")
_LATIN_EXTRA = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L",
                "ı": "i", "þ": "th", "Þ": "Th", "œ": "oe", "Œ": "OE", "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H"}
_EXTRA_TABLE = str.maketrans(_LATIN_EXTRA)


def ascii_fold(text: str) -> str:
    """Strip accents and fold a few Latin letters without decompositions (ß, ø, đ, ł, ...)."""
    text = text.translate(_EXTRA_TABLE)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_key(text: str) -> str:
    """The lookup key of a name: folded, lower-case, punctuation-free, single-spaced."""
    folded = ascii_fold(text).casefold()
    folded = _DROP.sub("", folded)
    return _SPACE.sub(" ", folded).strip()


def exact_form(text: str) -> str:
    """The case-sensitive form an abbreviation must match ("U.S." and "US" give "US")."""
    return " ".join(_DROP.sub("", ascii_fold(text)).split())


def is_latin_name(text: str) -> bool:
    """True when ``text`` is written in Latin letters (after folding accents) and looks like a name.

    GeoNames' alternate names include transliterations in lower case ("lun dun"), codes ("LON")
    and names in other scripts; only capitalised Latin names are worth indexing for English news.
    """
    folded = ascii_fold(text)
    if not folded or not folded.isascii() or not folded[0].isalpha() or not folded[0].isupper():
        return False
    if any(ch.isdigit() for ch in folded):
        return False
    letters = [ch for ch in folded if ch.isalpha()]
    # airport and other codes: short, all capitals
    return not (len(letters) <= 4 and all(ch.isupper() for ch in letters))
