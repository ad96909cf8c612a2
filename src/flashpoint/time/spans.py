"""Find the temporal expressions of a sentence in a parsed spaCy ``Doc``.

Candidates are the DATE and TIME entities plus the weekday names, deictic
words ("yesterday", "tonight") and relative periods ("last week") that the
entity recogniser missed. Adjacent pieces are merged ("Tuesday" + "evening"),
as are the two ends of a range ("between March 23" + "and 26"); each
candidate is then widened to the left over prepositions and modifiers that
belong to the expression ("late on March 27", "in 2008").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from flashpoint.time.lexicon import (
    DEICTIC_TOKENS,
    LEFT_EXTENSION_WORDS,
    PERIOD_DETERMINERS,
    PERIOD_NOUNS,
    RANGE_CONNECTORS,
    WEEKDAY_TOKENS,
)

_LABELS = frozenset(("DATE", "TIME"))
_MAX_LEFT_EXTENSION = 3


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


def _pieces(sent: Span) -> list[tuple[int, int]]:
    """Token ranges of DATE/TIME entities and of temporal words NER missed."""
    pieces = [(ent.start, ent.end) for ent in sent.ents if ent.label_ in _LABELS]
    covered = {i for start, end in pieces for i in range(start, end)}
    previous_free = False  # previous token is an uncovered "last"/"this"/"next"/"past"
    for tok in sent:
        low = tok.lower_
        if tok.i in covered:
            previous_free = False
            continue
        if low in WEEKDAY_TOKENS:
            pieces.append((tok.i - 1 if previous_free else tok.i, tok.i + 1))
        elif low in DEICTIC_TOKENS:
            pieces.append((tok.i, tok.i + 1))
        elif low in PERIOD_NOUNS and previous_free:
            pieces.append((tok.i - 1, tok.i + 1))
        previous_free = low in PERIOD_DETERMINERS
    pieces.sort()
    return pieces


def _merge(sent: Span, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join adjacent pieces and the two ends of ranges; take in a bare range end."""
    doc = sent.doc
    merged: list[tuple[int, int]] = []
    for start, end in pieces:
        if merged:
            last_start, last_end = merged[-1]
            adjacent = start == last_end
            joined = start == last_end + 1 and doc[last_end].lower_ in RANGE_CONNECTORS
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
        widened.append((start, end))
    return widened


def _extend_left(sent: Span, start: int) -> int:
    doc = sent.doc
    steps = 0
    while start > sent.start and steps < _MAX_LEFT_EXTENSION and doc[start - 1].lower_ in LEFT_EXTENSION_WORDS:
        start -= 1
        steps += 1
    return start


def find_candidates(sent: Span) -> list[Candidate]:
    """All temporal expressions of ``sent`` in text order."""
    doc = sent.doc
    candidates = []
    for start, end in _merge(sent, _pieces(sent)):
        anchor = doc[start:end].root.i
        candidates.append(Candidate(_extend_left(sent, start), end, start, end, anchor))
    return candidates
