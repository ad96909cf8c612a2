"""Near-duplicate articles: MinHash signatures over word shingles and LSH banding, in plain Python.

A signature is ``num_perm`` minima of universal hashes ``(a*h + b) mod p`` (p the Mersenne prime
2**61-1, values kept to 32 bits) over the 64-bit BLAKE2b hashes of the text's word shingles
(``shingle_words`` consecutive lower-cased words). The share of equal positions in two signatures
estimates the Jaccard similarity of their shingle sets. LSH: the signature is cut into ``bands`` of
``num_perm / bands`` rows; articles that agree on a whole band are candidates, and a candidate is a
copy when the estimated similarity reaches the threshold.
"""

from __future__ import annotations

import functools
import hashlib
import random
import re
import sys
from array import array
from collections.abc import Sequence

from .settings import StoreSettings

__all__ = ["shingles", "signature", "band_buckets", "similarity", "pack", "unpack"]

_MERSENNE = (1 << 61) - 1
_MASK32 = (1 << 32) - 1
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, k: int) -> set[str]:
    """The set of ``k``-word shingles of ``text`` (lower-cased words; the whole text when shorter)."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) <= k:
        return {" ".join(words)}
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


@functools.lru_cache(maxsize=8)
def _permutations(num_perm: int, seed: int = 1) -> tuple[tuple[int, int], ...]:
    rng = random.Random(seed)
    return tuple((rng.randrange(1, _MERSENNE), rng.randrange(0, _MERSENNE)) for _ in range(num_perm))


def _h64(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "little")


def signature(text: str, settings: StoreSettings) -> list[int]:
    """The MinHash signature of ``text`` (``settings.num_perm`` 32-bit values)."""
    hs = [_h64(s) for s in shingles(text, settings.shingle_words)]
    return [min(((a * h + b) % _MERSENNE) & _MASK32 for h in hs) for a, b in _permutations(settings.num_perm)]


def band_buckets(sig: Sequence[int], settings: StoreSettings) -> list[int]:
    """One 63-bit bucket per LSH band of ``sig``."""
    r = settings.rows_per_band
    out = []
    for band in range(settings.bands):
        chunk = array("I", sig[band * r:(band + 1) * r]).tobytes()
        out.append(int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "little") >> 1)
    return out


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity: the share of signature positions that agree."""
    if not a or len(a) != len(b):
        return 0.0
    return sum(1 for x, y in zip(a, b, strict=True) if x == y) / len(a)


def pack(sig: Sequence[int]) -> bytes:
    """A signature as little-endian 32-bit values (the ``articles.minhash`` BLOB)."""
    arr = array("I", sig)
    if sys.byteorder == "big":
        arr.byteswap()
    return arr.tobytes()


def unpack(blob: bytes) -> list[int]:
    arr = array("I")
    arr.frombytes(blob)
    if sys.byteorder == "big":
        arr.byteswap()
    return arr.tolist()
