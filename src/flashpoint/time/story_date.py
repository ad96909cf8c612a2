"""The date a story gives an event, and the small steps :mod:`flashpoint.time.story` takes to find it.

:class:`StoryDate` is an event's date with how it was found (its own, the story's day, carried from
another sentence); :func:`strand_of` sorts an event into the material or the verbal strand of a
story; :func:`recent` and :func:`inheritable` say whether a date is one later sentences may take.
The helpers move a date by a span the text tells (:func:`lying_from`, :func:`count_from_event`),
bound it by a later time of its sentence (:func:`no_later`) or widen it to its month
(:func:`month_of`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from flashpoint.nlp.words import word_class

from .anchors import CountedEvent
from .dates import ResolvedDate
from .expressions import shift
from .spans import Candidate

__all__ = ["INHERIT_WINDOW_DAYS", "INTENT_ROOT", "MATERIAL_FROM_ROOT", "StoryDate", "count_from_event", "days_before",
           "inheritable", "lying_from", "month_of", "no_later", "recent", "strand_of", "tell_deed"]

INHERIT_WINDOW_DAYS = 14
MATERIAL_FROM_ROOT = "14"
INTENT_ROOT = "03"  # an intent is dated when it is told, never by the time of the deed it intends
# words that tell one deed again by another word ("captured the town" ... "after the fall of the town")
RETELLING = (word_class("retold_taking"), word_class("retold_assault"))

def strand_of(root: str) -> str:
    """The strand of a story an event of CAMEO ``root`` belongs to: "material" or "verbal"."""
    return "material" if root >= MATERIAL_FROM_ROOT else "verbal"


def _days_before(when: ResolvedDate, published: dt.date) -> int:
    return (published - dt.date.fromisoformat(when.date)).days


def days_before(when: ResolvedDate | None, published: dt.date | None) -> int | None:
    """How many days before publication ``when`` is (None when either is unknown)."""
    if when is None or published is None:
        return None
    return _days_before(when, published)


def recent(when: ResolvedDate | None, published: dt.date | None) -> bool:
    """Dated within the inheritance window before publication (or no publication date to judge by);
    a month that is the publication's is recent whatever its day ("earlier this month")."""
    if published is None:
        return True
    if when is None:
        return False
    if when.precision == "month" and when.date[:7] == published.isoformat()[:7]:
        return True
    return _days_before(when, published) <= INHERIT_WINDOW_DAYS


def inheritable(when: ResolvedDate | None, published: dt.date | None) -> bool:
    """A date later sentences may inherit: day precision, within two weeks before publication."""
    if when is None or when.precision != "day" or published is None:
        return False
    return 0 <= _days_before(when, published) <= INHERIT_WINDOW_DAYS


@dataclass(frozen=True, slots=True)
class StoryDate:
    """An event's date: its own (``inherited_from`` None), the strand's or the story's day (the
    sentence it came from). ``period``: the date is the start of a period the deed is told over
    ("have detained dozens since Saturday"), no day of the deed that sets it apart from one told
    before."""

    when: ResolvedDate | None
    inherited_from: int | None = None
    story_day: bool = False
    period: bool = False
    bound: bool = False  # the latest day it can be, not told of it ("Rebels had earlier attacked ...")

    @property
    def basis(self) -> str | None:
        """How the date was found, for the record's ``date_basis``: ``stated`` (the event's own),
        ``story`` (the story's day), ``carried`` (another clause's or sentence's told of it), None
        where the text gives none."""
        if self.when is None:
            return None
        return "stated" if self.inherited_from is None else "story" if self.story_day else "carried"

    def own_words(self, sent_index: int) -> bool:
        """The date is told by words of the event's own sentence (``sent_index``): its own, or a bound
        that sentence tells ("said on Tuesday it had shelled X": the saying's day, no later)."""
        return self.inherited_from is None or (self.bound and self.inherited_from == sent_index)

    @property
    def path(self) -> str | None:
        """How the date was found, for ``explain`` (None for the event's own date)."""
        if self.inherited_from is None:
            return None
        if self.story_day:
            return f"the story's day, told in sentence {self.inherited_from}"
        if self.bound:
            return f"no later than the day told in sentence {self.inherited_from}"
        return f"inherited from sentence {self.inherited_from}"


def no_later(bound: ResolvedDate, sent_index: int, day: tuple[int, ResolvedDate] | None,
              item: Sequence[int | None]) -> StoryDate:
    """The date of a deed told as coming before a time of its sentence (``bound``) and dated by none of
    its own: the story's day told in an earlier sentence of its item, when it is no later than
    ``bound`` ("... on Thursday. Overnight, shots rang out after the challenger rejected the result");
    else ``bound``, carried from the deed that followed."""
    if day is not None and day[0] < sent_index and item[day[0]] == item[sent_index] and day[1].date <= bound.date:
        return StoryDate(day[1], day[0], story_day=True)
    return StoryDate(bound, sent_index)


def lying_from(doc: Doc, dated: StoryDate, lying: tuple[Candidate, tuple[int, str]] | None) -> StoryDate:
    """The date of a clause told as lying a span from the clause it hangs on, whose date the story
    gives (``dated``): that date moved by the span ("The incident followed a wave of kidnappings, a
    day after the president declared a state of emergency", in a story of yesterday: the declaring the
    day before); no date where the span cannot be kept at that date's precision."""
    if lying is None or dated.when is None:
        return dated
    words, offset = lying
    moved = shift(dated.when.date, dated.when.precision, offset)
    if moved is None:
        return StoryDate(None)
    span = doc[words.start:words.end]
    return replace(dated, when=ResolvedDate(moved[0], moved[1], span.text, span.start_char, span.end_char))


def count_from_event(doc: Doc, counted: CountedEvent, deeds: dict[str, ResolvedDate],
                      before: tuple[int, ResolvedDate] | None) -> ResolvedDate | None:
    """The date of a deed told as lying a span from an event of an earlier sentence: that event's
    date moved by the span ("Insurgents attacked a convoy on 3 March. Two days after the attack on the
    convoy, aircraft bombed their camp": 5 March; "... met the envoy on Monday. Hours after meeting the
    envoy, the minister accused ...": Monday). The event is the latest one told with a date of its own
    by a trigger of its lemma, else the time the sentence just ``before`` told (given only for an event
    noun that may retell that sentence's deed); None when neither is known or the span cannot be kept
    at that date's precision. A deed told by another word of the same kind counts where none of its
    lemma is told (:data:`RETELLING`: "Rebels captured the town on Saturday. A day after the fall of
    the town, ...": Sunday)."""
    known = _retold(counted.lemma(), deeds)
    if known is None and before is not None:
        known = before[1]
    moved = None if known is None else shift(known.date, known.precision, counted.offset)
    if moved is None:
        return None
    span = doc[counted.words.start:counted.words.end]
    return ResolvedDate(moved[0], moved[1], span.text, span.start_char, span.end_char)


def tell_deed(deeds: dict[str, ResolvedDate], lemma: str, when: ResolvedDate) -> None:
    """Record ``when`` as the latest date of its own told of a deed of ``lemma`` (``deeds`` keeps the
    order in which the story told them, the latest last)."""
    deeds.pop(lemma, None)
    deeds[lemma] = when


def _retold(lemma: str, deeds: dict[str, ResolvedDate]) -> ResolvedDate | None:
    """The date of the deed of ``lemma`` the story told last, else of the last deed it told by another
    word of the same kind (:data:`RETELLING`)."""
    if lemma in deeds:
        return deeds[lemma]
    kind = next((words for words in RETELLING if lemma in words), frozenset())
    return next((deeds[told] for told in reversed(deeds) if told in kind), None)


def month_of(when: ResolvedDate) -> ResolvedDate:
    """``when`` no more precise than its month: what follows a day of history happened after it."""
    if when.precision != "day":
        return when
    return replace(when, date=when.date[:8] + "01", precision="month")

