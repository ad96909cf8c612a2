"""How old the story's day may be: the day its lead tells, which dates what the lead leaves undated.

A report is filed on the day it tells of or the next, and may be published a day later still: a
lead's deeds (material events) left undated are of the day it tells when that day is at most
:data:`DEEDS_DAY_MAX_DAYS` before publication ("Troops exchanged fire along the border. The shelling
lasted through Thursday night", published on Saturday). Words (statements, condemnations, appeals)
come up to the text, so a lead day two days old dates none of them: only one at most
:data:`WORDS_DAY_MAX_DAYS` before (:func:`story_day_for`). A day two days old told as the start of
a period ("The blockades began on Thursday") is no deed's day: the deeds told are of the period.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from .clauses import owning_clause
from .dates import ResolvedDate
from .tenses import onset

__all__ = ["DEEDS_DAY_MAX_DAYS", "WORDS_DAY_MAX_DAYS", "lead_day_age_ok", "story_day_for"]

DEEDS_DAY_MAX_DAYS = 2
WORDS_DAY_MAX_DAYS = 1


def _age(when: ResolvedDate, published: dt.date) -> int:
    return (published - dt.date.fromisoformat(when.date[:10])).days


def lead_day_age_ok(doc: Doc, when: ResolvedDate, published: dt.date) -> bool:
    """``when``, the first recent day the lead tells, may be the story's day: one day before
    publication, or two when not told as the start of a period."""
    age = _age(when, published)
    if age == DEEDS_DAY_MAX_DAYS:
        span = doc.char_span(when.start, when.end, alignment_mode="expand")
        return span is not None and not onset(owning_clause(span.root))
    return 0 < age <= WORDS_DAY_MAX_DAYS


def story_day_for(day: tuple[int, ResolvedDate] | None, strand: str, published: dt.date | None,
                  sent_index: int = -1) -> tuple[int, ResolvedDate] | None:
    """The story's day as it dates an event of ``strand`` (material or verbal) told in sentence
    ``sent_index``: words only by a day at most :data:`WORDS_DAY_MAX_DAYS` old, and a day older than
    that no event of the sentence that tells it of something else ("arrested 14 suspects in
    connection with the attack on Sunday": the attack's day, not the arrest's)."""
    if day is None or published is None or _age(day[1], published) <= WORDS_DAY_MAX_DAYS:
        return day
    return day if strand == "material" and day[0] != sent_index else None
