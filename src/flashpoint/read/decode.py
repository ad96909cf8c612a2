"""Turning bytes into text: UTF-8 first, a detected charset otherwise, binary refused."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Decoded", "decode_bytes", "looks_binary"]


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


def decode_bytes(data: bytes) -> Decoded | None:
    """Decode ``data``; None when it is binary or no charset fits."""
    if looks_binary(data):
        return None
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8", False)
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    return Decoded(str(best), best.encoding, True)
