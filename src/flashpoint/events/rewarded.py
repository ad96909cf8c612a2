"""Deeds a reward seeks: "a reward for information leading to the arrest of Joseph Kony", "a bounty
for the capture of the gang leader", "tips that lead to the killing of the commander". The arrest,
capture or killing is what someone would be paid for, not a deed done; the offer of the reward may be
an event of its own, the sought deed is none.

A deed is sought when it is the object of ``for`` on a reward noun (word class ``reward``), or on the
verb of which a reward noun is the object ("offered a bounty for the capture"), or the outcome that
news to the authorities (word class ``tip_off``) is told to lead to in the present ("information
leading to", "information that leads to"); a past "the clashes led to the arrest of 20" is told as
done and stays an event."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.words import word_class

__all__ = ["sought_by_reward"]

REWARDS = word_class("reward")
TIP_OFFS = word_class("tip_off")
_PRESENT = ("VBG", "VBZ", "VBP")


def _led_to_by_tip(tok: Token) -> bool:
    """``tok`` is what a tip leads to, in the present: "information leading to the arrest"."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "to" or prep.head is prep:
        return False
    lead = prep.head
    return lead.lemma_.lower() == "lead" and lead.tag_ in _PRESENT and lead.dep_ in ("acl", "relcl") \
        and lead.head.lemma_.lower() in TIP_OFFS


def _paid_for(tok: Token) -> bool:
    """``tok`` is the object of ``for`` on a reward noun, or on a verb whose object is one."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("for", "on") or prep.head is prep:
        return False
    owner = prep.head
    if owner.lemma_.lower() in REWARDS or owner.lower_ in REWARDS:
        return True
    return owner.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in REWARDS or c.lower_ in REWARDS) for c in owner.children)


def sought_by_reward(tok: Token) -> bool:
    """``tok`` (a trigger) names a deed a reward is offered for, not one done (see module doc)."""
    return _led_to_by_tip(tok) or _paid_for(tok)
