"""Long articles: parsed in segments, read as one story.

spaCy refuses a text longer than ``nlp.max_length`` (error E088), and the parser's working memory
grows with the text it holds at once. Transcripts, scraped dumps and concatenated pages run to
megabytes, so an article longer than ``segment_chars`` characters is cut into segments at paragraph
breaks (else at a sentence end, else at a space), each segment runs through the pipeline's
*sentence-level* components (tagger, parser, entities, and flashpoint's own per-paragraph steps such
as datelines), and the segments are joined back into one ``Doc`` (:meth:`Doc.from_docs`) whose text
is the article's, character for character. The *story-level* components (actors, places, events:
everything from :data:`STORY_COMPONENTS` on) then run once on the whole article, so pronouns, carried
actors and dates still cross segment boundaries. Memory for parsing stays bounded by the segment;
the story steps are linear in the article's length.

A segment boundary is always a sentence boundary. At a paragraph break that is what the text says;
where a paragraph alone is longer than a segment, the cut falls after a full stop, which may
occasionally split a sentence the parser would have read across it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["STORY_COMPONENTS", "segment_text", "parse_long"]

#: The first component that must see the whole article; it and every later one run on the joined doc.
STORY_COMPONENTS = "flashpoint_actors"

_PARAGRAPH = re.compile(r"\n\s*\n")
_LINE = re.compile(r"\n")
_SENTENCE = re.compile(r"[.!?][\"'”’)\]]*\s+")
_SPACE = re.compile(r"\s+")


def _cut(text: str, start: int, size: int) -> int:
    """Where the segment starting at ``start`` ends: after the last paragraph break, line break,
    sentence end or space in its second half, else at ``start + size`` exactly."""
    limit = start + size
    if limit >= len(text):
        return len(text)
    floor = start + size // 2
    for pattern in (_PARAGRAPH, _LINE, _SENTENCE, _SPACE):
        last = None
        for m in pattern.finditer(text, floor, limit):
            last = m
        if last is not None:
            return last.end()
    return limit


def segment_text(text: str, size: int) -> Iterator[tuple[int, str]]:
    """``(offset, segment)`` pieces of ``text`` of at most ``size`` characters whose concatenation is
    ``text``; each ends at a paragraph break, line break, sentence end or space where there is one."""
    size = max(1, size)
    start = 0
    while start < len(text):
        end = _cut(text, start, size)
        yield start, text[start:end]
        start = end


def parse_long(nlp: Language, text: str, size: int, extensions: dict[str, Any] | None = None) -> Doc:
    """``text`` run through ``nlp`` segment by segment, then as one story (see the module docstring).

    The result equals ``nlp(text)`` in text and offsets; doc-level annotations the sentence-level
    components set (``doc._.fp_datelines``) are carried over with their offsets shifted.
    ``extensions`` (``doc._`` values such as the article) are set on the joined Doc before the story
    components run."""
    names = nlp.pipe_names
    story_from = names.index(STORY_COMPONENTS) if STORY_COMPONENTS in names else len(names)
    local, story = names[:story_from], names[story_from:]
    pieces = list(segment_text(text, size))
    datelines: list[tuple[int, int]] = []
    docs = []
    with nlp.select_pipes(enable=local):
        # one segment at a time: the parser's working memory is one segment's, whatever the article's length
        for (offset, _piece), doc in zip(pieces, nlp.pipe((piece for _, piece in pieces), batch_size=1), strict=True):
            datelines.extend((offset + a, offset + b) for a, b in (getattr(doc._, "fp_datelines", None) or []))
            docs.append(doc)
    joined = Doc.from_docs(docs, ensure_whitespace=False, exclude=["user_data", "tensor"])  # type: ignore[call-arg]
    if Doc.has_extension("fp_datelines"):
        joined._.fp_datelines = datelines
    for name, value in (extensions or {}).items():
        setattr(joined._, name, value)
    for name in story:
        joined = nlp.get_pipe(name)(joined)
    return joined
