"""The terms of an expulsion told as a participle are that expulsion.

"The junta expelled the French ambassador, giving him 72 hours to leave", "Niger expelled the
envoy, ordering him to leave within 48 hours": the participle tells how long the expelled has, not
a second expulsion. Where the participle hangs on an expulsion that is a trigger of the sentence
(roots set ``expulsion``), it is no record of its own; told alone ("gave the diplomats 48 hours to
leave the country") it is the expulsion.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from .roots import in_set

__all__ = ["terms_of_expulsion"]


def terms_of_expulsion(tok: Token, code: str, codes: Mapping[int, str]) -> bool:
    """``tok`` (a trigger of ``code``) is a participle with no subject of its own that expels, hung on
    an expulsion the sentence tells (``codes`` gives the sentence's triggers their codes)."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.head.i == tok.i or not in_set(code, "expulsion"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    head = codes.get(tok.head.i)
    return head is not None and in_set(head, "expulsion")
