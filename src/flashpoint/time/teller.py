"""The day of a condemnation the parser joined to the clause its teller reports: "The ministry said on
Monday that troops shelled the village on Sunday and condemned the attack". No doer condemns its own
deed, so the condemnation is the teller's (:func:`~flashpoint.time.clauses.condemned_by_the_teller`):
the deed's day is not its day, the saying's own day is. With no day of its own the saying leaves the
condemnation undated, to be dated as one told beside a deed of the other strand, never before that
deed's day (:mod:`flashpoint.time.story`)."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Token

from flashpoint.time.clauses import condemned_by_the_teller, owning_clause
from flashpoint.time.dates import ResolvedDate, event_date
from flashpoint.time.spans import SentenceCandidates

__all__ = ["teller_day"]


def teller_day(doc: Doc, verb: Token, published: dt.date | None, event_nouns: frozenset[str],
               candidates: SentenceCandidates) -> ResolvedDate | None:
    """The date told of the saying whose reported clause the condemnation ``verb`` is joined to, by a
    time of the saying's own clause ("said on Monday"); else None."""
    if not condemned_by_the_teller(verb, event_nouns):
        return None
    saying = verb.head.head
    when = event_date(doc, saying, published, event_nouns, candidates)
    span = None if when is None else doc.char_span(when.start, when.end, alignment_mode="expand")
    return when if span is not None and owning_clause(span.root).i == saying.i else None
