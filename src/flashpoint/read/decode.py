"""Turning bytes into text: UTF-8 first, a detected charset otherwise, binary refused."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

__all__ = ["Decoded", "decode_bytes", "looks_binary", "try_decode"]


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    guessed: bool  # True when the charset was detected rather than UTF-8


def looks_binary(data: bytes) -> bool:
    """True for data that is not text: NUL bytes, or many control bytes, in the first 8 KiB."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    if not head:
        return False
    ctrl = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return ctrl / len(head) > 0.05


# byte order marks of the UTF-16 and UTF-32 encodings (text from Windows tools): their NUL bytes
# would otherwise make the text look binary. UTF-32 first: its little-endian mark starts like UTF-16's.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def try_decode(raw: bytes, encoding: str) -> str | None:
    """``raw`` decoded as ``encoding``; None when it does not decode (or the codec is unknown)."""
    try:
        return raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_bytes(data: bytes) -> Decoded | None:
    """Decode ``data``; None when it is binary or no charset fits."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding, False)
            except UnicodeDecodeError:
                return None
    if looks_binary(data):
        return None
    text = try_decode(data, "utf-8-sig")
    if text is not None:
        return Decoded(text, "utf-8", False)
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    return Decoded(str(best), best.encoding, True)
