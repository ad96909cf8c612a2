"""An armed party's epithet read as the head of its phrase is the party its name after it names
("an attack by the paramilitary Rapid Support Forces killed 20 villagers": the RSF's attack, not a
paramilitary of no name; ``nlp/epithets.name_after_epithet``)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..nlp.epithets import name_after_epithet
from ..nlp.tree import first_conjunct
from .draft import Draft

__all__ = ["named_after_epithets"]


def named_after_epithets(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with the phrase of each epithet the parser made a head coded as the name after it
    (head the epithet, from the epithet's phrase to the name's end), and the name's own drafts
    nested in it; where the epithet's draft reads the name already ("the rebel M23"), or the name
    codes no known party, as they were."""
    by_head: dict[int, list[Draft]] = {}
    for d in drafts:
        by_head.setdefault(d.head, []).append(d)
    swapped: dict[int, list[Draft]] = {}
    for tok in doc:
        name = name_after_epithet(tok)
        if name is None:
            continue
        named = [d for d in by_head.get(name.i, ()) if d.known and d.end > name.i]
        own = by_head.get(tok.i, [])
        if not named or any(d.end > name.i for d in own):
            continue
        start = min([tok.left_edge.i, *(d.start for d in own)])
        group = own[0].group if own else first_conjunct(tok).i if tok.dep_ == "conj" \
            else tok.i if any(c.dep_ == "conj" for c in tok.rights) else None
        swapped[tok.i] = [d.copy(start=start, head=tok.i, nested=False, group=group) for d in named]
        for d in named:
            d.nested = True
    if not swapped:
        return drafts
    kept = [d for d in drafts if d.head not in swapped]
    return sorted([*kept, *(d for ds in swapped.values() for d in ds)], key=lambda d: d.head)
