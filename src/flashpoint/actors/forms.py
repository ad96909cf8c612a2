"""Surface forms of lexicon entries: plurals, accent-free spellings and case variants.

These helpers turn what a data file says ("Serb", "spokesman", "Aleksandar Vučić") into every
form a matcher should know ("Serbs", "spokesmen", "Aleksandar Vucic").
"""

from __future__ import annotations

import unicodedata

from flashpoint.nlp.words import word_class

__all__ = ["plural", "split_plural", "fold", "variants"]

# Letters that Unicode decomposition does not turn into ASCII, spelled as English news does.
_FOLD = str.maketrans({"Đ": "Dj", "đ": "dj", "ß": "ss", "Ø": "O", "ø": "o", "Ł": "L", "ł": "l",
                       "Æ": "Ae", "æ": "ae", "ı": "i", "’": "'", "‘": "'"})

# Words ending in "man" whose plural is not "-men".
_NOT_MAN = word_class("not_man")
_VOWELS = frozenset("aeiou")


def plural(phrase: str) -> str:
    """The regular English plural of a phrase's last word ("police officer" → "police officers").

    Words that already end in a single "s" are taken to be plural or invariant and are kept.
    """
    head, sep, last = phrase.rpartition(" ")
    low = last.lower()
    if low.endswith("man") and low not in _NOT_MAN:
        last = last[:-3] + ("MEN" if last.isupper() else "men")
    elif low.endswith(("ss", "ch", "sh", "x", "z")):
        last = last + "es"
    elif low.endswith("s"):
        pass
    elif low.endswith("y") and len(low) > 1 and low[-2] not in _VOWELS:
        last = last[:-1] + "ies"
    else:
        last = last + "s"
    return f"{head}{sep}{last}"


def split_plural(entry: str) -> tuple[str, str]:
    """``"Swiss/Swiss"`` → ("Swiss", "Swiss"); ``"Serb"`` → ("Serb", "Serbs")."""
    if "/" in entry:
        sing, _, plur = entry.partition("/")
        return sing.strip(), plur.strip()
    return entry, plural(entry)


def fold(text: str) -> str:
    """The accent-free spelling of ``text`` ("Vučić" → "Vucic", "Đurić" → "Djuric")."""
    text = text.translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# American and British spellings of a word in the names of institutions
_SPELLINGS = (("Defense", "Defence"),)


def variants(form: str, institution: bool = False) -> list[str]:
    """A name as written, without a leading "the", accent-free, with a capital first letter, and in
    both spellings of "Defense".

    For an ``institution`` ("State Department") also the spelling with later words in lower case.
    """
    form = " ".join(form.split())
    if form[:4].lower() == "the " and len(form) > 4:
        form = form[4:]
    out = [form]
    for us, gb in _SPELLINGS:  # "Ethiopian National Defense Force" is also written "Defence"
        other = form.replace(us, gb) if us in form else form.replace(gb, us)
        if other != form:
            out.append(other)
    folded = fold(form)
    if folded != form:
        out.append(folded)
    for f in list(out):
        if f[:1].islower():
            out.append(f[:1].upper() + f[1:])
        words = f.split(" ")
        if institution and len(words) > 1 and all(w[:1].isupper() and w[1:].islower() for w in words[1:] if w.isalpha()):
            low = " ".join([words[0]] + [w.lower() if w.isalpha() and len(w) > 3 else w for w in words[1:]])
            if low != f:
                out.append(low)  # "State department", "Foreign ministry"
    return out
