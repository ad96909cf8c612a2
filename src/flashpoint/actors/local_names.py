"""A group's name that a local group is also called by: "the Taliban" in a story of Pakistan's
Tehreek-e-Taliban Pakistan.

News from Pakistan calls the Pakistani Taliban (TTP) "the Taliban" once it has named them in full
("Militants of Tehreek-e-Taliban Pakistan attacked a checkpoint ... The Taliban claimed the
attack"): read by the lexicon alone, that bare name is Afghanistan's group, its government since
2021. A local group lists the bare names it is called by (``called`` in organisations.yml); a bare
name of them is that local group where the story names it by one of its own names ("TTP",
"Pakistani Taliban") and tells the other group by none of its own marks. Where the story tells both
(an "Afghan Taliban", "Afghanistan's Taliban", "the Taliban government"), a bare name may be either:
it names no group, rather than the wrong one. A story that never names the local group is left as
the lexicon reads it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import Lexicon, NameRef, Organisation
from .patterns import Hits, NameHit
from .story import OFFICES

__all__ = ["local_group_each"]

def _bare(doc: Doc, hit: NameHit, local: Organisation) -> bool:
    return doc[hit.start:hit.end].text in local.called


def _others(hit: NameHit, local: Organisation, lex: Lexicon) -> list[NameRef]:
    """The refs of ``hit`` to groups other than ``local`` whose names ``local`` is called by."""
    return [r for r in hit.refs if r.kind == "org" and r.key != local.key
            and (o := lex.organisations.get(r.key)) is not None and o.kind == "group"]


def _marked(doc: Doc, hits: Hits, hit: NameHit, other: Organisation) -> bool:
    """The bare name at ``hit`` is told as ``other``'s by its own phrase: its country's name, adjective
    or capital right before it ("Afghanistan's Taliban", "Kabul's Taliban rulers"), or a state's
    sector word it modifies ("the Taliban government", "Taliban authorities")."""
    before = hit.start - 1
    if before >= 0 and doc[before].tag_ == "POS":
        before -= 1
    prev = hits.name_at[before] if before >= 0 else None
    if prev is not None and any(r.key == other.country and r.kind in ("country", "adj", "capital") for r in prev.refs):
        return True
    after = hits.sector_at[hit.end] if hit.end < len(doc) else None
    return after is not None and after.ref.sector in OFFICES and not after.ref.person


def local_group_each(doc: Doc, hits: Hits, lex: Lexicon) -> Hits:
    """These hits with each bare name a local group is called by read as that group where the story
    names it by its own name and tells the other group by none of its marks; else as they were."""
    changed: dict[int, NameHit] = {}
    for local in lex.organisations.values():
        if not local.called or not any(r.kind == "org" and r.key == local.key and not _bare(doc, h, local)
                                       for h in hits.names for r in h.refs):
            continue
        bare = [h for h in hits.names if _bare(doc, h, local) and _others(h, local, lex)]
        if not bare:
            continue
        others = {r.key for h in bare for r in _others(h, local, lex)}
        marked = {h.start for h in bare for k in others if _marked(doc, hits, h, lex.organisations[k])}
        told_apart = bool(marked) or any(any(r.kind == "org" and r.key in others for r in h.refs)
                                         and not _bare(doc, h, local) for h in hits.names)
        if told_apart:
            continue
        mine = NameRef("org", local.key)
        for h in bare:
            kept = tuple(r for r in h.refs if not (r.kind == "org" and r.key in others))
            changed[h.start] = NameHit(h.start, h.end, (*kept, mine))
    if not changed:
        return hits
    return Hits.of([changed.get(h.start, h) for h in hits.names], hits.sectors, len(doc))
