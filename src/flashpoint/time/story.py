"""Story-level dates: when an event with no temporal expression of its own happened.

An event's date comes from its own clause, then its sentence (:func:`event_date`). An event the text
leaves undated takes the date the story gives for the *same strand of the story*: the latest
explicitly dated, recent (within :data:`INHERIT_WINDOW_DAYS` before publication, day precision)
sentence before it whose events are of the same kind, material (CAMEO roots 14–20: protests, force,
coercion, assault) or verbal (01–13: statements, appeals, criticism, meetings). A reaction is not
dated by the attack it reacts to ("Police said on Monday that gunmen shot two men. The governor
condemned the attack." leaves the condemnation on the publication day, since its own date is not
stated), and one country's strike is not dated by another country's statement of the day before.

Every inherited date names the sentence it came from; the coder marks it in ``explain``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .dates import ResolvedDate, event_date
from .spans import SentenceCandidates

__all__ = ["INHERIT_WINDOW_DAYS", "StoryDate", "strand_of", "story_dates", "recent", "days_before"]

INHERIT_WINDOW_DAYS = 14
MATERIAL_FROM_ROOT = "14"


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
    """Dated within the inheritance window before publication (or no publication date to judge by)."""
    if published is None:
        return True
    return when is not None and _days_before(when, published) <= INHERIT_WINDOW_DAYS


def _inheritable(when: ResolvedDate | None, published: dt.date | None) -> bool:
    """A date later sentences may inherit: day precision, within two weeks before publication."""
    if when is None or when.precision != "day" or published is None:
        return False
    return 0 <= _days_before(when, published) <= INHERIT_WINDOW_DAYS


@dataclass(frozen=True, slots=True)
class StoryDate:
    """An event's date: its own (``inherited_from`` None) or the strand's (the sentence it came from)."""

    when: ResolvedDate | None
    inherited_from: int | None = None


def story_dates(doc: Doc, events: Iterable[tuple[int, Token, str]], published: dt.date | None,
                event_nouns: frozenset[str]) -> Iterator[StoryDate]:
    """The date of each event ``(sentence index, trigger, CAMEO root)``, in document order.

    A sentence with a date but no event of a strand (a date told in a sentence of its own, "It
    happened on Monday.") dates both strands; a sentence's own events date their own strand.
    """
    sents = list(doc.sents)
    events = list(events)
    with_events = {sent_index for sent_index, _, _ in events}
    dates = SentenceCandidates(doc)  # each sentence's temporal expressions, found once
    latest: dict[str, tuple[int, ResolvedDate] | None] = {"material": None, "verbal": None}
    scanned = 0  # sentences before this one have updated the strands
    for sent_index, trigger, root in events:
        while scanned < sent_index:  # sentences between events can date the story too
            own = None if scanned in with_events else event_date(doc, sents[scanned].root, published,
                                                                   event_nouns, dates, describing=True)
            if own is not None:
                for strand in latest:
                    latest[strand] = (scanned, own) if _inheritable(own, published) else None
            scanned += 1
        scanned = max(scanned, sent_index)
        strand = strand_of(root)
        when = event_date(doc, trigger, published, event_nouns, dates)
        if when is not None:
            latest[strand] = (sent_index, when) if _inheritable(when, published) else None
            yield StoryDate(when)
            continue
        story = latest[strand]
        if story is not None and story[0] < sent_index:
            yield StoryDate(story[1], story[0])
        else:
            yield StoryDate(None)
