"""A body named by its state patron alone is an armed non-state party.

"Turkish-backed factions shelled Kurdish villages", "Iran-backed groups attacked the embassy": a
noun of a body that names no sector of its own (word class ``proxy_body``: "faction", "group")
whose pre-modifier joins a state's name to a suffix of patronage that arms or backs (word class
``proxy_suffix``, of ``patron_suffix``; not "UK-funded groups", who may hand out food), or whose
patron told after such a participle is a state ("factions backed by Turkey"), is a non-state armed body (REB), as "armed factions" and "rebel
groups" are; its patron is not it (``modifiers.scan_left``). A body told as a part of another
("a Kremlin-backed faction of the party", "a U.S.-backed group of investors") is that other's
(the partitive), and a bare "faction" in politics ("rival factions of the ruling party") names no
armed body.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from ..nlp.patrons import patron_named
from ..nlp.syntax import patron_modifier
from ..nlp.words import word_class
from .lexicon import SectorRef

__all__ = ["PROXY", "proxy_heads"]

_PROXY_BODIES = word_class("proxy_body")
_ARMING = word_class("proxy_suffix")  # ("Iran-backed groups"; "UK-funded groups" may hand out food)
_TIES = frozenset({"acl", "amod"})  # ("backed by Turkey" after the head)
PROXY = SectorRef(sector="REB", person=False, plural=False, phrase="armed group")


def proxy_heads(doc: Doc, states: Sequence[tuple[int, int]], taken: set[int]) -> list[int]:
    """The heads of bodies named by their state patron alone (see the module): a ``proxy_body``
    noun, not in ``taken`` (a sector word's tokens), with no of-phrase, whose suffix of patronage
    (word class ``proxy_suffix``) is joined to one of ``states`` (token spans of states' names), or
    whose patron after such a participle is one ("factions backed by Turkey", ``nlp/patrons``)."""
    heads = []
    for tok in doc:
        if tok.i in taken or tok.pos_ != "NOUN" or tok.lemma_.lower() not in _PROXY_BODIES \
                or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            continue
        suffix = patron_modifier(tok)
        joined = suffix.i - 1 if suffix is not None and suffix.lower_ in _ARMING else None
        after = {t.i for c in tok.rights if c.dep_ in _TIES and c.lower_ in _ARMING
                 for t in c.subtree}  # ("factions backed by Turkey")
        if any(e == joined or (e - 1 in after and patron_named(doc[e - 1])) for _, e in states):
            heads.append(tok.i)
    return heads
