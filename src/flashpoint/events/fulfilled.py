"""An intent carried out in its own sentence is the deed, not an intent besides it.

"The two leaders agreed to end the dispute and signed a peace accord": the parser hangs the signing
under the infinitive ("agreed to end ... and signed"), and the signing is told as done
(``finite_conjuncts.finite_under_infinitive``). What was agreed is what they then signed: one event (the
signing), not an intent to settle (037) beside it. An intent whose clause tells no deed done ("agreed
to end the dispute and to hold talks") stays an intent.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from .finite_conjuncts import finite_under_infinitive

__all__ = ["carried_out"]


def carried_out(tok: Token, code: str, trigger_ids: Collection[int]) -> bool:
    """``tok`` announces an intent (CAMEO root 03) whose infinitive clause goes on to tell, as done,
    a deed that is itself an event of the sentence (a trigger)."""
    if code[:2] != "03" or tok.pos_ not in ("VERB", "AUX"):
        return False
    return any(g.dep_ == "conj" and g.i in trigger_ids and finite_under_infinitive(g)
               for c in tok.children if c.dep_ == "xcomp" for g in c.children)
