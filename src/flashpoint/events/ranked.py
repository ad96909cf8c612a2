"""An event noun that ranks a deed told among others of its kind ("freed hundreds of prisoners, in one
of the boldest raids of the insurgency", "among the deadliest attacks in years"): a comparison with
deeds like it, no deed of its own. Read by :func:`~flashpoint.events.no_deed.told_as_no_deed`. The
object of a support verb ranked so is the deed itself: "Russia launched one of its largest attacks on
Ukraine" launches an attack (word class ``support``)."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.words import word_class

__all__ = ["ranked_among"]

_RANKS = frozenset(("one", "some", "two", "three"))  # "one of the ...", "some of the ..."
_SUPPORT = word_class("support")


def ranked_among(tok: Token) -> bool:
    """``tok`` is a plural noun ranked by a superlative ("the boldest raids", "the most serious
    attacks") after "one of" or "among"."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or tok.dep_ != "pobj":
        return False
    prep = tok.head
    ranked = prep.lower_ == "among" or (prep.lower_ == "of" and prep.head.lower_ in _RANKS and not (
        prep.head.dep_ == "dobj" and prep.head.head.lemma_.lower() in _SUPPORT))  # (not "launched one of its largest attacks")
    return ranked and any(c.dep_ == "amod" and (c.tag_ == "JJS" or any(g.lower_ == "most" for g in c.children))
                for c in tok.children)
