"""A verb told as done that the parser coordinated with a bare infinitive it cannot belong to.

"agreed to resolve the conflict and *signed* a declaration", "threatened to use force and *imposed*
sanctions", "warned it would respond and *struck* targets": the small parser hangs the past-tense
verb on the infinitive ("resolve", "use") or on the verb of a modal ("would respond"). A verb in the
past or present tense cannot share the bare verb's "to" or modal, so it is a clause of its own,
coordinated with the infinitive's governor: not one more thing agreed, threatened or announced.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["finite_under_infinitive"]

# a bare verb that heads a passive or perfect the parser split ("to be tried and punished")
_AUXILIARY_LEMMAS = frozenset({"be", "get", "have"})


def finite_under_infinitive(verb: Token) -> bool:
    """``verb`` is a finite verb of its own, coordinated with a to-infinitive or a modal's bare verb:

    - past or present (VBD, VBZ) after "to" ("agreed to resolve ... and signed");
    - a past form the tagger calls a participle, written unlike its lemma, after "to" ("threatened
      to use force and imposed sanctions", which no infinitive can hold without "have" or "be");
    - past, present or such a participle after a modal ("said it would respond and struck"), with no
      subject of its own ("said it would respond and the rebels fled" may tell both in the report).

    Never a verb with an auxiliary of its own ("to be arrested and has been charged")."""
    if verb.dep_ != "conj" or verb.head.tag_ != "VB" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    bare = verb.head
    after_to = any(c.dep_ == "aux" and c.lower_ == "to" for c in bare.children)
    if after_to and verb.tag_ in ("VBD", "VBZ"):
        return True
    inflected = verb.tag_ in ("VBD", "VBZ", "VBN") and verb.lower_ != verb.lemma_.lower() \
        and bare.lemma_.lower() not in _AUXILIARY_LEMMAS
    if after_to:
        return inflected
    after_modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in bare.children)
    return after_modal and inflected and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)
