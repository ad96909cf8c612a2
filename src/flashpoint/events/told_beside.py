"""Clauses told beside a deed of the sentence that are no deed of their own: the aim of force
(:mod:`.purpose`), the terms of an expulsion (:mod:`.expulsion_terms`), a refusal of force
(:mod:`.restraint`). Each reads the codes of the sentence's triggers."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from .expulsion_terms import terms_of_expulsion
from .purpose import aim_of_force
from .restraint import force_refused

__all__ = ["no_deed_of_its_own"]


def no_deed_of_its_own(tok: Token, code: str, codes: Mapping[int, str]) -> bool:
    """``tok`` (a trigger of ``code``) tells no deed beside the sentence's others (``codes``)."""
    return aim_of_force(tok, code, codes) or terms_of_expulsion(tok, code, codes) or force_refused(tok, code, codes)
