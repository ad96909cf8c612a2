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
_DIGIT = re.compile(r"\d")
_CODE = re.compile(r"[A-Z]{1,4}")  # airport and other codes
_NON_LATIN = re.compile(r"[^\x00-\u024f\u0300-\u036f\u1e00-\u1eff\u2018-\u201f]")
_LATIN_EXTRA = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L",
                "ı": "i", "þ": "th", "Þ": "Th", "œ": "oe", "Œ": "OE", "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H"}
_EXTRA_TABLE = str.maketrans(_LATIN_EXTRA)


def ascii_fold(text: str) -> str:
    """Strip accents and fold a few Latin letters without decompositions (ß, ø, đ, ł, ...).

    Letters of other scripts are dropped: the gazetteer is matched against English text.
    """
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text.translate(_EXTRA_TABLE))
    return text.encode("ascii", "ignore").decode("ascii")


def name_key(text: str) -> str:
    """The lookup key of a name: folded, lower-case, punctuation-free, single-spaced."""
    folded = ascii_fold(text).casefold()
    folded = _DROP.sub("", folded)
    return _SPACE.sub(" ", folded).strip()


def exact_form(text: str) -> str:
    """The case- and dot-sensitive form an abbreviation must match: folded, without spaces.

    "W. Va." and "W.Va." agree; "Miss." (Mississippi) and "Miss" do not, nor do "US" and "us".
    """
    return "".join(ascii_fold(text).split())


def is_latin_name(text: str) -> bool:
    """True when ``text`` is written in Latin letters and looks like a name.

    GeoNames' alternate names include transliterations in lower case ("lun dun"), codes ("LON")
    and names in other scripts; only capitalised Latin names are worth indexing for English news.
    """
    if not text or not text[0].isupper() or _DIGIT.search(text):
        return False
    if not text.isascii() and _NON_LATIN.search(text):
        return False
    return not _CODE.fullmatch(ascii_fold(text))
