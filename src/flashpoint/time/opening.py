"""A time told by a sentence-opening "On" that the parser hung on the subject after it.

"On Friday protesters blocked the highway", "On Tuesday soldiers and militiamen clashed": with no
comma after the day, the parser may read the day as a modifier of the subject ("[Friday protesters]")
and leave "On" with no object. Read so, the day would say which protesters, not when (as "the 2015
agreement" says which agreement). A day or date right after an "On" that opens its sentence (after
"late" or "early" at most) is the clause's time whatever the parser hung it on
(:func:`opened_by_on`, read by :func:`flashpoint.time.anchors.names_which`).
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import BEFORE_OPENING_ON


def opened_by_on(anchor: Token) -> bool:
    """``anchor`` is a word of a date right after an "On" that opens its sentence, the date told
    before the clause's subject ("On Friday protesters blocked ...", "On 12 March militants ...")."""
    doc = anchor.doc
    first = anchor.i
    while first > anchor.sent.start and doc[first - 1].ent_type_ == "DATE":
        first -= 1
    if first == anchor.sent.start or doc[first - 1].lower_ != "on":
        return False
    opener = doc[first - 1]
    before = [tok for tok in doc[anchor.sent.start : opener.i] if not tok.is_punct]
    return all(tok.lower_ in BEFORE_OPENING_ON for tok in before) and anchor.head.i > anchor.i \
        and anchor.head.dep_ in ("nsubj", "nsubjpass", "pobj")
