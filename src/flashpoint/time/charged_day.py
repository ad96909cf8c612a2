"""The day a statement's content gives the deed it is about: no carried day before it dates the statement.

Words about a deed (an accusation, a condemnation, a denial, a demand or a report: the ``about_a_deed``
set of roots.yml, which the events stage passes in, so that time/ reads no events module) come on the
day of that deed or after. A day told in the content ("accused the rebels of attacking its positions
on Thursday", "denied that its troops shelled the market on Tuesday") is the deed's, not the
statement's (:mod:`~flashpoint.time.dates` keeps it from dating the statement itself), but it
bounds it: a day carried from another sentence that lies before it ("On Wednesday, the rebels said
they would withdraw. The army accused the rebels of attacking its positions on Thursday": not
Wednesday) cannot be the statement's. The story then dates it as one
whose content names an earlier deed by a day (``named_before``): the story's day if no earlier,
else the day of the text, the latest the statement can be, never the content's day itself, which is
the deed's and not the words'.

Only a content clause counts (a complement of the words, at any depth, or a "that" clause on a noun
of them, "denied reports that its fighters attacked a convoy on Wednesday"): not a relative clause on a
party ("accused the rebels, who seized the town on Friday, of ...", an aside of the teller's), nor
an adverbial clause, nor another verb coordinated with the words.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Token

from .clauses import owning_clause
from .expressions import resolve_expression
from .spans import SentenceCandidates
from .tenses import verb_of

__all__ = ["charged_day"]

_NOT_CONTENT = ("relcl", "advcl", "conj", "appos", "parataxis", "acl")


def charged_day(doc: Doc, trigger: Token, root: str, published: dt.date | None,
                dates: SentenceCandidates, about_a_deed: tuple[str, ...]) -> str | None:
    """The latest day (ISO, no later than ``published``) told in a content clause of the words at
    ``trigger`` (of CAMEO ``root``), or None when the words are of no deed (``about_a_deed``: the code
    prefixes of words about a deed, which the events stage reads from roots.yml) or their content
    tells no day."""
    if published is None or not root.startswith(about_a_deed):
        return None
    words = verb_of(trigger)
    found = []
    for cand in dates.of_token(trigger):
        clause = owning_clause(doc[cand.anchor])
        if clause.i == words.i or not _content_of(clause, words):
            continue
        reading = resolve_expression(cand.text(doc), published)
        if reading is not None and reading[1] == "day" and reading[0] <= published.isoformat():
            found.append(reading[0])
    return max(found, default=None)


def _content_of(clause: Token, words: Token) -> bool:
    """``clause`` hangs under ``words`` by complements only (a clause of content on a noun too), none
    of them a deed still to come."""
    node = clause
    while node.i != words.i:
        if (node.dep_ in _NOT_CONTENT and not _content_of_a_noun(node)) or node.head.i == node.i \
                or _still_to_come(node):
            return False
        node = node.head
    return True


def _content_of_a_noun(node: Token) -> bool:
    """A "that" clause on a noun ("denied reports that its fighters attacked a convoy"): what the
    report tells, no description of the noun."""
    return node.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children)


def _still_to_come(node: Token) -> bool:
    """A clause told with a modal or a to-infinitive ("threatened to attack Goma on Wednesday", "warned
    that they would strike on Friday"): a deed to come, whose day bounds no words about it."""
    return any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in node.children)
