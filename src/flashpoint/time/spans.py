"""Find the temporal expressions of a sentence in a parsed spaCy ``Doc``.

Candidates are the DATE and TIME entities plus the weekday names, deictic
words ("yesterday", "tonight") and relative periods ("last week", "last
September") that the entity recogniser missed. Adjacent pieces are merged ("Tuesday" + "evening"),
as are the two ends of a range ("between March 23" + "and 26"); each
candidate is then widened to the left over prepositions and modifiers that
belong to the expression ("late on March 27", "in 2008"). A word of the day of speaking ("today",
"this morning": ``lexicon.SPEAKING_DAY``) inside a direct quote is the speaker's day, no time that can
be read from publication, and is no candidate; any other expression inside a quote whose saying the
text dates to a day is read from that day, not from publication (:func:`speakers_day`: "'We were
shelled last night,' the mayor said on Tuesday", in a story of Thursday, tells of Monday night).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from flashpoint.nlp.quotes import in_quote, quote_at
from flashpoint.nlp.tree import first_conjunct
from flashpoint.nlp.words import word_class
from flashpoint.time.clauses import owning_clause
from flashpoint.time.expressions import resolve_expression
from flashpoint.time.lexicon import (
    ADJACENT_UNITS,
    ADJACENT_WORDS,
    DEICTIC_TOKENS,
    LEFT_EXTENSION_WORDS,
    MONTH_TOKENS,
    PERIOD_DETERMINERS,
    PERIOD_NOUNS,
    RANGE_CONNECTORS,
    SPEAKING_DAY,
    WEEKDAY_TOKENS,
)

_LABELS = frozenset(("DATE", "TIME"))
_SPEECH = word_class("speech")
_MAX_LEFT_EXTENSION = 3
_TWO_DAYS = re.compile(r"^\d{1,2}/\d{1,2}$")  # a night's two days, "11/12"
_ORDINAL_DAY = re.compile(r"^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)$")  # "the 3rd": a day of the month


@dataclass(frozen=True, slots=True)
class Candidate:
    """A temporal expression: token offsets of its core and of its full text.

    ``anchor`` is the index of the token through which the expression hangs
    in the dependency tree (the syntactic root of the core).
    """

    start: int
    end: int
    core_start: int
    core_end: int
    anchor: int

    def text(self, doc: Doc) -> str:
        """The words of the full expression."""
        return doc[self.start : self.end].text


def _pieces(sent: Span, entities: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Token ranges of DATE/TIME entities and of temporal words NER missed.

    ``entities``: the DATE/TIME entity ranges that lie within ``sent``, when the caller has them.
    """
    if entities is None:
        pieces = [(ent.start, ent.end) for ent in sent.ents if ent.label_ in _LABELS]
    else:
        pieces = list(entities)
    pieces = [p for start, end in pieces for p in _split_span(sent.doc, start, end)]
    covered = {i for start, end in pieces for i in range(start, end)}
    previous_free = False  # previous token is an uncovered "last"/"this"/"next"/"past"
    for tok in sent:
        low = tok.lower_
        if tok.i in covered:
            previous_free = False
            continue
        if low in ADJACENT_UNITS and tok.i - 2 >= sent.start and tok.nbor(-1).lower_ in ADJACENT_WORDS \
                and tok.nbor(-2).lower_ == "the" and not covered & {tok.i - 1, tok.i - 2}:
            pieces.append((tok.i - 2, tok.i + 1))  # "The following day, the army shelled ..."
        elif low in _COUNT_ON and tok.i - 1 >= sent.start and tok.nbor(-1).lower_ in _SPAN_UNITS \
                and tok.i - 1 not in covered:
            # "Days later, troops shelled the port", "two weeks earlier" that NER misses
            pieces.append((max(tok.nbor(-1).left_edge.i, sent.start), tok.i + 1))
        elif low in WEEKDAY_TOKENS:
            pieces.append((tok.i - 1 if previous_free else tok.i, tok.i + 1))
        elif low in DEICTIC_TOKENS:
            pieces.append((tok.i, tok.i + 1))
        elif _ORDINAL_DAY.match(low) and tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.i - 1 >= sent.start \
                and tok.nbor(-1).lower_ == "the" and not any(c.dep_ == "prep" for c in tok.children):
            pieces.append((tok.i - 1, tok.i + 1))  # "on the 3rd" that NER took for an ordinal alone
        elif previous_free and (low in PERIOD_NOUNS or (low in MONTH_TOKENS and tok.is_title)):
            pieces.append((tok.i - 1, tok.i + 1))  # "last week", "Last September"
        previous_free = low in PERIOD_DETERMINERS
    pieces.sort()
    return pieces


_SPAN_UNITS = frozenset(("hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years"))
_SEQUEL_MARKS = frozenset(("after", "following"))
_COUNT_ON = frozenset(("later", "earlier"))  # a span before them counts from a time told before


def _split_span(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """An entity the recogniser ran over a comma into a span of time counted from something else
    ("on 24 January, 45 days after X took office", "on Wednesday, days after", "on Monday, a week
    after") is two expressions: the date, and the span. One it ran from a date into a span of
    time the deed came after ("on Tuesday after days of fighting", "on 3 May after weeks of talks")
    is the date alone: the span tells how long what led to the deed lasted (but "two days after
    Christmas" is one count from a date)."""
    for i in range(start + 1, end - 1):
        if doc[i].text == "," and any(t.lower_ in _SPAN_UNITS for t in doc[i + 1:min(end, i + 4)]):
            return [(start, i), (i + 1, end)]
        if doc[i].lower_ in _SEQUEL_MARKS and doc[i - 1].lower_ not in _SPAN_UNITS \
                and any(t.lower_ in _SPAN_UNITS for t in doc[i + 1:min(end, i + 4)]):
            return [(start, i)]  # (the span is how long what led to the deed lasted: no date)
    return [(start, end)]


def _merge(sent: Span, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join adjacent pieces and the two ends of ranges; take in a bare range end."""
    doc = sent.doc
    merged: list[tuple[int, int]] = []
    for start, end in pieces:
        if merged:
            last_start, last_end = merged[-1]
            adjacent = start == last_end
            joined = start == last_end + 1 and (doc[last_end].lower_ in RANGE_CONNECTORS
                                                or _weekday_and_date(doc, last_end, start, end)
                                                or _period_then_its_day(doc, last_start, last_end, start, end))
            if adjacent or joined:
                merged[-1] = (last_start, max(end, last_end))
                continue
        merged.append((start, end))
    widened: list[tuple[int, int]] = []
    for start, end in merged:
        if (
            end + 1 < sent.end
            and doc[end].lower_ in RANGE_CONNECTORS
            and doc[end + 1].is_digit
            and len(doc[end + 1].text) <= 2
            and doc[end + 1].ent_type_ not in _LABELS
        ):
            end += 2
        if start > sent.start and _TWO_DAYS.match(doc[start - 1].text) and doc[start].lower_ in MONTH_TOKENS:
            start -= 1  # "on the night of 11/12 October" (NER leaves the two days out)
        widened.append((start, end))
    return widened


def _weekday_and_date(doc: Doc, weekday_end: int, start: int, end: int) -> bool:
    """A weekday, a comma, then a day and month ("Monday, 2 June", a live blog's day heading; "on
    Friday, June 13"): one date, the day and month's, which the weekday only names."""
    return doc[weekday_end - 1].lower_ in WEEKDAY_TOKENS and doc[weekday_end].text == "," \
        and any(t.lower_ in MONTH_TOKENS for t in doc[start:end]) and any(t.like_num for t in doc[start:end])


def _period_then_its_day(doc: Doc, period_start: int, on: int, start: int, end: int) -> bool:
    """Last week or last month, "on", then a day of it ("last week on Tuesday", "last month on the
    12th"): one date, that day of the period (:mod:`~flashpoint.time.restated`), not the nearest one."""
    return on - period_start == 2 and doc[period_start].lower_ == "last" and doc[on - 1].lower_ in ("week", "month") \
        and doc[on].lower_ == "on" and (any(t.lower_ in WEEKDAY_TOKENS for t in doc[start:end])
                                        or bool(_ORDINAL_DAY.match(doc[end - 1].text)))


def _extend_left(sent: Span, start: int) -> int:
    doc = sent.doc
    steps = 0
    while start > sent.start and steps < _MAX_LEFT_EXTENSION and doc[start - 1].lower_ in LEFT_EXTENSION_WORDS:
        start -= 1
        steps += 1
    return start


_NOT_NAMES = frozenset(("GPE", "LOC", "NORP", *_LABELS))


def _ends_a_name(doc: Doc, start: int, end: int, anchor: int) -> bool:
    """A month and day that end a proper name ("the cargo ship Unaiza May 1", "the MV Unaiza May 1
    was seized"): the capitalised name before it joins it as a compound, or the date stands in
    apposition to that name. It names a ship or a body, no time (a place's name before a date,
    "Geneva May 1", is a dateline's)."""
    core = doc[start:end]
    if start == 0 or not any(t.lower_ in MONTH_TOKENS for t in core) or not any(t.like_num for t in core):
        return False
    name = doc[start - 1]
    if name.pos_ != "PROPN" or not name.is_title or name.ent_type_ in _NOT_NAMES \
            or name.lower_ in MONTH_TOKENS or name.lower_ in WEEKDAY_TOKENS:
        return False
    root = doc[anchor]
    return (name.dep_ == "compound" and start <= name.head.i < end) \
        or (root.dep_ in ("appos", "compound") and root.head.i == name.i)


def _candidates(sent: Span, entities: list[tuple[int, int]] | None) -> list[Candidate]:
    doc = sent.doc
    candidates = []
    for start, end in _merge(sent, _pieces(sent, entities)):
        anchor = doc[start:end].root.i
        if _ends_a_name(doc, start, end, anchor):
            continue
        if doc[start:end].text.lower() in SPEAKING_DAY and in_quote(doc, start):
            continue  # ("“Today we are making peace,” Aliyev said": the speaker's day, not the paper's)
        candidates.append(Candidate(_extend_left(sent, start), end, start, end, anchor))
    return candidates


def find_candidates(sent: Span) -> list[Candidate]:
    """All temporal expressions of ``sent`` in text order."""
    return _candidates(sent, None)


class SentenceCandidates:
    """The temporal expressions of one Doc's sentences, found once per sentence.

    Make one per Doc and pass it to every :func:`flashpoint.time.event_date` call on that Doc: the
    Doc's DATE/TIME entities are read once (not once per sentence) and each sentence's candidates
    are memoised, however many events (and scans for the story's date) ask for them. The result is
    the same as :func:`find_candidates`; the lists returned are shared, so never mutate them.
    """

    __slots__ = ("doc", "_ents", "_ent_starts", "_sent_start", "_sent_end", "_memo")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._ents: list[tuple[int, int]] | None = None  # DATE/TIME entities, in text order
        self._ent_starts: list[int] = []
        self._sent_start: list[int] | None = None  # per token: first token of its sentence
        self._sent_end: list[int] = []  # per token: end of its sentence
        self._memo: dict[tuple[int, int], list[Candidate]] = {}

    def _entities(self, start: int, end: int) -> list[tuple[int, int]]:
        """The DATE/TIME entities entirely within tokens [start, end) (as ``Span.ents`` selects them)."""
        if self._ents is None:
            self._ents = [(ent.start, ent.end) for ent in self.doc.ents if ent.label_ in _LABELS]
            self._ent_starts = [s for s, _ in self._ents]
        ents = self._ents
        found = []
        for k in range(bisect_left(self._ent_starts, start), len(ents)):
            ent_start, ent_end = ents[k]
            if ent_end > end:
                break  # entities do not overlap: the later ones end later still
            found.append((ent_start, ent_end))
        return found

    def _bounds(self, tok: Token) -> tuple[int, int] | None:
        """Token range of ``tok``'s sentence, or None where ``Token.sent`` must decide (hooks)."""
        doc = self.doc
        if self._sent_start is None:
            if (doc.user_token_hooks.get("sent") is not None or doc.user_span_hooks.get("sent") is not None
                    or doc.user_hooks.get("sents") is not None or not doc.has_annotation("SENT_START")):
                return None
            starts = [0] * len(doc)
            ends = [0] * len(doc)
            for sent in doc.sents:
                for i in range(sent.start, sent.end):
                    starts[i], ends[i] = sent.start, sent.end
            self._sent_start, self._sent_end = starts, ends
        return self._sent_start[tok.i], self._sent_end[tok.i]

    def __call__(self, sent: Span) -> list[Candidate]:
        """The temporal expressions of ``sent`` (a sentence of this Doc) in text order."""
        key = (sent.start, sent.end)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = _candidates(sent, self._entities(sent.start, sent.end))
        return found

    def of_token(self, tok: Token) -> list[Candidate]:
        """The temporal expressions of the sentence of ``tok`` (a token of this Doc)."""
        bounds = self._bounds(tok)
        if bounds is None:
            return self(tok.sent)
        found = self._memo.get(bounds)
        if found is None:
            found = self._memo[bounds] = _candidates(self.doc[bounds[0]:bounds[1]],
                                                     self._entities(bounds[0], bounds[1]))
        return found


def speakers_day(doc: Doc, candidate: Candidate, published: dt.date | None,
                 candidates: SentenceCandidates | None = None) -> dt.date | None:
    """The day ``candidate`` is read from: for one inside a direct quote or the clause said whose verb
    of saying is told with a day of its own outside the quote ("'They ambushed our convoy last night,'
    the governor told reporters on Monday", "the mayor said on Tuesday that drones hit the city
    overnight"), that day, the speaker's today (never after publication); else the day of
    publication."""
    verb = _saying(doc, candidate)
    if published is None or verb is None:
        return published
    said = find_candidates(verb.sent) if candidates is None else candidates.of_token(verb)
    for other in said:
        if in_quote(doc, other.core_start) or owning_clause(doc[other.anchor]).i != verb.i:
            continue
        found = resolve_expression(other.text(doc), published)
        if found is not None and found[1] == "day":
            return min(dt.date.fromisoformat(found[0]), published)
    return published


def _saying(doc: Doc, candidate: Candidate) -> Token | None:
    """The verb of saying whose words ``candidate`` is told in: the one a direct quote is attributed
    to, or the verb whose complement clause holds it ("said on Tuesday that ..."), else None."""
    quote = quote_at(doc, candidate.core_start)
    if quote is not None:
        return None if quote.speaker is None else doc[quote.speaker].head
    clause = owning_clause(doc[candidate.anchor])
    clause = first_conjunct(clause)
    return clause.head if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _SPEECH else None
