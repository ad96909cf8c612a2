"""The date labels of a story's dated items: a list item or timeline entry that opens with its date
("Dec. 3: Yoon declares martial law."), and a live blog's day heading, a short paragraph that is a
date alone ("Saturday, 22 February"), which dates every paragraph under it up to the next heading.
Read by ``story.py``; the label's own date is read by ``dates.item_label_date``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from .dates import ResolvedDate, item_label_date
from .spans import SentenceCandidates

__all__ = ["item_labels", "day_heading", "HEADING_WORDS"]


def item_labels(doc: Doc, sents: list[Span], published: dt.date | None,
                dates: SentenceCandidates) -> Iterator[tuple[int, ResolvedDate] | None]:
    """For each sentence, the date label of the dated list item it belongs to and the sentence that
    opens the item ("Dec. 3: ..."), or None: an item runs to the end of its paragraph; a day heading,
    a paragraph that is a date alone ("Saturday, 22 February", a live blog's), labels every paragraph
    after it up to the next heading."""
    label: tuple[int, ResolvedDate] | None = None
    heading: tuple[int, ResolvedDate] | None = None
    for index, sent in enumerate(sents):
        if index == 0 or "\n" in doc.text[sents[index - 1].start_char:sent.start_char]:
            alone = day_heading(doc, sents, index)
            when = item_label_date(doc, sent, published, dates, heading=alone)
            label = (index, when) if when is not None else heading
            heading = label if when is not None and alone else heading
        yield label


HEADING_WORDS = 6  # a longer paragraph with no verb is a headline, no day heading


def day_heading(doc: Doc, sents: list[Span], index: int) -> bool:
    """Sentence ``index`` is a short paragraph of its own with no verb: a day heading if it is a date."""
    sent = sents[index]
    after = doc.text[sent.end_char:sents[index + 1].start_char] if index + 1 < len(sents) else "\n"
    words = [t for t in sent if not t.is_space and not t.is_punct]
    return ("\n" in after or "\n" in sent[-1].text) and 0 < len(words) <= HEADING_WORDS \
        and not any(t.pos_ in ("VERB", "AUX") for t in words)
