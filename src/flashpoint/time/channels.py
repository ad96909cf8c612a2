"""A channel a thing was said in, issued on a day: "condemned the coup in a statement issued late on
Monday", "in a speech delivered on Sunday", "in a communique released on Friday". The past participle
of issuing (word class ``channel_issued``) on a noun of a saying channel (``saying_channel``) that is
the object of a preposition tells when the statement came out, which is when its sayer said it: the
date the participle carries is the saying's, never a clause describing something else (read by
``dates._describes_other``, as ``dates._said_in`` reads "in a statement on Monday")."""

from __future__ import annotations

from spacy.tokens import Token

from flashpoint.nlp.words import word_class

__all__ = ["issued_channel"]

_ISSUED = word_class("channel_issued")
_CHANNELS = word_class("saying_channel")


def issued_channel(node: Token) -> bool:
    """``node`` is a past participle of issuing on a saying channel told as the object of a
    preposition ("in a statement *issued* late on Monday")."""
    return node.dep_ == "acl" and node.tag_ == "VBN" and node.lemma_.lower() in _ISSUED \
        and node.head.lemma_.lower() in _CHANNELS and node.head.dep_ == "pobj"
