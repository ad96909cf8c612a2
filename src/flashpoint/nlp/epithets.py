"""An armed party's epithet that is an adjective and a noun alike ("paramilitary", "separatist",
"militant") written before the party's proper name, which the small model may read as the head of
its own phrase: "an attack by the *paramilitary* Rapid Support Forces killed 20", with
"paramilitary" the object of "by" and "Forces" a second subject of "killed"; "an ambush by the
*separatist* Ambazonia Defence Forces". The name is the phrase's head, the word its epithet."""

from __future__ import annotations

from spacy.tokens import Token

from ..time.lexicon import MONTHS, WEEKDAY_TOKENS
from .words import word_class

__all__ = ["name_after_epithet"]

_EPITHETS = word_class("armed_epithet")
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})  # the epithet already modifies a noun
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def _name_end(tok: Token) -> int:
    """The end of the run of a proper name's words that starts right after ``tok`` (capitalised
    proper nouns, a hyphen written inside the name, a possessive "'s" between two of them: "Hayat
    Tahrir al-Sham", "Tigray People's Liberation Front")."""
    doc, j = tok.doc, tok.i + 1
    while j < len(doc):
        t = doc[j]
        if t.pos_ == "PROPN" or (t.text in _HYPHENS and not t.whitespace_ and not doc[j - 1].whitespace_) or (
                t.tag_ == "POS" and j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN"):
            j += 1
            continue
        break
    while j > tok.i + 1 and doc[j - 1].pos_ != "PROPN":
        j -= 1
    return j


def name_after_epithet(tok: Token) -> Token | None:
    """The head of the proper name written right after ``tok``, where ``tok`` is an armed party's
    epithet (word class ``armed_epithet``) that the parser made the head of a phrase of its own
    (not a modifier of the name nor of a noun after it: "the paramilitary RSF", "the militant Hamas
    group" read well) and the name's head is hung on a word that governs the epithet (a second
    subject of its verb: "an ambush by the separatist Ambazonia Defence Forces killed four
    soldiers") or on the epithet itself as its apposition ("the rebel M23 seized"); else None. A
    day or a month after the word is no name ("killed a militant Tuesday"), nor is a name set off
    by punctuation, nor the subject of a clause of its own that describes the epithet ("a
    rebel Kinshasa calls a terrorist")."""
    doc = tok.doc
    if tok.lower_ not in _EPITHETS or tok.dep_ in _MODIFIER_DEPS or not tok.whitespace_ or tok.i + 1 >= len(doc):
        return None
    first = doc[tok.i + 1]
    if first.pos_ != "PROPN" or not first.text[:1].isupper() or first.ent_type_ in ("DATE", "TIME") \
            or first.lower_ in MONTHS or first.lower_ in WEEKDAY_TOKENS:
        return None
    end = _name_end(tok)
    heads = [t for t in doc[first.i:end] if not (first.i <= t.head.i < end) or t.head.i == t.i]
    if len(heads) != 1:
        return None
    name = heads[0]
    if name.head.i == tok.i:
        return name if name.dep_ == "appos" else None
    return name if name.head.i != name.i and name.head.is_ancestor(tok) and not tok.is_ancestor(name) else None
