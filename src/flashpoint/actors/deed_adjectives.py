"""A people's adjective the parser made the subject of a deed of force is that country's force.

"Ukrainian shelling killed two people in Belgorod": the small parser reads "Ukrainian" as the
subject and "shelling" as an auxiliary of "killed", so the adjective alone is coded, as a people:
Ukrainian civilians. The shelling is a state's force. A one-word phrase that is an adjective of
nationality, the subject of its verb, followed by a gerund of force (word class ``force_gerund``:
shelling, bombing, firing) that the parser hung on the same verb, is that country's military, whose
deed it is, never its civilians (so the deed's place, "in the Eritrean town of Senafe", stays the
target it is of a state's force). So too where the parser made the adjective the object of a
verb of harm's in-phrase and the gerund a clause of that verb ("three civilians died in [Russian]
[shelling]", ``nlp/harm.py``). The small parser also tags the adjective a proper noun, the subject,
and the gerund an auxiliary or adverb of the verb ("[Russian]/NNP [shelling]/aux wounded two farmers")
or a clause on the adjective itself ("[Azerbaijani]/NNP [shelling]/acl killed five civilians"): the
gerund then bare (no word of its own hung on it, so "a Palestinian shooting at troops" is no such
phrase), the adjective singular and without a determiner, it is the same deed's doer.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from ..nlp.harm import split_cause
from ..nlp.words import word_class
from .draft import Draft

__all__ = ["force_by_adjective"]

_GERUNDS = word_class("force_gerund")
_SUBJECTS = ("nsubj", "nsubjpass")
_ADJECTIVE_TAGS = ("JJ", "NNP")
_CIVILIANS = "CVL"
_FORCE = "MIL"


def force_by_adjective(doc: Doc, drafts: Iterable[Draft]) -> None:
    """Make each draft that is a nationality adjective read as the subject of a deed of force its
    country's military ("Ukrainian shelling killed ...": UKRMIL, not Ukrainian civilians)."""
    for d in drafts:
        tok = doc[d.head]
        if d.end - d.start != 1 or d.sector != _CIVILIANS or d.country is None or tok.i + 1 >= len(doc):
            continue
        deed = doc[tok.i + 1]
        subject = tok.dep_ in _SUBJECTS and (
            (tok.pos_ == "ADJ" and deed.head.i == tok.head.i) or _misread_pair(doc, tok.i, deed.i))
        split = split_cause(deed)
        cause = split is not None and split.i == tok.i
        if deed.lower_ in _GERUNDS and (subject or cause):
            d.sector = _FORCE
            d.people = None


def _misread_pair(doc: Doc, adjective: int, gerund: int) -> bool:
    """Whether the parser read a bare nationality word and the bare gerund after it as a proper-noun
    subject with an auxiliary, adverb or clause ("[Azerbaijani]/NNP [shelling]/acl killed ...")."""
    tok, deed = doc[adjective], doc[gerund]
    if tok.tag_ not in _ADJECTIVE_TAGS or any(True for _ in deed.children):
        return False
    if adjective > 0 and doc[adjective - 1].pos_ == "DET":
        return False
    return deed.head.i == tok.head.i or (deed.dep_ == "acl" and deed.head.i == tok.i)
