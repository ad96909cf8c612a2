"""The states a body's own deed, told by itself, acts on: none of them is the body's.

"The foreign ministry said it had summoned the Rwandan ambassador", "The army said it shot down an
Iranian drone", "The ministry said its officers had expelled two Russian diplomats": a state body of
unstated country that tells of its own deed (the subject of the reported clause is "it", "we",
"they" of a plural teller, or a phrase it owns, "its officers", "our forces") acts, by that deed, on
another's envoy or forces; their country is no evidence of the body's own, as where the body is the
deed's own subject ("The ministry summoned the Rwandan ambassador": ``story.faced_states``). The
body is then of the story's other country, or of none told, never the envoy's or the drone's. "They"
of a singular body are others ("The army said they had shelled army positions": the enemy).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Token

from ..nlp.words import word_class
from .draft import Draft
from .speakers_side import OWN_POSSESSIVES
from .story import faced_states

__all__ = ["faced_in_own_report"]

_SPEECH = word_class("speech")
# the pronouns by which a teller tells of itself as the reported clause's subject
_SELF = frozenset({"it", "we"})
_PLURAL = "they"
_PLURAL_TAGS = ("NNS", "NNPS")


def faced_in_own_report(doc: Doc, tok: Token, by_head: Mapping[int, Sequence[Draft]]) -> set[str]:
    """The countries whose state the clause reported by ``tok``, the subject of a verb of saying,
    acts on where that clause tells of ``tok``'s own deed (see the module); empty otherwise."""
    if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in _SPEECH:
        return set()
    found: set[str] = set()
    for clause in (c for c in tok.head.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")):
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and _self(subject, tok):
            found |= faced_states(doc, subject, by_head)
    return found


def _self(subject: Token, teller: Token) -> bool:
    """``subject`` tells of the ``teller`` itself: "it", "we", "they" of a plural teller ("the
    authorities said they had ..."; of "the army" they are others), or a phrase it owns ("its officers")."""
    if subject.lower_ == _PLURAL:
        return teller.tag_ in _PLURAL_TAGS
    return subject.lower_ in _SELF or any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in subject.children)
