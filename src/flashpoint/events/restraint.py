"""A refusal to use force is no rejection.

"The government refused to confront the protesters", "soldiers refused to fire on the crowd", "the
army refused to attack the Kurdish positions": the refuser holds back from force, rejecting nothing
that anyone asked or offered. CAMEO's rejections (12) are of demands, proposals and requests
("refused to withdraw its troops", "refused to release the hostages", "refused to disarm"); a
restraint told is, at most, a statement of what one will not do, and no record. The refused deed
is force where the lexicon codes it as material conflict beyond protest (roots set
``force_refused``), or where its verb is one of force the lexicon does not code alone (word class
``force_verb``: "confront", "shoot").
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from ..nlp.words import word_class
from .roots import in_set

__all__ = ["force_refused"]

REFUSING = word_class("refusing")
FORCE_VERBS = word_class("force_verb")


def force_refused(tok: Token, code: str, codes: Mapping[int, str]) -> bool:
    """``tok`` (a rejection, root 12) refuses an infinitive of force (``codes`` gives the sentence's
    triggers their codes)."""
    if code[:2] != "12" or tok.lemma_.lower() not in REFUSING:
        return False
    return any(c.dep_ == "xcomp" and (c.lemma_.lower() in FORCE_VERBS or in_set(codes.get(c.i, "-"), "force_refused"))
               for c in tok.children)
