"""A participle of a state of mind that completes "be" is the adjective: in "the EU said it was
concerned about the arrests" the small model tags "concerned" a past participle (VBN) of "concern",
where "said it was deeply concerned" gets the adjective (JJ). The action lexicon knows the state by
its adjective ("concerned", "worried": word class ``stance_participle``), so the participle is
retagged JJ before the attribute ruler and lemmatiser run (``flashpoint_verb_tags``), and it is read
as the stance it is (``events.assertion.stance_without_party``). Only a complement of "be" (dep
``acomp``) with a phrase of what the state is about ("about the arrests", "by the decision") is
retagged: "the talks concerned the border" is a verb, and "said it was concerned", about nothing
its clause names, no event whatever its tag."""

from __future__ import annotations

from spacy.tokens import Token

from .words import word_class

__all__ = ["stance_participle"]

STANCE_PARTICIPLES = word_class("stance_participle")
_ABOUT_DEPS = ("prep", "agent")  # ("concerned about the arrests", "concerned by the decision")


def stance_participle(tok: Token) -> bool:
    """``tok`` is a participle of a state of mind tagged VBN as the complement of "be", with a phrase of
    what it is about."""
    return tok.tag_ == "VBN" and tok.dep_ == "acomp" and tok.lower_ in STANCE_PARTICIPLES \
        and any(c.dep_ in _ABOUT_DEPS for c in tok.children)
