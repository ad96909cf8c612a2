"""A deed reported in the past perfect, dated only by its saying: no later than the saying's day.

"The ministry said on Tuesday that troops had killed 12 militants", "the army announced on Friday it
had arrested 30 suspects": the day told is the saying's, and the past perfect tells the deed came
before the saying, on a day the text does not give. The date a coder gives it is the saying's day,
but as a bound carried from the clause that says it (``date_basis`` ``carried``; ``explain`` "no
later than the day told in sentence N"), not as a day told of the deed itself. A day the reported
clause tells of its own ("had attacked a base on Sunday", "had attacked the base two days earlier")
is the deed's (``stated``), and a clause in another tense ("said on Tuesday its forces were
fighting", "said on Tuesday troops killed 12 militants") is left as the saying's day tells it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp.words import word_class
from .clauses import owning_clause
from .dates import ResolvedDate
from .said_day import saying_read_as_a_participle
from .tenses import past_perfect, verb_of

__all__ = ["told_before_its_saying"]

_SPEECH = word_class("speech")


def told_before_its_saying(doc: Doc, trigger: Token, when: ResolvedDate) -> bool:
    """``trigger`` is told in the past perfect in the clause a verb of saying governs (or a clause
    coordinated with it, or a participle on it), and ``when`` is told of that verb of saying, not of
    the reported clause (see the module docstring)."""
    verb = verb_of(trigger)
    clause = verb  # (up its conjuncts and participles: "had seized a trawler, killing its captain")
    while (clause.dep_ == "conj" or (clause.dep_ == "advcl" and clause.tag_ == "VBG")) and clause.head.i != clause.i:
        clause = clause.head
    own_aux = any(c.dep_ in ("aux", "auxpass") for c in verb.children)  # ("had seized X and burned Y")
    saying = clause.head if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _SPEECH \
        else saying_read_as_a_participle(clause)  # ("police announced on Monday they had arrested ...")
    if not past_perfect(verb if own_aux else clause) or saying is None:
        return False
    span = doc.char_span(when.start, when.end, alignment_mode="expand")
    return span is not None and owning_clause(span.root).i == saying.i
