"""A deed reported in the past perfect, dated only by its saying: no later than the saying's day.

"The ministry said on Tuesday that troops had killed 12 militants", "the army announced on Friday it
had arrested 30 suspects": the day told is the saying's, and the past perfect tells the deed came
before the saying, on a day the text does not give. The date a coder gives it is the saying's day,
but as a bound carried from the clause that says it (``date_basis`` ``carried``; ``explain`` "no
later than the day told in sentence N"), not as a day told of the deed itself. A day the reported
clause tells of its own ("had attacked a base on Sunday", "had attacked the base two days earlier")
is the deed's (``stated``), and a clause in another tense ("said on Tuesday its forces were
fighting", "said on Tuesday troops killed 12 militants") is left as the saying's day tells it.

The same teller saying again with no day ("Pakistan's military said on Wednesday that militants had
stormed a checkpoint. The military said troops had arrested four of the attackers"; "It said ...")
goes on with the statement of that day: a deed it reports in the past (perfect or simple: "The army
said soldiers captured three") is no later than that day too, not the publication day
(:func:`said_again`, applied in :mod:`~flashpoint.time.had_earlier` to the saying told last with a
day, until a deed's own day moves the story on).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp.words import word_class
from .clauses import is_past, owning_clause
from .dates import ResolvedDate
from .said_day import saying_read_as_a_participle
from .tenses import past_perfect, verb_of

__all__ = ["said_again", "said_on", "saying_of", "told_before_its_saying"]

_SPEECH = word_class("speech")
_PRONOUNS = frozenset(("it", "he", "she", "they"))


def told_before_its_saying(doc: Doc, trigger: Token, when: ResolvedDate) -> bool:
    """``trigger`` is told in the past perfect in the clause a verb of saying governs (or a clause
    coordinated with it, or a participle on it), and ``when`` is told of that verb of saying, not of
    the reported clause (see the module docstring)."""
    reported = _reported(trigger)
    return reported is not None and reported[1] and said_on(doc, reported[0], when)


def saying_of(trigger: Token) -> Token | None:
    """The verb of saying whose clause (or a clause coordinated with it, or a participle on it)
    ``trigger`` is told in, in any tense; else None."""
    reported = _reported(trigger)
    return None if reported is None else reported[0]


def said_on(doc: Doc, saying: Token, when: ResolvedDate) -> bool:
    """``when`` is told of ``saying``'s own clause ("said on Tuesday that ...")."""
    span = doc.char_span(when.start, when.end, alignment_mode="expand")
    return span is not None and owning_clause(span.root).i == saying.i


def said_again(trigger: Token, said: Token) -> bool:
    """``trigger`` is told in the past (perfect or simple) in the clause of a verb of saying whose
    teller is the one of ``said``, a saying told before: the same noun, or a pronoun ("Pakistan's
    military said on Wednesday that ... The military said troops had arrested four")."""
    reported = _reported(trigger)
    if reported is None or not (reported[1] or is_past(verb_of(trigger))):
        return False
    before, now = _teller(said), _teller(reported[0])
    return before is not None and now is not None \
        and (now.lower_ in _PRONOUNS or now.lemma_.lower() == before.lemma_.lower())


def _reported(trigger: Token) -> tuple[Token, bool] | None:
    """The verb of saying whose clause ``trigger`` is told in, and whether it is told in the past
    perfect; None for a clause no verb of saying governs."""
    verb = verb_of(trigger)
    clause = verb  # (up its conjuncts and participles: "had seized a trawler, killing its captain")
    while (clause.dep_ == "conj" or (clause.dep_ == "advcl" and clause.tag_ == "VBG")) and clause.head.i != clause.i:
        clause = clause.head
    own_aux = any(c.dep_ in ("aux", "auxpass") for c in verb.children)  # ("had seized X and burned Y")
    saying = clause.head if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _SPEECH \
        else saying_read_as_a_participle(clause)  # ("police announced on Monday they had arrested ...")
    return None if saying is None else (saying, past_perfect(verb if own_aux else clause))


def _teller(saying: Token) -> Token | None:
    """The subject of a verb of saying (the noun a participle of saying is hung on)."""
    if saying.dep_ == "acl":
        return saying.head
    return next((c for c in saying.children if c.dep_ in ("nsubj", "nsubjpass")), None)
