"""A head noun two nationality words share when the parser left the first one bare.

"Kyrgyz and Tajik troops" are Kyrgyz troops and Tajik troops, but where a nationality adjective is
also a plural noun ("the Kyrgyz", "the Swiss") the parser may make it a noun phrase of its own,
coordinated with "Tajik troops", and the bare word is coded as the country's people. When the bare
word is a country's adjective right before "and"/"or" and its conjunct is another country's
adjective and a noun of a sector, the noun is the first country's too.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .draft import Draft
from .patterns import Hits

__all__ = ["share_head_noun"]

_ADJECTIVE_KINDS = ("adj", "dem")


def share_head_noun(doc: Doc, hits: Hits, drafts: list[Draft]) -> None:
    """Give a bare nationality word the sector of the noun its coordinated nationality modifies."""
    by_head = {d.head: d for d in drafts if not d.nested}
    for d in drafts:
        tok = doc[d.head]
        if d.start != tok.i or d.end != tok.i + 1 or d.org is not None or not _adjective(hits, tok.i):
            continue
        if tok.i + 1 >= len(doc) or doc[tok.i + 1].dep_ != "cc":
            continue
        conj = next((c for c in tok.rights if c.dep_ == "conj"), None)
        other = by_head.get(conj.i) if conj is not None else None
        if (conj is None or other is None or other.sector is None or other.org is not None
                or other.country in (None, d.country) or other.start != tok.i + 2 or other.end != conj.i + 1
                or not _adjective(hits, other.start)):
            continue
        d.sector, d.plural, d.lemma, d.people, d.person = other.sector, other.plural, other.lemma, None, False


def _adjective(hits: Hits, i: int) -> bool:
    hit = hits.name_at[i]
    return hit is not None and hit.end == i + 1 and hit.first(*_ADJECTIVE_KINDS) is not None
