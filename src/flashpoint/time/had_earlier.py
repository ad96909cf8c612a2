"""A deed told in the past perfect with no date of its own: no later than the day told before it.

"The army said on Tuesday it had shelled rebel positions. Rebels had earlier attacked an army post":
the past perfect tells a deed before the time the story has reached, Tuesday, and the text gives it
no day of its own. The publication day, days after Tuesday, would put it after the deed it came
before; the date the story gives it is the day told last of a deed of its strand, as its latest
(``date_basis`` ``carried``; ``explain`` names it "no later than the day told in sentence N"), as a past perfect told after an
undated-strand day takes that day (:mod:`~flashpoint.time.story`). A day told in a past perfect
clause sets no strand's day there, so that path leaves this one undated.

Only a main clause (and the clauses coordinated with it) is read so: a relative clause ("the mayor,
who had criticised the army") tells who someone is, at a time of its own, and a clause reported by
a verb of saying is before the saying, not before the day told in a sentence before. A past perfect
told as coming after ("had since withdrawn", "had later retaken") is after the day, not before it.
The day must be recent, of the same item of a list of briefs, and before publication (a story whose
day is the publication day keeps it). A past perfect the saying's day of its own sentence dates ("said
on Tuesday it had shelled X") is a bound of that day too (:mod:`~flashpoint.time.said_before`), and
still sets the day the past perfect after it is no later than.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Token

from ..nlp.dateline import brief_items, item_of
from .dates import ResolvedDate, told_in_sequel
from .said_before import said_again, said_on, saying_of, told_before_its_saying
from .story_date import StoryDate, inheritable, strand_of
from .tenses import past_perfect, told_after, verb_of

__all__ = ["no_later_than_the_line"]


def no_later_than_the_line(doc: Doc, events: Iterable[tuple[int, Token, str]], found: Iterable[StoryDate],
                           published: dt.date | None) -> Iterator[StoryDate]:
    """Each event's date (``found``, in document order), the undated main clauses in the past perfect
    given the day told last of a deed of their strand before them (see the module docstring)."""
    items = brief_items(doc.text)
    latest: tuple[int, ResolvedDate, str, int | None] | None = None  # sentence, day, strand, brief item
    said: tuple[int, ResolvedDate, Token, int | None] | None = None  # the same, of the saying told last
    for (sent_index, trigger, root), dated in zip(events, found, strict=True):
        item = item_of(items, trigger.idx) if items else None
        if dated.when is None and latest is not None and latest[2] == strand_of(root) and latest[3] == item \
                and published is not None and latest[1].date < published.isoformat() \
                and inheritable(latest[1], published) and _told_before_the_line(verb_of(trigger)):
            yield StoryDate(latest[1], latest[0], bound=True)
            continue
        if dated.when is None and said is not None and said[3] == item and inheritable(said[1], published) \
                and said_again(trigger, said[2]):  # ("... said on Wednesday ... The military said troops had")
            yield StoryDate(said[1], said[0], bound=True)
            continue
        if dated.when is not None and dated.inherited_from is None and not dated.period:
            latest = (sent_index, dated.when, strand_of(root), item)
            saying = saying_of(trigger)
            # (a day told of a deed itself is a time the story has moved to, past the saying's)
            said = (sent_index, dated.when, saying, item) if saying is not None \
                and said_on(doc, saying, dated.when) else None if said is None or said[0] < sent_index else said
            if told_before_its_saying(doc, trigger, dated.when):  # ("said on Tuesday it had shelled X")
                dated = StoryDate(dated.when, sent_index, bound=True)
        yield dated


def _told_before_the_line(verb: Token) -> bool:
    """A main clause in the past perfect, or a clause coordinated with it or a participle on it, not
    told as coming after ("Rebels had earlier attacked an army post"; not "had since withdrawn")."""
    clause = verb  # (up its conjuncts and participles: "had seized a trawler, killing its captain")
    while (clause.dep_ == "conj" or (clause.dep_ == "advcl" and clause.tag_ == "VBG")) and clause.head.i != clause.i:
        clause = clause.head
    own_aux = any(c.dep_ in ("aux", "auxpass") for c in verb.children)  # ("had seized the town and burned ...")
    return clause.dep_ == "ROOT" and past_perfect(verb if own_aux else clause) \
        and not told_in_sequel(verb) and not told_after(verb)
