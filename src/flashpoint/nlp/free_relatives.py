"""A free relative that names a deed's object by another's words ("struck what New Delhi called a
terrorist camp inside Pakistan", "bombed what Ankara described as PKK hideouts in northern Iraq"):
the label and the places told with it are the object's own phrase, so where they put the object is
where the deed was, though the parser hangs the clause on the deed's verb as a complement, and the
place often on the verb of labelling rather than on the label (``places/locate.py``,
``events/assemble.py``). Word classes ``labelling`` and ``free_relative_what``."""

from __future__ import annotations

from spacy.tokens import Token

from .words import word_class

__all__ = ["labels_the_object"]

_LABELLING = word_class("labelling")
_WHAT = word_class("free_relative_what")


def labels_the_object(clause: Token, verb: Token) -> bool:
    """``clause`` is a free relative of labelling that is ``verb``'s object ("[what Moscow described
    as a military factory] in "struck what Moscow described as ...")."""
    return clause.dep_ == "ccomp" and clause.head.i == verb.i and clause.lemma_.lower() in _LABELLING \
        and any(c.dep_ == "dobj" and c.lower_ in _WHAT for c in clause.children)
