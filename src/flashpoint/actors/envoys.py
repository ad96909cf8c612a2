"""Envoys of unstated country a state acts on ("Poland expelled three diplomats", "Kenya declared two
diplomats persona non grata", "police arrested a diplomat"): a state expels, summons or holds
another's envoys, so by their sector alone they are none of its; the linker (``link.py``) gives them
the story's other country, or none told, never the expeller's (a self-directed dyad is the worst
guess). Not where it recalls, sends or appoints them (word classes ``own_possession``,
``posting_envoy``: "Poland recalled the ambassador", "appointed a new ambassador"), nor envoys who
act themselves ("the ambassador said ..."). Envoys acted on by a state's office of unstated country
and their country named: ``strangers.py``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc

from ..nlp.missions import diplomat_word
from ..nlp.words import word_class
from .clauses import clause_subject
from .draft import Draft
from .story import STATE_BODIES  # (a state, or its offices)

__all__ = ["envoys_received"]

_OWN_ENVOYS = word_class("own_possession") | word_class("posting_envoy")  # ("recalled", "appointed" its own)


def envoys_received(doc: Doc, d: Draft, by_head: Mapping[int, Sequence[Draft]]) -> set[str]:
    """The countries of the state (the country itself or its offices) whose clause ``d``, envoys of
    unstated country ("three diplomats", "the ambassador"), or a pronoun told of them, is the object
    of, or whose agent acts on them in the passive (see the module)."""
    told = d.antecedent if d.antecedent is not None and doc[d.head].pos_ == "PRON" else d
    tok = doc[told.head]  # (of "them" told of them: "expelled three diplomats, accusing them of spying")
    at = clause_subject(tok) if diplomat_word(tok) and tok.dep_ not in ("nsubj", "nsubjpass") else None
    if diplomat_word(tok) and tok.dep_ == "nsubjpass":  # ("three diplomats were expelled by Poland")
        at = next((g.i for p in tok.head.children if p.dep_ == "agent" for g in p.children if g.dep_ == "pobj"), None)
    if at is None or tok.head.lemma_.lower() in _OWN_ENVOYS:
        return set()
    return {x.country for x in by_head.get(at, ()) if x.country and x.org is None and (x.sector or "") in STATE_BODIES}
