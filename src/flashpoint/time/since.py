"""The date of a deed told over a period up to the story: "since" a start.

"Protesters have blocked the highway since Thursday" tells when the blockade began: the deed's date
is that start, at the precision the text tells it (the Thursday, a day, in whatever month it falls;
"since last week" a month; "since early April" April), and its words are the whole "since ..." (the
record's ``date_text``), so that a reader sees a start, not the day of one deed. The start is told of
the deed's own clause (``date_basis`` ``stated``); the deeds of a tally ("have arrested 200 since
Saturday") fall on days from then on, none of them told, so the date is a period's
(:attr:`~flashpoint.time.story_date.StoryDate.period`): no day that sets a deed told again apart from
one told before. A period of more than :data:`TALLY_DAYS` ("has killed thousands since 2009") is
history, dated from its start too, and no period of the news.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Doc, Token

from .dates import since_long_ago
from .spans import SentenceCandidates
from .story_date import StoryDate, days_before

__all__ = ["TALLY_DAYS", "since_start"]

TALLY_DAYS = 365  # a tally over a longer period is history, dated from its start


def since_start(doc: Doc, trigger: Token, published: dt.date | None,
                candidates: SentenceCandidates | None = None) -> StoryDate | None:
    """The date of a deed its own clause tells as going on since a start up to publication, or None
    where it tells none (see the module docstring)."""
    start = since_long_ago(doc, trigger, published, candidates=candidates)
    if start is None or published is None:
        return None
    if (days_before(start, published) or 0) > TALLY_DAYS:
        return StoryDate(start)  # "has killed thousands since 2009": years from 2009, no day of the story's
    first = doc.char_span(start.start, start.end, alignment_mode="expand")
    since = doc[first.start - 1] if first is not None and first.start > 0 else None
    if since is not None and since.lower_ == "since":  # (the words: "since Thursday", not "Thursday")
        start = replace(start, text=doc.text[since.idx:start.end], start=since.idx)
    return StoryDate(start, period=True)
