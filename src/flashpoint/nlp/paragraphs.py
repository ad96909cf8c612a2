"""The ``flashpoint_paragraphs`` component: a line break ends a sentence.

News text puts headlines, datelines and captions on lines of their own without a full stop; the
parser would run them into the next sentence. Placed before the parser, this component marks the
first token after any whitespace token containing a newline as a sentence start (the parser keeps
preset boundaries). The word after a line's first word stays in its sentence when it is in lower
case (the parser would cut off a place that opens a line under a heading: "Kathmandu | police ...").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["paragraph_boundaries"]


@Language.component("flashpoint_paragraphs", assigns=["token.is_sent_start"])
def paragraph_boundaries(doc: Doc) -> Doc:
    for tok in doc[:-1]:
        if "\n" in tok.text_with_ws and tok.is_space or tok.text_with_ws.endswith("\n"):
            doc[tok.i + 1].is_sent_start = True
            _keep_first_word(doc, tok.i + 1)
    return doc


def _keep_first_word(doc: Doc, first: int) -> None:
    """A line's first word stays in the sentence of the lower-case word after it: "Kathmandu police
    arrested 14 people" under a heading line is one sentence, never "Kathmandu" alone and "police
    arrested ..." without its place (a sentence starts with no lower-case word)."""
    if first + 1 < len(doc) and doc[first].is_alpha and doc[first + 1].is_alpha and doc[first + 1].is_lower \
            and not doc[first].text_with_ws.endswith("\n"):
        doc[first + 1].is_sent_start = False
