"""Small helpers over spaCy's dependency parse used by the actor coder."""

from __future__ import annotations

from collections.abc import Sequence

import numpy
from spacy.tokens import Doc, Token

from ..nlp.syntax import opens_next_clause, patron_suffixed
from .draft import Draft
from .lexicon import Lexicon
from .patterns import Hits, NameHit, SectorHit

__all__ = ["left_edge", "hit_head", "head_indices", "conj_chain", "trim", "adjective_of_gerund", "state_body",
           "coordinated_modifier", "adverb_of_adjective"]


def left_edge(c: Token) -> int:
    """The first token of a pre-modifier, leaving out adverbial material ("Hours earlier") but not
    the patron of a suffix of patronage ("Iran-backed")."""
    edge = c.i
    for x in c.lefts:
        if x.dep_ not in ("npadvmod", "advmod") or (x.dep_ == "npadvmod" and patron_suffixed(x.doc, x.i + 1)):
            edge = min(edge, left_edge(x))
    return edge


def hit_head(doc: Doc, start: int, end: int, heads: Sequence[int] | None = None) -> int:
    """The token of [start, end) whose syntactic head lies outside it (the last one if several, a
    noun before a word of another kind: where the parser split a long name, "Group for the Support
    of Islam and Muslims", the name's head is "Group", not "for").

    ``heads``: the head index of every token of ``doc`` (:func:`head_indices`), when calling in a loop.
    """
    if heads is None:
        heads = [t.head.i for t in doc[start:end]]
        offset = start
    else:
        offset = 0
    best, noun = end - 1, None
    for i in range(start, end):
        h = heads[i - offset]
        if not (start <= h < end) or h == i:
            best = i
            if doc[i].pos_ in ("NOUN", "PROPN"):
                noun = i
    return best if noun is None or doc[best].pos_ in ("NOUN", "PROPN") else noun


def head_indices(doc: Doc) -> list[int]:
    """The head index of every token of ``doc`` (a token without a parse heads itself)."""
    rel = doc.to_array("HEAD").view(numpy.int64)  # signed offsets to the head (stored unsigned)
    heads: list[int] = (rel + numpy.arange(len(doc), dtype=numpy.int64)).tolist()
    return heads


def conj_chain(tok: Token) -> list[Token]:
    """The conjuncts coordinated with ``tok`` after it ("the US and the EU" → [EU]), also in a list of
    names the parser took for an apposition ("Mali, [Burkina Faso and Niger]": a name set off by a
    comma that is itself coordinated is the list's next member, not another name of the first)."""
    out: list[Token] = []
    stack = [c for c in tok.rights if c.dep_ == "conj" or _listed_as_apposition(tok, c)]
    split = _split_subject(tok)
    if split is not None and not stack:
        stack.append(split)
    while stack:
        c = stack.pop(0)
        if opens_next_clause(c):  # ("condemned the attacks and President Zardari offered ...": his own clause)
            continue
        out.append(c)
        stack.extend(x for x in c.rights if x.dep_ == "conj")
    return out


def coordinated_modifier(tok: Token, hits: Hits) -> tuple[Token, int] | None:
    """A body of its own that the parser hung on ``tok`` as a modifier opening a coordination inside
    its phrase ("[the Congolese army and M23] rebels", "Myanmar's army and ethnic rebels",
    "government and rebel forces"): two parties, the modifier's phrase and ``tok``'s after the
    conjunction. The modifier (a noun of a sector) and the conjunction's index, else None."""
    for c in tok.lefts:
        hit = hits.sector_at[c.i]
        if c.dep_ in ("nmod", "compound") and c.pos_ == "NOUN" and hit is not None \
                and hit_head(tok.doc, hit.start, hit.end) == c.i:
            cc = next((g for g in c.rights if g.dep_ == "cc"), None)
            if cc is not None and cc.i < tok.i - 1:
                return c, cc.i
    return None


def _split_subject(tok: Token) -> Token | None:
    """The second of two subjects that the parser hung side by side on one verb, the conjunction left
    on the first ("[President Japarov and] [Tajik President Rahmon] signed a treaty": two nsubj of
    "signed", "and" a child of the first): the first's conjunct, as "Japarov and Rahmon" would be."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.i == tok.i:
        return None
    last = max(tok.rights, key=lambda c: c.i, default=None)
    if last is None or last.dep_ != "cc" or any(c.dep_ == "conj" for c in tok.children):
        return None
    return next((c for c in tok.head.lefts if c.dep_ == tok.dep_ and c.i > last.i), None)


def _listed_as_apposition(tok: Token, c: Token) -> bool:
    return (c.dep_ == "appos" and tok.pos_ == "PROPN" and c.pos_ == "PROPN"
            and any(x.dep_ == "cc" for x in c.children) and any(x.dep_ == "conj" for x in c.children))


def trim(doc: Doc, d: Draft) -> None:
    """Drop trailing punctuation and spaces (but keep a closing bracket whose opening is inside)."""
    while d.end - 1 > d.head:
        t = doc[d.end - 1]
        if t.text in (")", "]") and any(x.text in ("(", "[") for x in doc[d.start:d.end - 1]):
            break
        if t.pos_ not in ("PUNCT", "SPACE") and not t.is_space:
            break
        d.end -= 1


def adjective_of_gerund(tok: Token) -> bool:
    """A nationality word the parser made the subject of the gerund right after it ("Indian
    shelling across the Line of Control killed five"): an adjective of an event noun, not a person."""
    head = tok.head
    return (tok.dep_ == "nsubj" and head.tag_ == "VBG" and head.i == tok.i + 1
            and not any(c.dep_ in ("det", "nummod") for c in tok.children))


def state_body(doc: Doc, hits: Hits, lex: Lexicon, heads: Sequence[int], tok: Token, nh: NameHit,
               sh: SectorHit | None) -> SectorHit | None:
    """An organisation's name that is also a state body's word ("Security Council"), said of a
    country at ``tok`` ("Russia's Security Council", "the Pakistani National Security Council") or of
    another organisation ("the African Union's Peace and Security Council"): the owner's body (its
    sector hit), not the organisation the name alone would be; else None."""
    if not any(r.kind == "org" for r in nh.refs):
        return None
    if sh is None or hit_head(doc, sh.start, sh.end, heads) != tok.i:
        ref = lex.words.get(doc[nh.start:nh.end].text.lower())
        if ref is None or ref.sector is None:
            return None
        sh = SectorHit(nh.start, nh.end, ref)
    for c in tok.children:
        if c.dep_ not in ("poss", "amod", "compound") or c.i >= min(nh.start, sh.start):
            continue
        other = hits.name_at[c.i]
        if other is not None and any(r.kind in ("country", "dem", "adj") for r in other.refs):
            return sh
        if other is not None and any(r.kind == "org" for r in other.refs) \
                and {r.key for r in other.refs if r.kind == "org"} != {r.key for r in nh.refs if r.kind == "org"}:
            return sh  # "the African Union's Peace and Security Council": the AU's, not the UN's
    return None


def adverb_of_adjective(tok: Token) -> bool:
    """The parser's reading of a noun before an adjective as its adverb ("a *police* armoured
    vehicle"): the noun modifies the phrase the adjective does, as a compound would (``code.py``'s
    owned nouns: the vehicle is the police's)."""
    return tok.dep_ == "npadvmod" and tok.pos_ in ("NOUN", "PROPN") and tok.head.dep_ == "amod"
