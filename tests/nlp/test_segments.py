"""Long articles are parsed in segments and read as one story: same text, same events."""

from __future__ import annotations

import pytest

from flashpoint.coding import Coder
from flashpoint.config import Settings
from flashpoint.nlp.segments import parse_long, segment_text
from flashpoint.records import Article

# the team's own sentences: a story whose later paragraphs lean on earlier ones (a pronoun, an
# undated event that takes the story's date, a place carried on)
STORY = (
    "N'DJAMENA, Chad (Reuters) - Chadian police arrested three opposition leaders in N'Djamena on "
    "Tuesday, a day after protests against the postponed election.\n\n"
    "The Transformers party condemned the arrests and said they were an attack on democracy.\n\n"
    "Its leader Succes Masra called on supporters to march to the national assembly.\n\n"
    "Police fired tear gas at hundreds of protesters who gathered near the central market.\n\n"
    "The European Union urged the Chadian government to release the detained politicians.\n\n"
)


def test_segments_cover_the_text_and_cut_at_paragraph_breaks():
    text = STORY * 6
    pieces = list(segment_text(text, 400))
    assert "".join(p for _, p in pieces) == text
    assert [off for off, _ in pieces] == [sum(len(p) for _, p in pieces[:i]) for i in range(len(pieces))]
    assert all(len(p) <= 400 for _, p in pieces)
    assert all(p.endswith("\n\n") for _, p in pieces[:-1])


def test_one_long_line_is_cut_after_sentences_and_never_lost():
    line = "Police arrested two men in the capital on Monday. " * 200
    pieces = list(segment_text(line, 1000))
    assert "".join(p for _, p in pieces) == line
    assert all(p.endswith(". ") for _, p in pieces[:-1])
    no_spaces = "x" * 2500  # nowhere to cut: hard cuts, still the whole text
    assert [len(p) for _, p in segment_text(no_spaces, 1000)] == [1000, 1000, 500]


@pytest.mark.model
def test_segmented_parse_keeps_text_offsets_and_sentences(coder):
    text = STORY * 3
    doc = parse_long(coder.nlp, text, 300)
    whole = coder.nlp(text)
    assert doc.text == text
    assert [t.idx for t in doc] == [t.idx for t in whole]
    starts = {s.start_char for s in doc.sents}
    assert {off for off, _ in segment_text(text, 300)} <= starts  # each cut starts a sentence
    assert doc._.fp_datelines == whole._.fp_datelines  # the dateline of the first paragraph, found once


@pytest.mark.model
def test_segmented_article_codes_the_same_events_as_the_whole():
    article = Article(id="chad", text=STORY * 4, published="2024-05-08")
    whole = Coder(Settings(segment_chars=1_000_000)).code_article(article)
    cut = Coder(Settings(segment_chars=350)).code_article(article)

    def key(e):
        return (e.sentence_index, e.cameo, e.source and e.source.code, e.target and e.target.code, e.date,
                e.location and e.location.name)

    assert whole and [key(e) for e in cut] == [key(e) for e in whole]


@pytest.mark.model
def test_an_article_longer_than_spacys_limit_is_coded():
    """spaCy refuses a text longer than nlp.max_length (E088); a long article is parsed in segments
    below it (here the limit is lowered so that the test stays small)."""
    coder = Coder(Settings(segment_chars=4_000, batch_size=7))
    limit = coder.nlp.max_length
    coder.nlp.max_length = 10_000
    try:
        # thirty days of the story, each day's arrests and tear gas counted anew (the same deed told
        # again with the same count would be a retelling, one event)
        text = "".join(STORY.replace("three", str(n + 4)).replace("hundreds", str(100 + n)) for n in range(30))
        article = Article(id="long", text=text, published="2024-05-08")  # about 16,000 characters
        assert len(article.text) > coder.nlp.max_length
        events = coder.code_article(article)
        assert len({e.sentence_index for e in events}) > 30
    finally:
        coder.nlp.max_length = limit
