"""The ``flashpoint_paragraphs`` component: a line break ends a sentence.

News text puts headlines, datelines and captions on lines of their own without a full stop; the
parser would run them into the next sentence. Placed before the parser, this component marks the
first token after any whitespace token containing a newline as a sentence start (the parser keeps
preset boundaries).
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
    return doc
