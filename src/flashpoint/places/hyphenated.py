"""Place names written as one hyphenated word of several parts: "Croix-des-Bouquets",
"Mazar-i-Sharif", "Saint-Jean-sur-Richelieu", or with the Arabic article, "Maarat al-Numan". The tokenizer splits them at each hyphen, and a small
word between two hyphens ("des", "i", "sur") is in lower case, so a run of capitalised words would
stop at it and leave only the first part ("Croix", a French town).
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["hyphen_joined", "one_word"]

_MAX_JOIN = 3  # ("-", "des", "-")
# the Arabic article, written apart from the word before it and joined to the next: "Maarat al-Numan"
_ARTICLES = frozenset(("al", "el"))


def hyphen_joined(j: int, words: Sequence[str], spaces: Sequence[str], cap: Sequence[bool],
                  usable: Sequence[bool], connectors: frozenset[str]) -> int:
    """Where the capitalised word before token ``j`` goes on, through up to three connectors that
    include a hyphen and have no space between them ("-des-"), into a capitalised word: the index
    after that word; else ``j``. A space may stand before the Arabic article ("Maarat al-Numan",
    "Jisr al-Shughur"). ``words`` are the tokens' lower forms, ``spaces`` their trailing whitespace."""
    if j == 0 or spaces[j - 1] and words[j] not in _ARTICLES:
        return j
    k = j
    while k < len(words) and k - j < _MAX_JOIN and usable[k] and not cap[k] and words[k] in connectors:
        if spaces[k]:
            return j
        k += 1
    if k == j or k >= len(words) or not usable[k] or not cap[k] or "-" not in words[j:k]:
        return j
    return k + 1


def one_word(spaces: Sequence[str], start: int, end: int) -> bool:
    """Tokens ``start``-``end`` are written as one word, no space between them ("Saint-Louis-du-Nord")."""
    return end - start > 1 and not any(spaces[k] for k in range(start, end - 1))
