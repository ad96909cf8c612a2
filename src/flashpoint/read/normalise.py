"""Text normalisation applied to every article before parsing.

All offsets flashpoint reports (sentence and actor spans, place mentions) index the *normalised*
text, which is what the event record's ``sentence`` and the store's ``articles.text`` hold.

What changes:
- Unicode NFC composition (combining accents fold into one character);
- every Unicode space separator (no-break space, thin space, ideographic space, ...) becomes " ";
- format characters (zero-width space/joiner, soft hyphen, byte-order mark) are dropped;
- carriage returns: "\\r\\n" and lone "\\r" become "\\n";
- other control characters (C0/C1, except tab and newline) become " ".
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalise_text"]

_NEWLINES = re.compile(r"\r\n?")


def _map_char(ch: str) -> str:
    if ch in "\n\t" or ch.isascii() and ch.isprintable():
        return ch
    cat = unicodedata.category(ch)
    if cat == "Zs":
        return " "
    if cat == "Cf":
        return ""
    if cat == "Cc" or cat in ("Zl", "Zp"):
        return "\n" if cat in ("Zl", "Zp") else " "
    return ch


def normalise_text(text: str) -> str:
    """Return ``text`` normalised as described in the module docstring."""
    text = _NEWLINES.sub("\n", text)
    text = unicodedata.normalize("NFC", text)
    if text.isascii():
        return "".join(_map_char(c) if not c.isprintable() else c for c in text)
    return "".join(_map_char(c) for c in text)
