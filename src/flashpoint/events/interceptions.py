"""Weapons told by their interception: "air defences intercepted 12 drones launched by the Houthis",
"the army intercepted three rockets fired by Hamas from Gaza". The launch the participle tells is the
event, done by its agent; where the sentence names no aim of its own ("at Riyadh"), it was aimed at
the side of whoever brought the weapons down, or of the place they were brought down over. Read by
:func:`flashpoint.events.arguments.target_token`."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.words import word_class

__all__ = ["intercepted_by"]

DOWNING = word_class("downing")
LAUNCHING = word_class("launching")


def intercepted_by(tok: Token) -> tuple[Token, str, bool] | None:
    """The subject of the verb of downing (word class ``downing``) whose object (or the whole its
    of-phrase counts: "shot down 40 of the 55 drones launched by Russia") the launching participle
    ``tok`` describes (word class ``launching``: "drones launched by", "rockets fired by"), as a
    target of ``target_token``'s kind; else None."""
    if tok.lemma_.lower() not in LAUNCHING or tok.dep_ != "acl" or tok.tag_ != "VBN":
        return None
    weapon = tok.head
    if weapon.dep_ == "pobj" and weapon.head.lower_ == "of" and weapon.head.head.dep_ == "dobj":
        weapon = weapon.head.head  # ("40 of the 55 drones")
    downer = weapon.head
    if weapon.dep_ == "nsubjpass" and downer.lemma_.lower() in DOWNING:
        return _downed_where(downer)
    if weapon.dep_ != "dobj" or downer.lemma_.lower() not in DOWNING:
        return None
    subject = next((c for c in downer.children if c.dep_ == "nsubj"), None)
    return (subject, f"nsubj of {downer.lemma_.lower()} (who brought the weapons down)", False) \
        if subject is not None else None


def _downed_where(downer: Token) -> tuple[Token, str, bool] | None:
    """Whom the weapons of the passive ``downer`` were aimed at ("rockets fired from Gaza were
    intercepted over Tel Aviv", "were shot down by Israeli air defences"): the passive's agent, else
    the place it brought them down over; else None."""
    preps = {c.lower_: c for c in downer.children if c.dep_ in ("prep", "agent")}
    for word, path in (("by", "agent"), ("over", "prep:over"), ("above", "prep:above")):
        obj = next((c for c in preps[word].children if c.dep_ == "pobj"), None) if word in preps else None
        if obj is not None:
            return obj, f"{path} of {downer.lemma_.lower()} (where the weapons were brought down)", False
    return None
