"""A ship's name is no party: "the Marlin Luanda" is no Angolan government, "the Galaxy Leader" no
leader, "the USS Carney" no Canadian prime minister.

A ship's name is told as one by a prefix ("MV Rubymar", "MT Sounion", "USS Carney": word class
``ship_prefix``, written in capitals), by a noun of a vessel right before it ("the tanker Marlin
Luanda", "the cargo ship Kiev Star": word class ``vessel_noun``), or by an apposition headed by such
a noun ("the Galaxy Leader, a Bahamas-flagged car carrier"); a name told so once is a ship's name
where the story names it again ("The Galaxy Leader was taken to Hodeidah"). The names and sector
words inside it code nothing (``actors/recognise.py``); a navy's prefix ("USS", "HMS") is a seat of
its country's military in the actor lexicon, and so stays.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .words import word_class

__all__ = ["vessel_name_tokens", "ship_named"]

_KEY = "_fp_vessel_tokens"

_MERCHANT = word_class("merchant_ship_prefix")  # part of the name ("MV Rubymar")
_PREFIXES = _MERCHANT | word_class("navy_ship_prefix")  # a navy's ("USS Carney") is the owner
_VESSELS = word_class("vessel_noun")


def vessel_name_tokens(doc: Doc) -> frozenset[int]:
    """The tokens of the ships' names the text tells as such (a navy's prefix left out)."""
    cached = doc.user_data.get(_KEY)
    if cached is None:
        cached = doc.user_data[_KEY] = _vessel_name_tokens(doc)
    return frozenset(cached)


def ship_named(doc: Doc, span: tuple[int, int] | None) -> bool:
    """The phrase at the character ``span`` ends in a ship's name ("the tanker Marlin Luanda")."""
    if span is None:
        return False
    return any(span[0] <= doc[i].idx < span[1] and doc[i].idx + len(doc[i]) == span[1]
               for i in vessel_name_tokens(doc))


def _vessel_name_tokens(doc: Doc) -> frozenset[int]:
    names: list[tuple[int, int]] = []
    for tok in doc:
        if tok.text.isupper() and tok.lower_ in _PREFIXES and tok.i + 1 < len(doc) and _capital(doc[tok.i + 1]):
            names.append((tok.i if _civil(tok) else tok.i + 1, _name_end(doc, tok.i + 1)))
        elif _vessel(tok) and tok.i + 1 < len(doc) and _capital(doc[tok.i + 1]) \
                and doc[tok.i + 1].lower_ not in _PREFIXES:  # (the prefix tells: "the carrier USS Ford")
            end = _name_end(doc, tok.i + 1)
            if any(t.head.i == tok.i for t in doc[tok.i + 1:end]) or tok.i + 1 <= tok.head.i < end:
                names.append((tok.i + 1, end))  # ("the tanker Marlin Luanda"; not "a vessel Israel said ...")
        elif tok.dep_ == "appos" and _vessel(tok) and _capital(tok.head) and tok.head.pos_ == "PROPN":
            start = tok.head.left_edge.i
            while start < tok.head.i and not _capital(doc[start]):
                start += 1
            names.append((start, tok.head.i + 1))
    told = {doc[a:b].text for a, b in names if b > a}
    out = {i for a, b in names for i in range(a, b)}
    for a, b in _later_mentions(doc, told):
        out.update(range(a, b))
    return frozenset(out)


def _civil(prefix: Token) -> bool:
    """A merchant ship's prefix ("MV", "MT"), which is part of the name; a navy's ("USS") is its owner."""
    return prefix.lower_ in _MERCHANT


def _vessel(tok: Token) -> bool:
    """A noun of a vessel; a carrier only with a compound of its kind ("a car carrier", "the aircraft
    carrier"), not an airline ("the German carrier Lufthansa")."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in _VESSELS and (
        tok.lemma_.lower() != "carrier" or any(c.dep_ == "compound" for c in tok.children))


def _capital(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.is_alpha and tok.ent_type_ != "DATE"


def _name_end(doc: Doc, start: int) -> int:
    end = start
    while end < len(doc) and _capital(doc[end]) and end - start < 4:
        end += 1
    return end


def _later_mentions(doc: Doc, told: set[str]) -> list[tuple[int, int]]:
    """Where the story names a ship's name it told as one again."""
    if not told:
        return []
    lengths = {len(name.split()) for name in told}
    out = []
    for n in lengths:
        for i in range(len(doc) - n + 1):
            if doc[i].text[:1].isupper() and doc[i:i + n].text in told:
                out.append((i, i + n))
    return out
