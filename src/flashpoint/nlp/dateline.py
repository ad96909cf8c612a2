"""Datelines and wire credits: "GOMA (Reuters) –", "DUBAI, United Arab Emirates —", "New Delhi:".

A dateline says where a report was filed and who filed it, not who did anything: its city, country
and agency are never actors of the story's events. The ``flashpoint_datelines`` component (placed
before the parser) finds the dateline at the start of each paragraph, records its character span in
``doc._.fp_datelines`` and starts a sentence right after it, so the parser cannot make the filing
city the subject of the first event. The actor recogniser drops names inside these spans.

A dateline is recognised by its form alone: at most a few capitalised words (a place, or places
joined by slashes when a story is filed from several, "BEIJING/OTTAWA", optionally a region or
country, optionally bracketed), then optionally a date and an agency in parentheses, then
a dash, a colon or a bar (a Spanish agency's credit ends in a full stop before its dash: "Buenos
Aires, 9 May (EFE).-"). A prefix holding a lower-case word ("Kosovo police said:") is prose, not
a dateline. A bare credit line ("(Reuters) -") counts too.

Other styles of news put the same kind of prefix before a paragraph: a live blog's timestamp
("14:05 GMT -", "09.30 -") and the label of an item in a list of briefs ("• Iraq:", "- Yemen:"),
whose bullet is part of the prefix, or, in a roundup, two or more labels of different places written
in capitals before a colon ("CUBA: Residents ...", "CHILE: Thousands ..."). Neither is an actor; a
label names the country the item is about (``brief_items``). A news bulletin read on air opens its
items in prose instead ("In Somalia, al-Shabaab fighters ...", "And in Ethiopia, ..."): three or more
paragraphs that open so, naming three or more different places, are a list of briefs too, the place
its label; the words stay in the sentence (they are prose, no dateline).

A credit line says who wrote or edited the report and where they sit, a paragraph of its own:
"Reporting by Anne Martin in Dakar; Editing by Tom Hill", "(Additional reporting by ...)", a byline
"By Sara Lind in Bangkok". It is recorded among the datelines (its names are no actors); a byline's
place is the dateline's, but the place of a credit of who reported and edited it ("in Dakar") is no
evidence of where the story is (``is_credit``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

__all__ = ["DATELINE_WEIGHT", "brief_items", "dateline_place", "dateline_sentences", "find_datelines", "is_credit", "item_of",
           "mark_datelines"]

_WORD = r"[A-Z][\w.'’-]*"  # a capitalised word (or an abbreviation: "U.S.", "D.C.")
_PLACE = rf"{_WORD}(?:\s+(?:{_WORD}|of|de|al|el))*"  # "New Delhi", "Democratic Republic of the Congo"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)"
# the date that labels an entry of a timeline: "Nov. 30 -", "8 December —", "Dec. 8-10 -", "March 2011 -"
_WHEN = rf"(?:{_DATE}(?:\s*[-–]\s*\d{{1,2}})?|{_MONTH}\s+\d{{4}})"
_AGENCY = r"\((?:[A-Z][\w&.'’-]*\s*){1,4}\)"  # "(Reuters)", "(AP)", "(AFP)", "(Dawn)"
_SEP = r"(?:--|[-–—:|])"
_BULLET = r"(?:[•·▪◦‣*]|[-–—](?=\s))\s*"  # an item's mark in a list of briefs
_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,4}(?:[+-]\d{1,2})?))?"  # "14:05 GMT", "9.30am"
_DATELINE = re.compile(
    rf"""(?P<bullet>{_BULLET})?
    (?:
        (?P<clock>{_CLOCK})                                   # 14:05 GMT (a live blog's entry)
      | (?P<when>{_WHEN})(?=\s*[-–—:])                        # Nov. 30 - (a timeline's entry)
      | (?P<place>{_PLACE}(?:\s*/\s*{_PLACE})*)                # GOMA / New Delhi / BEIJING/OTTAWA
        (?P<more>
          (?:\s*,\s*{_PLACE})?                                # , United Arab Emirates
          (?:\s*\[{_PLACE}\])?                                # [Lebanon]
          (?:\s*,?\s*{_DATE})?                                # , Aug 15 / September 6
          (?:\s*{_AGENCY}\.?)?                                # (Reuters) / (EFE).-
        )
      | {_AGENCY}\.?                                          # a bare credit
    )
    \s*(?P<sep>{_SEP})(?:\s*{_WORD}\s*{_SEP})?\s+           # " – " (or " | Xinhua – ")
    """,
    re.VERBOSE,
)
# a live blog's entry stamped with a bare clock and no separator ("10:15 The ministry says ...", "09:40
# Kyiv: Police ..."), the clock a time of day, optionally the place the entry is filed from and a colon
_ENTRY_CLOCK = re.compile(
    rf"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\b\.?)?(?:\s*(?:GMT|UTC|MSK|[A-Z]{{1,2}}[SD]T|[A-Z]E[S]?T)\b)?(?:\s+{_PLACE}\s*:)?\s+(?=[A-Z\"“‘])")
MIN_CLOCK_ENTRIES = 2  # one paragraph that opens with a bare time is prose; two or more are a live blog
_NAME = rf"{_WORD}(?:[ \t]+{_WORD}){{0,3}}"  # a name on one line: "Anne Martin", "Tom O'Hara", "New Delhi"
# a credit paragraph: "Reporting by ...; Editing by ...", "(Additional reporting by ...)"
_CREDIT = re.compile(
    r"\(?(?:Additional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Rr]esearch|[Gg]raphics)\s+by\s[^\n]*")
# a byline alone on its line, "By Sara Lind in Bangkok", "By Ali Khan and Ruth Bell, Reuters": where
# its writer sits, as a dateline says
_BYLINE = re.compile(
    rf"By[ \t]+{_NAME}(?:[ \t]*(?:,|and|&)[ \t]*{_NAME})*(?:[ \t]+in[ \t]+(?P<place>{_NAME}))?[ \t]*(?=\n|$)")
#: how many mentions the dateline's place is worth when weighing which country a story is about
DATELINE_WEIGHT = 2
# unbulleted labels in title case make a list of briefs from this many items on (two in capitals do)
_TITLE_ITEMS = 3
MAX_WORDS = 8  # a longer prefix is a headline or a sentence, not a dateline
# a title or label ending in a colon is not a dateline either ("Update:", "Analysis:")
LABELS = frozenset({"update", "analysis", "opinion", "explainer", "breaking", "live", "watch", "editorial",
                    "comment", "exclusive", "factbox", "timeline", "photos", "video", "note"})


def _paragraph_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in re.finditer(r"\n\s*", text))
    return [s for s in starts if s < len(text)]


def _dateline_at(text: str, start: int) -> re.Match[str] | None:
    """The dateline that opens the paragraph at ``start`` (spaces skipped by the caller), if any."""
    m = _DATELINE.match(text, start)
    if m is None:
        return None
    prefix = text[start:m.end()]
    words = re.findall(r"[A-Za-z]+", prefix)
    if len(words) > MAX_WORDS or (words and words[0].lower() in LABELS):
        return None
    if m.end() >= len(text) or "\n" in prefix:
        return None
    place = m.group("place")
    # "Israel - Hamas war ...": a plain hyphen after one mixed-case name is prose; a dateline
    # writes its city in capitals, or adds a country, date or agency, or ends in a colon
    if place and not m.group("more") and m.group("sep") in ("-", "--") and not place.split()[0].isupper():
        return None
    return m


def _openings(text: str) -> list[tuple[int, re.Match[str]]]:
    out = []
    for start in _paragraph_starts(text):
        while start < len(text) and text[start] in " \t":
            start += 1
        m = _dateline_at(text, start)
        if m is not None:
            out.append((start, m))
    return out


def find_datelines(text: str) -> list[tuple[int, int]]:
    """Character spans ``[start, end)`` of the datelines at the start of ``text``'s paragraphs
    (separator and following space included), and of its credit lines (the whole paragraph)."""
    spans = [(start, m.end()) for start, m in _openings(text)]
    spans += _clock_entries(text, spans)
    for start in _paragraph_starts(text):
        while start < len(text) and text[start] in " \t":
            start += 1
        m = _CREDIT.match(text, start) or _BYLINE.match(text, start)
        if m is not None and not any(a <= start < b for a, b in spans):
            spans.append((start, m.end()))
    return sorted(spans)


def _clock_entries(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stamps of a live blog's entries that open with a bare clock and no separator (``_ENTRY_CLOCK``),
    when two or more paragraphs not already opened by a dateline open so; else none."""
    found = []
    for start in _paragraph_starts(text):
        while start < len(text) and text[start] in " \t":
            start += 1
        m = _ENTRY_CLOCK.match(text, start)
        if m is not None and "\n" not in m.group() and not any(a <= start < b for a, b in spans):
            found.append((start, m.end()))
    return found if len(found) >= MIN_CLOCK_ENTRIES else []


def is_credit(text: str) -> bool:
    """``text`` (a span :func:`find_datelines` found) is a credit line, whose place is where its
    writers or editors sit, not where anything happened."""
    return _CREDIT.fullmatch(text.strip()) is not None


def dateline_place(dateline: str) -> str | None:
    """The place a dateline names ("DHAKA (Reuters) -" → "DHAKA"), None for a clock or a credit, and
    for a story filed from several places ("BEIJING/OTTAWA"), which names no one place."""
    byline = _BYLINE.fullmatch(dateline.strip())
    if byline is not None:
        return byline.group("place")
    m = _DATELINE.match(dateline)
    if m is None or m.group("bullet") or not m.group("place") or "/" in m.group("place"):
        return None
    return m.group("place")


def brief_items(text: str) -> list[tuple[int, int, str]]:
    """The items of a list of briefs: ``(start, end, label)`` for each paragraph that opens with a
    bulleted label ("• Iraq: A roadside bomb ..."), ending where the next item starts (or the text
    ends). Fewer than two such items make no list: an empty list."""
    openings = _openings(text)
    starts = [(start, m.group("place")) for start, m in openings if m.group("bullet") and m.group("place")]
    if not starts:
        # a roundup's items may go unbulleted, each a label in capitals and a colon ("CUBA: Residents
        # ..."), so long as two or more name different places (one filing city told again is a dateline)
        # (labels that come back are a transcript's speakers, "Q:", "TARRIELA:", no list of briefs)
        # or in title case ("Slovakia: Tens of thousands ...", a weekly roundup's), three or more
        starts = [(start, m.group("place")) for start, m in openings if _bare_label(m)]
        labels = [label for _, label in starts]
        if len(set(labels)) < 2 or len(set(labels)) < len(labels) \
                or (len(labels) < _TITLE_ITEMS and not all(label.isupper() for label in labels)):
            starts = _bulletin_openings(text)
    if len(starts) < 2:
        return []
    ends = [s for s, _ in starts[1:]] + [len(text)]
    return [(s, e, label) for (s, label), e in zip(starts, ends, strict=True)]


# a bulletin item's opening in prose: "In Somalia, ...", "And in Cameroon, ..." (a capitalised place)
_SPOKEN_LABEL = re.compile(rf"(?:And\s+in|In)\s+(?:the\s+)?(?P<place>{_WORD}(?:\s+{_WORD})*)\s*,\s")
MIN_SPOKEN_ITEMS = 3  # fewer paragraphs that open "In X," are a story told from two places, no bulletin


def _bulletin_openings(text: str) -> list[tuple[int, str]]:
    """The items of a bulletin that opens each in prose ("In Somalia, ..."), when three or more
    paragraphs open so, each with a place of its own; else none."""
    starts = []
    for start in _paragraph_starts(text):
        while start < len(text) and text[start] in " \t":
            start += 1
        m = _SPOKEN_LABEL.match(text, start)
        if m is not None:
            starts.append((start, m.group("place")))
    labels = [label for _, label in starts]
    if len(set(labels)) < MIN_SPOKEN_ITEMS or len(set(labels)) < len(labels):
        return []
    return starts


def _bare_label(m: re.Match[str]) -> bool:
    """An opening that is a bare label: a place, then a colon, nothing else."""
    place = m.group("place")
    return bool(place) and "/" not in place and not m.group("more").strip() and m.group("sep") == ":"


def item_of(items: list[tuple[int, int, str]], char: int) -> int | None:
    """The index of the brief item holding character ``char`` (None: outside every item)."""
    for index, (start, end, _) in enumerate(items):
        if start <= char < end:
            return index
    return None


_STOPS = frozenset({".", "!", "?"})


def _hold_together(doc: Doc, first: int) -> None:
    """The sentence a dateline opens runs at least to its first full stop or line break: the parser,
    given a new start, must not cut off its first word ("- Kyrgyz | President Sadyr Japarov said")."""
    for token in doc[first + 1:]:
        before = doc[token.i - 1]
        if before.text in _STOPS or "\n" in before.text or "\n" in token.text:
            return
        token.is_sent_start = False


def dateline_sentences(doc: Doc, sents: Sequence[Span]) -> set[int]:
    """The indices of the sentences of ``sents`` that are a dateline alone ("KARACHI, May 3 (Reuters) -",
    made a sentence of its own by :func:`mark_datelines`): their date is the day the report was
    filed, no day of what it tells."""
    starts = [sent.start_char for sent in sents]
    alone = set()
    for a, b in getattr(doc._, "fp_datelines", None) or []:
        i = bisect_left(starts, a)
        if i < len(sents) and starts[i] == a and starts[i] + len(sents[i].text.rstrip()) <= b:
            alone.add(i)
    return alone


def _register() -> None:
    if not Doc.has_extension("fp_datelines"):
        Doc.set_extension("fp_datelines", default=None)


@Language.component("flashpoint_datelines", assigns=["doc._.fp_datelines", "token.is_sent_start"])
def mark_datelines(doc: Doc) -> Doc:
    """Record the datelines' spans and start a sentence after each (see the module docstring)."""
    _register()
    spans = find_datelines(doc.text)
    doc._.fp_datelines = spans
    for start, end in spans:
        span = doc.char_span(end, end + 1, alignment_mode="expand")
        if span is not None and span.start > 0 and not doc[span.start].is_space:
            # (a credit line ends at its line break, where the paragraphs' rule starts a sentence)
            doc[span.start].is_sent_start = True
            _hold_together(doc, span.start)
        inside = doc.char_span(start, end, alignment_mode="contract")
        if inside is not None:  # the dateline is one piece ("14:20 GMT -" is no sentence and a half)
            for token in inside[1:]:
                token.is_sent_start = False
    return doc


_register()
